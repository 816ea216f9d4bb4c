#include "ProcedureCli.h"

#include "CliContext.h"
#include "ExecCommand.h"

#include <ssh/InventoryEndpoints.h>
#include <journal/JournalStore.h>
#include <procedure/AdapterClusterControl.h>
#include <procedure/ClusterLock.h>
#include <procedure/JournalingCommandRunner.h>
#include <procedure/ProcedureCatalog.h>
#include <procedure/ProcedureRunner.h>
#include <procedure/ProcedureSession.h>
#include <procedure/ResumePlan.h>
#include <ssh/SshPool.h>
#include <secrets/DatabasePassword.h>
#include <secrets/SecretStore.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>

#include <csignal>
#include <thread>

namespace {

// Ctrl-C asks the run to stop at the next safe point instead of killing the console
// mid-step: the journal then records where it stopped and why.
const nb::CancelToken *g_cancel = nullptr;

void cancelRun(int)
{
    if (g_cancel)
        g_cancel->cancel();
}

// Runs the engine on a worker thread (as the GUI does) and waits for it.
template<typename Work>
void runOnWorker(const nb::RunContext &context, Work work)
{
    g_cancel = &context.cancelToken();
    const auto previous = std::signal(SIGINT, cancelRun);
    std::thread worker(work);
    worker.join();
    std::signal(SIGINT, previous);
    g_cancel = nullptr;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ProcedureCli", text);
}

QString confirmationText(nb::ConfirmationLevel level)
{
    switch (level) {
    case nb::ConfirmationLevel::None: return {};
    case nb::ConfirmationLevel::Confirm: return tr(" (asks to confirm)");
    case nb::ConfirmationLevel::TypeClusterName: return tr(" (asks for the cluster name)");
    case nb::ConfirmationLevel::DoneByHand: return tr(" (waits until you say it is done)");
    }
    return {};
}

} // namespace

ProcedureCli::ProcedureCli(CliContext &context)
    : m_context(context),
      m_yes(QStringLiteral("yes"), tr("Take every confirmation as given (for scripts).")),
      m_verbose(QStringLiteral("verbose"), tr("Also print every command as it is sent.")),
      m_dryRun(QStringLiteral("dry-run"), tr("Print every command that would run, per host; change nothing."))
{
}

void ProcedureCli::addOptions(QCommandLineParser &parser)
{
    m_parser = &parser;
    parser.addHelpOption();
    parser.addOption(m_yes);
    parser.addOption(m_verbose);
    parser.addOption(m_dryRun);
}

std::optional<int> ProcedureCli::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &verb)
{
    return m_context.parseArguments(parser, arguments, verb);
}

std::optional<nb::RunRecord> ProcedureCli::findRun(const nb::Inventory &inventory, const QString &runId)
{
    const nb::JournalStore store;
    if (!runId.isEmpty()) {
        QString error;
        auto record = store.find(inventory.cluster, runId, &error);
        if (!record) {
            m_context.printError(tr("%1: run %2 not found: %3").arg(inventory.cluster, runId, error),
                                 tr("Run 'nbconsole-cli runs' for the journal."));
        } else if (record->outcome == nb::RunOutcome::Running) {
            m_context.printError(tr("%1: run %2 is still going: a console on this machine is writing its journal.")
                                     .arg(inventory.cluster, runId),
                                 tr("Wait for it to end, or stop it there; then run this again."));
            return std::nullopt;
        }
        return record;
    }
    auto record = store.latestUnfinished(inventory.cluster);
    if (!record)
        m_context.printError(tr("%1: no unfinished run in the journal.").arg(inventory.cluster),
                             tr("Run 'nbconsole-cli runs' for the journal."));
    return record;
}

std::optional<std::optional<QString>> ProcedureCli::databasePassword(const nb::Inventory &inventory,
                                                                   QString *error) const
{
    // Typed with echo off, through the same terminal prompt as SSH passwords; nothing
    // without a terminal, so a script gets the error and its hint at once.
    const nb::SshPolicy policy = ExecCommand::policyFor(m_context);
    const auto askTerminal = [&policy, &inventory](const QString &prompt) {
        nb::SecretRequest request;
        request.kind = nb::SecretRequest::Kind::Password;
        request.hostLabel = QStringLiteral("db");
        request.user = inventory.database.user;
        request.prompt = prompt;
        return policy.secret(request);
    };
    nb::SecretStore store;
    const nb::PasswordResolution resolved = nb::DatabasePassword::resolve(inventory, store, askTerminal);
    if (!resolved.notice.isEmpty())
        m_context.err() << resolved.notice << '\n';
    if (!resolved.ok) {
        *error = resolved.hint.isEmpty() ? resolved.error : resolved.error + QLatin1Char('\n') + resolved.hint;
        return std::nullopt;
    }
    return resolved.password;
}

