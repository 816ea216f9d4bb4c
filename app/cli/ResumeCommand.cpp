#include "ResumeCommand.h"

#include "CliContext.h"
#include "ProcedureCli.h"

#include <procedure/ProcedureCatalog.h>

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResumeCommand", text);
}

} // namespace

QString ResumeCommand::summary() const
{
    return tr("continue an interrupted or stopped run at the exact step");
}

int ResumeCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    ProcedureCli cli(context);
    cli.addOptions(parser);
    const QCommandLineOption runOption(QStringLiteral("run"), tr("The run to resume (default: the latest unfinished)."),
                                       tr("ID"));
    const QCommandLineOption onFailure(QStringLiteral("on-failure"), tr("ask, rollback or stop, as for upgrade."),
                                       tr("ask|rollback|stop"));
    parser.addOption(runOption);
    parser.addOption(onFailure);
    if (const auto exit = cli.parse(parser, arguments, name()))
        return *exit;
    const QString policy = parser.value(onFailure);
    if (policy == QLatin1String("ask"))
        cli.setOnFailure(TerminalObserver::OnFailure::Ask);
    else if (policy == QLatin1String("rollback"))
        cli.setOnFailure(TerminalObserver::OnFailure::RollBack);
    else if (!policy.isEmpty() && policy != QLatin1String("stop")) {
        context.printError(tr("resume: --on-failure must be ask, rollback or stop, not '%1'.").arg(policy));
        return 2;
    }
    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;
    const auto record = cli.findRun(*inventory, parser.value(runOption));
    if (!record)
        return 1;
    if (!record->isUnfinished()) {
        context.printError(tr("%1: run %2 is finished (%3); there is nothing to resume.")
                               .arg(inventory->cluster, record->runId, nb::describe(record->outcome)));
        return 1;
    }
    const auto procedure = nb::ProcedureCatalog::byId(record->procedure);
    if (!procedure) {
        context.printError(tr("%1: run %2 is of an unknown procedure '%3'.")
                               .arg(inventory->cluster, record->runId, record->procedure));
        return 1;
    }
    nb::RunSettings settings;
    settings.target = record->target;
    return cli.execute(*inventory, *procedure, settings, ProcedureCli::Mode::Resume, record);
}