int ProcedureCli::printDryRun(const nb::Inventory &inventory, const nb::Procedure &procedure,
                              const nb::RunSettings &settings, Mode mode, const std::optional<nb::RunRecord> &record)
{
    // Previews need a context like a run's; its journal is thrown away.
    QTemporaryDir scratch;
    QString error;
    auto journal = nb::RunJournal::open(scratch.filePath(QStringLiteral("dry-run")), &error);
    nb::SshPool pool(ExecCommand::policyFor(m_context));
    TerminalObserver observer(m_context.out(), m_context.err(), inventory.cluster, true,
                              TerminalObserver::OnFailure::Stop, false);
    auto control = journal ? nb::AdapterClusterControl::create(inventory, pool, pool, std::nullopt, &error) : nullptr;
    if (!control) {
        m_context.printError(error);
        return 2;
    }
    nb::RunContext context(inventory, *control, *journal, observer, QStringLiteral("DRY-RUN"), settings);
    // A resume or rollback plans with what its run recorded: previous versions, the backup.
    if (record)
        context.restoreFacts(record->facts);
    const auto rollback = nb::ProcedureCatalog::byId(procedure.rollbackId);
    const nb::Procedure *planned = mode == Mode::Rollback && rollback ? &*rollback : &procedure;
    int fromIndex = 0;
    if (mode == Mode::Resume && record) {
        // Probing reads the cluster and the lock; it changes nothing.
        const auto plan = nb::ResumePlan::make(*record, procedure, inventory, *control,
                                               nb::ClusterLock(pool, inventory).read().holder);
        printResumeState(*record, procedure, plan);
        if (plan.inRollback && rollback)
            planned = &*rollback;
        else
            fromIndex = plan.fromIndex;
    }
    auto &out = m_context.out();
    out << tr("%1 on %2 — dry run, nothing is changed").arg(planned->title, inventory.cluster) << '\n';
    const auto plan = nb::ProcedureRunner::dryRun(*planned, context, fromIndex);
    for (int i = 0; i < plan.size(); ++i) {
        const nb::ProcedureStep &step = *plan.at(i).first;
        out << QStringLiteral("[%1/%2] ").arg(i + 1).arg(plan.size()) << step.title
            << confirmationText(step.confirmation) << '\n';
        for (const auto &command : plan.at(i).second)
            out << "    " << command.host << " $ " << command.command << '\n';
    }
    out.flush();
    return 0;
}

void ProcedureCli::printResumeState(const nb::RunRecord &record, const nb::Procedure &procedure,
                                    const nb::ResumePlan &plan)
{
    auto &out = m_context.out();
    out << tr("Run %1 (%2) stopped at: %3").arg(record.runId, nb::describe(record.outcome),
                                             plan.inRollback ? tr("the rollback")
                                             : plan.fromIndex < procedure.steps.size()
                                                 ? procedure.steps.at(plan.fromIndex).title
                                                 : tr("the end"))
        << '\n'
        << tr("The cluster now:") << '\n';
    for (const QString &line : plan.clusterState)
        out << "  " << line << '\n';
    out.flush();
}

int ProcedureCli::execute(const nb::Inventory &inventory, const nb::Procedure &procedure, nb::RunSettings settings,
                          Mode mode, const std::optional<nb::RunRecord> &record)
{
    if (!settings.firstNode.isEmpty()) {
        bool known = false;
        for (const auto &node : inventory.app.nodes)
            known = known || node.name == settings.firstNode;
        if (!known) {
            m_context.printError(tr("%1: no such node in %2.").arg(settings.firstNode, inventory.filePath),
                                 tr("Name one of the inventory's app nodes with --node."));
            return 2;
        }
    }
    if (dryRun())
        return printDryRun(inventory, procedure, settings, mode, record);

    settings.operatorName = nb::ClusterLock::operatorIdentity();
    const QString runId = record ? record->runId : nb::JournalStore::newRunId();
    nb::SshPool pool(ExecCommand::policyFor(m_context));

    TerminalObserver observer(m_context.out(), m_context.err(), inventory.cluster, assumeYes(), m_onFailure,
                              m_parser && m_parser->isSet(m_verbose));
    nb::ProcedureSession session(inventory, pool, observer, settings, runId);
    QString error;
    QString hint;
    const auto opened = session.open([&](QString *why) { return databasePassword(inventory, why); }, &error, &hint);
    if (opened != nb::ProcedureSession::Opened::Ready) {
        m_context.printError(error, hint);
        return opened == nb::ProcedureSession::Opened::NotLocked ? 1 : 2;
    }

    // Going back is what `rollback` is for; anywhere else it means the procedure failed.
    const nb::RunOutcome success = mode == Mode::Rollback ? nb::RunOutcome::RolledBack : nb::RunOutcome::Succeeded;
    observer.setSuccess(success);
    nb::RunContext &context = session.context();
    const auto rollback = nb::ProcedureCatalog::byId(procedure.rollbackId);
    nb::ProcedureRunner engine(procedure, rollback ? &*rollback : nullptr);
    nb::ProcedureRunner::Result result;
    bool declined = false;

    if (record) {
        context.restoreFacts(record->facts);
        if (mode == Mode::Resume) {
            const auto plan = nb::ResumePlan::make(*record, procedure, inventory, session.control(),
                                                   session.lock().read().holder);
            printResumeState(*record, procedure, plan);
            if (!assumeYes()) {
                const auto answer = TerminalObserver::ask(m_context.err(), tr("Continue the run? [y/N]"));
                declined = !answer || answer->compare(QLatin1String("y"), Qt::CaseInsensitive) != 0;
            }
            if (!declined) {
                runOnWorker(context, [&] {
                    result = plan.inRollback
                        ? engine.rollBack(context, tr("resumed rollback"))
                        : engine.resume(context, plan.fromIndex, plan.clusterChanged,
                                        plan.clusterState.join(QStringLiteral("; ")));
                });
            }
        } else {
            runOnWorker(context, [&] {
                result = engine.rollBack(context, tr("requested by %1").arg(settings.operatorName));
            });
        }
    } else {
        runOnWorker(context, [&] { result = engine.run(context); });
    }

    const QString releaseError = session.release();
    if (declined) {
        m_context.printError(tr("%1: the run was not resumed.").arg(inventory.cluster),
                             tr("Run 'nbconsole-cli resume' again when ready."));
        return 1;
    }
    if (!releaseError.isEmpty())
        m_context.err() << releaseError << '\n';
    return result.outcome == success ? 0 : 1;
}
