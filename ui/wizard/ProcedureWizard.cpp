#include "ProcedureWizard.h"

#include "log/LogLineBatcher.h"
#include "log/LogLineModel.h"
#include "log/LogView.h"

#include <dialogs/GuiSshPolicy.h>
#include <dialogs/StaleLockDialog.h>

#include <journal/JournalStore.h>
#include <journal/RunReport.h>
#include <procedure/ClusterLock.h>
#include <procedure/ProcedureCatalog.h>
#include <procedure/ProcedureRunner.h>
#include <procedure/ProcedureSession.h>
#include <procedure/ResumePlan.h>
#include <procedure/VersionPolicy.h>
#include <secrets/DatabasePassword.h>
#include <secrets/SecretStore.h>
#include <ssh/SshPool.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace {

QString targetText(nb::StepTarget target)
{
    switch (target) {
    case nb::StepTarget::AllNodes: return ProcedureWizard::tr("every app node");
    case nb::StepTarget::FirstNode: return ProcedureWizard::tr("the first app node");
    case nb::StepTarget::OtherNodes: return ProcedureWizard::tr("the other app nodes");
    case nb::StepTarget::LoadBalancer: return ProcedureWizard::tr("the load balancer");
    case nb::StepTarget::Database: return ProcedureWizard::tr("the database");
    case nb::StepTarget::Cluster: return ProcedureWizard::tr("the cluster");
    }
    return {};
}

QString policyText(nb::FailurePolicy policy)
{
    switch (policy) {
    case nb::FailurePolicy::Retry: return ProcedureWizard::tr("&Retry the step");
    case nb::FailurePolicy::RollBack:
        return ProcedureWizard::tr("Roll &back: start the previous version again and restore the database backup "
                                   "taken in this run");
    case nb::FailurePolicy::Abort: return ProcedureWizard::tr("&Stop and leave the cluster as it is");
    case nb::FailurePolicy::MarkDoneByHand: return ProcedureWizard::tr("&Mark done by hand (I fixed it myself)");
    }
    return {};
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProcedureWizard::ProcedureWizard(Kind kind, const nb::Inventory &inventory, const QString &currentVersion,
                                 nb::LineSink logSink, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_inventory(inventory), m_currentVersion(currentVersion),
      m_logSink(std::move(logSink)), m_observer(new GuiProcedureObserver(this)), m_pages(new QStackedWidget(this))
{
    switch (kind) {
    case Kind::FirstStart: m_procedure = nb::ProcedureCatalog::firstStart(); break;
    case Kind::Upgrade: m_procedure = nb::ProcedureCatalog::upgrade(); break;
    case Kind::Maintenance: m_procedure = nb::ProcedureCatalog::maintenanceBegin(); break;
    }
    m_rollback = nb::ProcedureCatalog::byId(m_procedure.rollbackId);
    setWindowTitle(tr("%1 — %2").arg(m_procedure.title, inventory.cluster));
    setObjectName(QStringLiteral("procedureWizard"));

    m_logModel = new LogLineModel(this);
    m_logBatcher = new LogLineBatcher(this);
    m_logBatcher->feed(m_logModel);

    m_pages->addWidget(buildIntro());
    m_pages->addWidget(buildStep());
    m_pages->addWidget(buildChecklist());
    m_pages->addWidget(buildSummary());

    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ProcedureWizard::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addLayout(buttons);
    resize(900, 720);

    connect(m_observer, &GuiProcedureObserver::stepShown, this, &ProcedureWizard::showStep);
    connect(m_observer, &GuiProcedureObserver::confirmationAsked, this, &ProcedureWizard::askConfirmation);
    connect(m_observer, &GuiProcedureObserver::failureAsked, this, &ProcedureWizard::askFailure);
    connect(m_observer, &GuiProcedureObserver::commandSent, this, &ProcedureWizard::onCommand);
    connect(m_observer, &GuiProcedureObserver::stepEnded, this, &ProcedureWizard::onStepEnded);
    connect(m_observer, &GuiProcedureObserver::finished, this, &ProcedureWizard::onFinished);
    connect(m_observer, &GuiProcedureObserver::linesArrived, this, [this](const nb::OutputLines &lines) {
        m_logBatcher->append(lines);
        if (m_logSink)
            m_logSink(lines);
    });
    connect(m_observer, &GuiProcedureObserver::noted, this, [this](const QString &text) {
        m_summaryNotes->appendPlainText(text);
        m_stepState->setText(text);
    });
    m_clockTimer.setInterval(500);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_elapsed->setText(tr("Elapsed: %1 s").arg(double(m_stepClock.elapsed()) / 1000.0, 0, 'f', 1));
    });
}

ProcedureWizard::~ProcedureWizard()
{
    stopWorker();
}

int ProcedureWizard::currentPage() const
{
    return m_pages->currentIndex();
}

QWidget *ProcedureWizard::buildIntro()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(m_procedure.title.toHtmlEscaped()), page);
    layout->addWidget(title);
    auto *about = wrappingLabel(page);
    about->setText(tr("Cluster %1: the steps below run in this order. Each step shows its commands before "
                      "it runs, and asks before it changes the cluster.")
                       .arg(m_inventory.cluster));
    layout->addWidget(about);
    QStringList steps;
    for (const auto &step : m_procedure.steps) {
        // Steps some runs pass over say when, so a run that skips one surprises nobody.
        steps.append(step.skippedBecause.isEmpty()
                         ? QStringLiteral("<li>%1</li>").arg(step.title.toHtmlEscaped())
                         : QStringLiteral("<li>%1 <i>(%2)</i></li>")
                               .arg(step.title.toHtmlEscaped(),
                                    tr("passed over when %1").arg(step.skippedBecause).toHtmlEscaped()));
    }
    auto *stepList = new QLabel(QStringLiteral("<ol>%1</ol>").arg(steps.join(QString())), page);
    stepList->setObjectName(QStringLiteral("stepList"));
    layout->addWidget(stepList);

    if (m_kind == Kind::Upgrade) {
        auto *form = new QFormLayout;
        auto *current = new QLabel(m_currentVersion.isEmpty() ? tr("unknown") : m_currentVersion, page);
        current->setObjectName(QStringLiteral("currentVersion"));
        form->addRow(tr("Current version:"), current);
        m_versionEdit = new QLineEdit(m_currentVersion, page);
        m_versionEdit->setObjectName(QStringLiteral("versionEdit"));
        m_versionEdit->setAccessibleName(tr("Target version"));
        form->addRow(tr("&Target version *:"), m_versionEdit);
        m_backupCopyEdit = new QLineEdit(page);
        m_backupCopyEdit->setObjectName(QStringLiteral("backupCopyEdit"));
        m_backupCopyEdit->setPlaceholderText(tr("none: the backup stays on the database host"));
        m_backupCopyEdit->setAccessibleName(tr("Folder on this computer for a copy of the backup"));
        m_backupCopyBrowse = new QPushButton(tr("&Browse…"), page);
        m_backupCopyBrowse->setObjectName(QStringLiteral("backupCopyBrowse"));
        connect(m_backupCopyBrowse, &QPushButton::clicked, this, [this]() {
            const QString dir = QFileDialog::getExistingDirectory(this, tr("Copy the backup into"),
                                                                  backupCopyDir().value_or(QString()));
            if (!dir.isEmpty())
                m_backupCopyEdit->setText(dir);
        });
        auto *copyRow = new QHBoxLayout;
        copyRow->addWidget(m_backupCopyEdit, 1);
        copyRow->addWidget(m_backupCopyBrowse);
        auto *copyLabel = new QLabel(tr("&Copy of the backup:"), page);
        copyLabel->setBuddy(m_backupCopyEdit);
        form->addRow(copyLabel, copyRow);
        layout->addLayout(form);
        m_versionError = wrappingLabel(page);
        m_versionError->setObjectName(QStringLiteral("versionError"));
        layout->addWidget(m_versionError);
        connect(m_versionEdit, &QLineEdit::textChanged, this, &ProcedureWizard::updateStartButton);
        connect(m_backupCopyEdit, &QLineEdit::textChanged, this, &ProcedureWizard::updateStartButton);
    }
    if (m_kind == Kind::Maintenance) {
        auto *note = wrappingLabel(page);
        note->setText(tr("The cluster goes into maintenance on one node; you then do your work in NocoBase "
                         "and come back here to end the maintenance."));
        layout->addWidget(note);
    }
    m_resumeLabel = wrappingLabel(page);
    m_resumeLabel->hide();
    layout->addWidget(m_resumeLabel);
    m_introError = wrappingLabel(page);
    m_introError->setObjectName(QStringLiteral("introError"));
    layout->addWidget(m_introError);
    layout->addStretch();
    m_startButton = new QPushButton(tr("&Start"), page);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &ProcedureWizard::start);
    layout->addWidget(m_startButton, 0, Qt::AlignRight);
    updateStartButton();
    return page;
}

QWidget *ProcedureWizard::buildStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stepCounter = new QLabel(page);
    m_stepTitle = new QLabel(page);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepExplanation = wrappingLabel(page);
    m_stepTargets = wrappingLabel(page);
    layout->addWidget(m_stepCounter);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_stepExplanation);
    layout->addWidget(m_stepTargets);

    auto *commandsLabel = new QLabel(tr("Co&mmands:"), page);
    m_commands = new QPlainTextEdit(page);
    m_commands->setObjectName(QStringLiteral("commandsView"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commands->setAccessibleName(tr("Commands of this step"));
    commandsLabel->setBuddy(m_commands);
    layout->addWidget(commandsLabel);

    auto *confirmRow = new QHBoxLayout;
    m_confirmLabel = new QLabel(page);
    m_confirmBox = new QCheckBox(tr("I have read the commands; &run this step"), page);
    m_confirmBox->setObjectName(QStringLiteral("confirmBox"));
    m_clusterNameEdit = new QLineEdit(page);
    m_clusterNameEdit->setObjectName(QStringLiteral("clusterNameEdit"));
    m_clusterNameEdit->setAccessibleName(tr("Cluster name to confirm"));
    m_confirmLabel->setBuddy(m_clusterNameEdit);
    m_runButton = new QPushButton(tr("R&un"), page);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_declineButton = new QPushButton(tr("&Do not run"), page);
    m_declineButton->setObjectName(QStringLiteral("declineButton"));
    confirmRow->addWidget(m_confirmLabel);
    confirmRow->addWidget(m_confirmBox);
    confirmRow->addWidget(m_clusterNameEdit);
    confirmRow->addStretch();
    confirmRow->addWidget(m_declineButton);
    confirmRow->addWidget(m_runButton);
    connect(m_confirmBox, &QCheckBox::toggled, this, &ProcedureWizard::updateRunButton);
    connect(m_clusterNameEdit, &QLineEdit::textChanged, this, &ProcedureWizard::updateRunButton);
    connect(m_runButton, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_declineButton, &QPushButton::clicked, this, [this] { answer(false); });

    auto *stateRow = new QHBoxLayout;
    m_stepState = wrappingLabel(page);
    m_stepState->setObjectName(QStringLiteral("stepState"));
    m_elapsed = new QLabel(page);
    stateRow->addWidget(m_stepState, 1);
    stateRow->addWidget(m_elapsed);

    m_hosts = new QTreeWidget(page);
    m_hosts->setObjectName(QStringLiteral("hostProgress"));
    m_hosts->setHeaderLabels({tr("Host"), tr("Progress")});
    m_hosts->setRootIsDecorated(false);
    m_hosts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_hosts->setAccessibleName(tr("Progress per host"));
    auto *log = new LogView(m_logModel, QString(), page);
    log->setAccessibleName(tr("Live log of this run"));

    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_commands);
    split->addWidget(m_hosts);
    split->addWidget(log);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);
    layout->addLayout(stateRow);
    layout->addLayout(confirmRow);

    m_failureBox = new QGroupBox(tr("The step failed — what now?"), page);
    m_failureBox->setObjectName(QStringLiteral("failureBox"));
    auto *failureLayout = new QVBoxLayout(m_failureBox);
    m_failureReason = wrappingLabel(m_failureBox);
    failureLayout->addWidget(m_failureReason);
    m_failureChoices = new QButtonGroup(this);
    const nb::FailurePolicy policies[] = {nb::FailurePolicy::Retry, nb::FailurePolicy::RollBack,
                                          nb::FailurePolicy::Abort, nb::FailurePolicy::MarkDoneByHand};
    for (const auto policy : policies) {
        auto *choice = new QRadioButton(policyText(policy), m_failureBox);
        choice->setObjectName(QStringLiteral("failure_%1").arg(nb::toString(policy)));
        m_failureChoices->addButton(choice, int(policy));
        failureLayout->addWidget(choice);
    }
    m_byHandReason = new QLineEdit(m_failureBox);
    m_byHandReason->setObjectName(QStringLiteral("byHandReason"));
    m_byHandReason->setPlaceholderText(tr("What you did by hand (required)"));
    m_byHandReason->setAccessibleName(tr("Reason for marking the step done by hand"));
    failureLayout->addWidget(m_byHandReason);
    m_failureButton = new QPushButton(tr("&Go on"), m_failureBox);
    m_failureButton->setObjectName(QStringLiteral("failureButton"));
    failureLayout->addWidget(m_failureButton, 0, Qt::AlignRight);
    connect(m_failureChoices, &QButtonGroup::idToggled, this, &ProcedureWizard::updateFailureButton);
    connect(m_byHandReason, &QLineEdit::textChanged, this, &ProcedureWizard::updateFailureButton);
    connect(m_failureButton, &QPushButton::clicked, this, [this] {
        const auto policy = nb::FailurePolicy(m_failureChoices->checkedId());
        m_failureBox->hide();
        m_observer->answerFailure({policy, m_byHandReason->text().trimmed()});
    });
    layout->addWidget(m_failureBox);
    clearQuestion();
    return page;
}

QWidget *ProcedureWizard::buildChecklist()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Your work in NocoBase").toHtmlEscaped()), page));
    auto *about = wrappingLabel(page);
    // The first node of the inventory is the one that stays (DESIGN.md §6).
    const QString node = m_inventory.app.nodes.isEmpty()
        ? QString()
        : tr("%1 (%2)").arg(m_inventory.app.nodes.first().name, m_inventory.app.nodes.first().host);
    about->setText(tr("The cluster is in maintenance and one node runs: %1; the load balancer sends every user "
                      "to it. Do your work in NocoBase there, tick what you did, then end the maintenance: the "
                      "other nodes start again on the same release.")
                       .arg(node));
    layout->addWidget(about);
    const QStringList work{tr("Plugins: add, enable, disable or upgrade plugins in the plugin manager"),
                           tr("Backup && restore: take or restore a backup with the backup manager"),
                           tr("Migration: import or apply a migration package")};
    auto *workBox = new QGroupBox(tr("What you did (recorded in the journal):"), page);
    auto *workLayout = new QVBoxLayout(workBox);
    for (const QString &item : work) {
        m_workDone.append(new QCheckBox(item, workBox));
        m_workDone.last()->setObjectName(QStringLiteral("checklistWork%1").arg(m_workDone.size()));
        workLayout->addWidget(m_workDone.last());
    }
    layout->addWidget(workBox);
    // The seed's step 3: the other nodes start only after the work is finished and
    // verified on the one node, so End waits for both ticks.
    auto *confirmBox = new QGroupBox(tr("Before the other nodes start, confirm:"), page);
    auto *confirmLayout = new QVBoxLayout(confirmBox);
    const QStringList required{tr("My work in NocoBase is finished"),
                               tr("I verified that NocoBase works on the node that runs (sign in, the changed "
                                  "feature works)")};
    for (const QString &item : required) {
        auto *box = new QCheckBox(item, confirmBox);
        box->setObjectName(QStringLiteral("checklistConfirm%1").arg(m_confirmed.size() + 1));
        connect(box, &QCheckBox::toggled, this, &ProcedureWizard::updateEndButton);
        m_confirmed.append(box);
        confirmLayout->addWidget(box);
    }
    layout->addWidget(confirmBox);
    layout->addStretch();
    m_endMaintenanceButton = new QPushButton(tr("&End maintenance"), page);
    m_endMaintenanceButton->setObjectName(QStringLiteral("endMaintenanceButton"));
    connect(m_endMaintenanceButton, &QPushButton::clicked, this, [this] {
        m_maintenanceEnd = true;
        m_procedure = nb::ProcedureCatalog::maintenanceEnd();
        m_rollback = nb::ProcedureCatalog::byId(m_procedure.rollbackId);
        startRun(m_procedure);
    });
    layout->addWidget(m_endMaintenanceButton, 0, Qt::AlignRight);
    return page;
}

QWidget *ProcedureWizard::buildSummary()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summaryOutcome = new QLabel(page);
    m_summaryOutcome->setObjectName(QStringLiteral("summaryOutcome"));
    m_summaryMessage = wrappingLabel(page);
    m_summaryMessage->setObjectName(QStringLiteral("summaryMessage"));
    m_summaryNotes = new QPlainTextEdit(page);
    m_summaryNotes->setObjectName(QStringLiteral("summaryNotes"));
    m_summaryNotes->setReadOnly(true);
    m_summaryNotes->setAccessibleName(tr("Notes of the run, including the downtime"));
    layout->addWidget(m_summaryOutcome);
    layout->addWidget(m_summaryMessage);
    layout->addWidget(new QLabel(tr("Notes (downtime and what each step found):"), page));
    layout->addWidget(m_summaryNotes, 1);
    auto *buttons = new QHBoxLayout;
    auto *html = new QPushButton(tr("Export report as &HTML…"), page);
    auto *pdf = new QPushButton(tr("Export report as &PDF…"), page);
    html->setObjectName(QStringLiteral("exportHtmlButton"));
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportState = wrappingLabel(page);
    m_exportState->setObjectName(QStringLiteral("exportState"));
    buttons->addWidget(m_exportState, 1);
    buttons->addWidget(html);
    buttons->addWidget(pdf);
    connect(html, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportReport(true); });
    layout->addLayout(buttons);
    return page;
}

std::optional<ProcedureWizard::Kind> ProcedureWizard::kindOf(const QString &procedureId)
{
    if (procedureId == QLatin1String("first-start"))
        return Kind::FirstStart;
    if (procedureId == QLatin1String("upgrade"))
        return Kind::Upgrade;
    if (procedureId.startsWith(QLatin1String("maintenance-")))
        return Kind::Maintenance;
    return std::nullopt;
}

void ProcedureWizard::setResume(const nb::RunRecord &record)
{
    m_resume = record;
    if (record.procedure == QLatin1String("maintenance-end")) {
        m_maintenanceEnd = true;
        m_procedure = nb::ProcedureCatalog::maintenanceEnd();
        m_rollback = nb::ProcedureCatalog::byId(m_procedure.rollbackId);
    }
    if (m_versionEdit) {
        m_versionEdit->setText(record.target);
        m_versionEdit->setReadOnly(true);
        // The run keeps the folder its preflight accepted.
        m_backupCopyEdit->setText(record.facts.value(QStringLiteral("backup_copy_dir")));
        m_backupCopyEdit->setReadOnly(true);
        m_backupCopyBrowse->setEnabled(false);
    }
    m_resumeLabel->setText(tr("Resumes run %1 (%2). The cluster is probed first; the journal says what was "
                              "intended, only the cluster says what happened.")
                               .arg(record.runId, nb::describe(record.outcome)));
    m_resumeLabel->show();
}

void ProcedureWizard::start()
{
    m_introError->clear();
    if (!m_password) {
        // The keychain and the password prompt belong to this thread; the worker only
        // gets the answer.
        nb::SecretStore store;
        const auto resolved = nb::DatabasePassword::resolve(m_inventory, store, [this](const QString &prompt) {
            bool ok = false;
            const QString text = QInputDialog::getText(this, windowTitle(), prompt, QLineEdit::Password, {}, &ok);
            return ok ? std::optional<QString>(text) : std::nullopt;
        });
        if (!resolved.ok) {
            m_introError->setText(resolved.error);
            return;
        }
        m_password = resolved.password.value_or(QString());
    }
    startRun(m_procedure);
}

void ProcedureWizard::startRun(const nb::Procedure &procedure)
{
    stopWorker();
    nb::RunSettings settings;
    settings.operatorName = nb::ClusterLock::operatorIdentity();
    if (m_versionEdit)
        settings.target = m_versionEdit->text().trimmed();
    settings.options = {{QStringLiteral("front_end"), QStringLiteral("gui")}};
    if (m_kind == Kind::Upgrade) {
        settings.backupCopyDir = backupCopyDir().value_or(QString());
        settings.options.insert(QStringLiteral("to"), settings.target);
        settings.options.insert(QStringLiteral("backup_copy"), settings.backupCopyDir);
    }
    if (m_kind == Kind::Maintenance)
        settings.options.insert(QStringLiteral("phase"), m_maintenanceEnd ? QStringLiteral("end")
                                                                          : QStringLiteral("begin"));
    if (m_maintenanceEnd) {
        QJsonArray done;
        for (const QCheckBox *box : std::as_const(m_workDone)) {
            if (box->isChecked())
                done.append(box->text());
        }
        settings.options.insert(QStringLiteral("work_done"), done);
    }
    m_runId = m_resume ? m_resume->runId : nb::JournalStore::newRunId();
    m_outcome.reset();
    m_sshDialogs = std::make_unique<GuiSshPolicy>(m_inventory.cluster, this);
    m_pool = std::make_unique<nb::SshPool>(m_sshDialogs->policy());
    m_session = std::make_unique<nb::ProcedureSession>(m_inventory, *m_pool, *m_observer, settings, m_runId);
    m_startButton->setEnabled(false);
    m_endMaintenanceButton->setEnabled(false);
    m_running = true;
    m_clusterChanged = false;
    m_inRollback = false;
    m_observer->reset();
    m_stepTitle->setText(tr("Taking the cluster lock…"));
    m_pages->setCurrentIndex(StepPage);

    const std::optional<QString> password = m_password->isEmpty() ? std::nullopt : m_password;
    const std::optional<nb::RunRecord> resume = std::exchange(m_resume, std::nullopt);
    if (resume)
        m_clusterChanged = nb::ResumePlan::changedCluster(*resume, procedure);
    const bool rollBackOnly = std::exchange(m_rollBackAfterStop, false);
    m_worker = std::thread([this, &procedure, password, resume, rollBackOnly] {
        QString error;
        QString hint;
        const auto opened = m_session->open(
            [password](QString *) { return std::optional<std::optional<QString>>(password); }, &error, &hint);
        if (opened == nb::ProcedureSession::Opened::Ready) {
            nb::RunContext &context = m_session->context();
            m_observer->setContext(&context);
            nb::ProcedureRunner engine(procedure, m_rollback ? &*m_rollback : nullptr);
            if (resume)
                context.restoreFacts(resume->facts);
            if (rollBackOnly) {
                engine.rollBack(context, tr("the operator cancelled the run and chose the rollback"));
            } else if (resume) {
                const auto plan = nb::ResumePlan::make(*resume, procedure, m_inventory, m_session->control(),
                                                       m_session->lock().read().holder);
                for (const QString &line : plan.clusterState)
                    m_observer->note(line);
                if (plan.inRollback)
                    engine.rollBack(context, tr("resumed rollback"));
                else
                    engine.resume(context, plan.fromIndex, plan.clusterChanged,
                                  plan.clusterState.join(QStringLiteral("; ")));
            } else {
                engine.run(context);
            }
            const QString released = m_session->release();
            if (!released.isEmpty())
                m_observer->note(released);
        }
        const nb::LockHolder heldBy = opened == nb::ProcedureSession::Opened::NotLocked ? m_session->lockHolder()
                                                                                         : nb::LockHolder();
        QMetaObject::invokeMethod(
            this,
            [this, error, hint, heldBy, resume] {
                onWorkerDone(error, hint);
                if (!heldBy.isEmpty()) {
                    m_resume = resume; // the retry after a broken lock resumes the same run
                    offerLockBreak(heldBy);
                }
            },
            Qt::QueuedConnection);
    });
}

void ProcedureWizard::showStep(const nb::ProcedureStep *step, int index, int count,
                               const nb::PlannedCommands &preview)
{
    m_pages->setCurrentIndex(StepPage);
    m_currentStep = step;
    m_inRollback = m_rollback && step >= m_rollback->steps.data()
        && step < m_rollback->steps.data() + m_rollback->steps.size();
    m_stepCounter->setText(m_inRollback ? tr("Rollback step %1 of %2").arg(index + 1).arg(count)
                                        : tr("Step %1 of %2").arg(index + 1).arg(count));
    m_stepTitle->setText(QStringLiteral("<h2>%1</h2>").arg(step->title.toHtmlEscaped()));
    m_stepExplanation->setText(step->explanation);
    m_stepTargets->setText(tr("Targets: %1").arg(targetText(step->target)));
    QStringList lines;
    for (const auto &command : preview)
        lines.append(QStringLiteral("%1 $ %2").arg(command.host, command.command));
    m_commands->setPlainText(lines.isEmpty() ? tr("(no remote command: this step checks or waits)")
                                             : lines.join(QLatin1Char('\n')));
    m_hosts->clear();
    for (const auto &command : preview) {
        if (m_hosts->findItems(command.host, Qt::MatchExactly).isEmpty())
            m_hosts->addTopLevelItem(new QTreeWidgetItem({command.host, tr("waiting")}));
    }
    clearQuestion();
    m_stepState->setText(tr("Waiting for you: read the step, then press Run."));
    m_stepClock.start();
    m_clockTimer.start();
}

void ProcedureWizard::clearQuestion()
{
    m_asking.reset();
    m_confirmLabel->hide();
    m_confirmBox->hide();
    m_clusterNameEdit->hide();
    m_declineButton->hide();
    m_runButton->setEnabled(false);
    m_runButton->show();
    m_failureBox->hide();
}

void ProcedureWizard::askConfirmation(const nb::ProcedureStep *, const QString &question,
                                      nb::ConfirmationLevel level)
{
    m_asking = level;
    m_stepState->setText(question);
    m_confirmBox->setChecked(false);
    m_clusterNameEdit->clear();
    const bool typed = level == nb::ConfirmationLevel::TypeClusterName;
    m_confirmLabel->setText(tr("Type the cluster name (%1) to &confirm:").arg(m_inventory.cluster));
    const bool byHand = level == nb::ConfirmationLevel::DoneByHand;
    const bool ticked = level == nb::ConfirmationLevel::Confirm || byHand;
    m_confirmBox->setText(byHand ? tr("I have &done this by hand; check it and go on")
                                 : tr("I have read the commands; &run this step"));
    m_confirmLabel->setVisible(typed);
    m_clusterNameEdit->setVisible(typed);
    m_confirmBox->setVisible(ticked);
    m_declineButton->show();
    QWidget *focus = m_runButton;
    if (typed)
        focus = m_clusterNameEdit;
    else if (ticked)
        focus = m_confirmBox;
    focus->setFocus();
    updateRunButton();
}

void ProcedureWizard::updateRunButton()
{
    const bool given = !m_asking ? false
        : *m_asking == nb::ConfirmationLevel::Confirm || *m_asking == nb::ConfirmationLevel::DoneByHand
        ? m_confirmBox->isChecked()
        : *m_asking == nb::ConfirmationLevel::TypeClusterName ? m_clusterNameEdit->text() == m_inventory.cluster
                                                               : true;
    m_runButton->setEnabled(given);
}

void ProcedureWizard::answer(bool yes)
{
    if (!m_asking)
        return;
    m_asking.reset();
    if (yes && m_currentStep && m_currentStep->changesCluster)
        m_clusterChanged = true;
    m_runButton->setEnabled(false);
    m_declineButton->hide();
    m_stepState->setText(yes ? tr("Running…") : tr("Declined; the step does not run."));
    m_stepClock.restart();
    m_observer->answerConfirm(yes);
}

void ProcedureWizard::askFailure(const nb::ProcedureStep *step, const QString &reason, const QString &hint,
                                 const QVector<nb::FailurePolicy> &allowed)
{
    m_failureReason->setText(hint.isEmpty() ? tr("%1: %2").arg(step->title, reason)
                                            : tr("%1: %2\n%3").arg(step->title, reason, hint));
    for (auto *choice : m_failureChoices->buttons()) {
        choice->setVisible(allowed.contains(nb::FailurePolicy(m_failureChoices->id(choice))));
        m_failureChoices->setExclusive(false);
        choice->setChecked(false);
        m_failureChoices->setExclusive(true);
    }
    m_byHandReason->clear();
    m_runButton->hide(); // the choices below replace it until the step starts again
    m_failureBox->show();
    updateFailureButton();
}

std::optional<QString> ProcedureWizard::backupCopyDir() const
{
    QString text = m_backupCopyEdit ? m_backupCopyEdit->text().trimmed() : QString();
    if (text.isEmpty())
        return QString();
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")))
        text.replace(0, 1, QDir::homePath());
    if (!QDir::isAbsolutePath(text))
        return std::nullopt;
    return QDir::cleanPath(text);
}

void ProcedureWizard::updateStartButton()
{
    if (!m_versionEdit)
        return;
    QString why = versionRefusal(m_versionEdit->text().trimmed());
    if (why.isEmpty() && !backupCopyDir())
        why = tr("Give the full path of the folder for the copy of the backup, or leave it empty.");
    m_versionError->setText(why);
    m_startButton->setEnabled(why.isEmpty());
}

QString ProcedureWizard::versionRefusal(const QString &version) const
{
    if (version.isEmpty())
        return tr("Enter the version to upgrade to.");
    const QString refusal = nb::VersionPolicy::refusal(version);
    if (!refusal.isEmpty())
        return refusal;
    // NocoBase does not refuse an older release on a newer database: it writes its own
    // older version into it (NOCOBASE-NOTES.md §8), so the field stops it first.
    if (!m_currentVersion.isEmpty() && nb::VersionPolicy::compare(version, m_currentVersion) < 0)
        return tr("%1 is older than the cluster's %2: NocoBase cannot downgrade. To go back after a failed "
                  "upgrade, roll that run back.")
            .arg(version, m_currentVersion);
    return {};
}

void ProcedureWizard::updateEndButton()
{
    bool all = true;
    for (const QCheckBox *box : std::as_const(m_confirmed))
        all = all && box->isChecked();
    m_endMaintenanceButton->setEnabled(all && !m_running);
}

void ProcedureWizard::updateFailureButton()
{
    const int checked = m_failureChoices->checkedId();
    const bool byHand = checked == int(nb::FailurePolicy::MarkDoneByHand);
    m_byHandReason->setVisible(byHand);
    m_failureButton->setEnabled(checked >= 0 && (!byHand || !m_byHandReason->text().trimmed().isEmpty()));
}

void ProcedureWizard::onCommand(const QString &host, const QString &command)
{
    auto found = m_hosts->findItems(host, Qt::MatchExactly);
    QTreeWidgetItem *item = found.isEmpty() ? new QTreeWidgetItem(m_hosts, {host}) : found.first();
    item->setText(1, tr("running: %1").arg(command));
}

void ProcedureWizard::onStepEnded(const nb::ProcedureStep *step, nb::StepState state, const QString &message)
{
    m_clockTimer.stop();
    for (int i = 0; i < m_hosts->topLevelItemCount(); ++i)
        m_hosts->topLevelItem(i)->setText(1, nb::describe(state));
    m_stepState->setText(message.isEmpty() ? nb::describe(state)
                                           : tr("%1: %2").arg(nb::describe(state), message));
    m_summaryNotes->appendPlainText(message.isEmpty()
                                        ? tr("%1 — %2").arg(step->title, nb::describe(state))
                                        : tr("%1 — %2: %3").arg(step->title, nb::describe(state), message));
}

void ProcedureWizard::onFinished(nb::RunOutcome outcome, const QString &message, const QString &hint)
{
    m_outcome = outcome;
    m_summaryOutcome->setText(QStringLiteral("<h2>%1</h2>")
                                  .arg(tr("%1: %2").arg(m_procedure.title, nb::describe(outcome)).toHtmlEscaped()));
    // The run id is what the report, the journal and nbconsole-cli (resume, rollback --run) name.
    QStringList lines{message, hint, tr("Run %1").arg(m_runId)};
    lines.removeAll(QString());
    m_summaryMessage->setText(lines.join(QLatin1Char('\n')));
}

void ProcedureWizard::onWorkerDone(const QString &setupError, const QString &setupHint)
{
    // Not running any more before the join: stopWorker() would abandon the observer,
    // and the next run of this wizard (maintenance end) would start cancelled.
    m_running = false;
    stopWorker();
    m_clockTimer.stop();
    if (m_rollBackAfterStop && setupError.isEmpty()) {
        QString error;
        const auto record = nb::JournalStore().find(m_inventory.cluster, m_runId, &error);
        if (record) {
            m_resume = record;
            startRun(m_procedure);
            return;
        }
        m_rollBackAfterStop = false;
        m_summaryMessage->setText(error);
    }
    if (!setupError.isEmpty()) {
        m_introError->setText(setupHint.isEmpty() ? setupError : setupError + QLatin1Char('\n') + setupHint);
        m_startButton->setEnabled(true);
        m_pages->setCurrentIndex(IntroPage);
        return;
    }
    if (m_kind == Kind::Maintenance && !m_maintenanceEnd && m_outcome == nb::RunOutcome::Succeeded) {
        updateEndButton();
        m_pages->setCurrentIndex(ChecklistPage);
        return;
    }
    m_cancelButton->setText(tr("Close"));
    m_pages->setCurrentIndex(SummaryPage);
}

void ProcedureWizard::exportReport(bool pdf)
{
    QString error;
    const auto record = nb::JournalStore().find(m_inventory.cluster, m_runId, &error);
    if (!record) {
        m_exportState->setText(error);
        return;
    }
    const QString filter = pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                      m_runId + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html")),
                                                      filter);
    if (path.isEmpty())
        return;
    const bool written = pdf ? nb::RunReport::writePdf(*record, path, &error)
                             : nb::RunReport::writeHtml(*record, path, &error);
    m_exportState->setText(written ? tr("Saved %1").arg(path) : error);
}

void ProcedureWizard::reject()
{
    if (m_running)
        askCancel();
    else
        QDialog::reject();
}

void ProcedureWizard::askCancel()
{
    if (m_cancelQuestion) {
        m_cancelQuestion->raise();
        return;
    }
    const QString where = m_currentStep ? tr("The run is at “%1”.").arg(m_currentStep->title.toHtmlEscaped())
                                        : tr("The run is starting.");
    QString details = tr("<p><b>Stop</b>: the run stops at the next safe point and the cluster stays as it is "
                         "then; the journal records where. You can resume or roll back later from the console "
                         "or with nbconsole-cli.</p>");
    // The rollback is offered as the engine would offer it after a failure: the
    // procedure has one, this run changed the cluster and is not rolling back already.
    const bool canRollBack = m_rollback && m_clusterChanged && !m_inRollback && !m_rollBackAfterStop;
    if (canRollBack) {
        QStringList steps;
        for (const auto &step : m_rollback->steps)
            steps.append(QStringLiteral("<li>%1</li>").arg(step.title.toHtmlEscaped()));
        details += tr("<p><b>Roll back</b> (%1): the run stops, then these steps run here, each with its "
                      "confirmation:</p><ol>%2</ol>")
                       .arg(m_rollback->title.toHtmlEscaped(), steps.join(QString()));
    }
    // Opened, not exec()'d: a nested event loop would hold up whoever pressed Cancel,
    // an accessibility client waiting for its click to return included.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the run?"),
                                QStringLiteral("<p>%1</p><p>%2</p>").arg(where, tr("What should the cluster be left in?")),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("cancelQuestion"));
    box->setInformativeText(details);
    QPushButton *leave = box->addButton(tr("&Stop and leave the cluster as it is"), QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("cancelLeave"));
    QPushButton *rollBack = nullptr;
    if (canRollBack) {
        rollBack = box->addButton(tr("Stop and &roll back"), QMessageBox::DestructiveRole);
        rollBack->setObjectName(QStringLiteral("cancelRollBack"));
    }
    QPushButton *keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelKeepRunning"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, leave, rollBack] {
        const QAbstractButton *clicked = box->clickedButton();
        onCancelAnswered(clicked == leave ? CancelChoice::Leave
                         : clicked && clicked == rollBack ? CancelChoice::RollBack
                                                          : CancelChoice::KeepRunning);
    });
    m_cancelQuestion = box;
    box->open();
}

void ProcedureWizard::onCancelAnswered(CancelChoice choice)
{
    if (choice == CancelChoice::KeepRunning)
        return;
    const bool leave = choice == CancelChoice::Leave;
    // The run may have ended while the question was open; then there is nothing to stop.
    if (!m_running) {
        if (leave)
            QDialog::reject();
        return;
    }
    const QString who = tr("cancelled by %1 in the wizard").arg(nb::ClusterLock::operatorIdentity());
    if (leave) {
        m_observer->journalCancel(QStringLiteral("leave"), who);
        stopWorker();
        QDialog::reject();
        return;
    }
    m_observer->journalCancel(QStringLiteral("rollback"), who);
    m_rollBackAfterStop = true;
    clearQuestion(); // the stopping run answers its open question itself
    m_stepState->setText(tr("Stopping the run; the rollback follows."));
    m_observer->abandon();
    if (m_pool)
        m_pool->cancelAll();
}

void ProcedureWizard::stopWorker()
{
    if (!m_worker.joinable())
        return;
    if (m_running && m_session) {
        m_observer->abandon();
        if (m_pool)
            m_pool->cancelAll();
    }
    // A worker waiting for a host-key or login dialog gets the safe answer, or the
    // join below would wait for a dialog this thread can no longer show.
    if (m_sshDialogs)
        m_sshDialogs->close();
    m_worker.join();
    m_session.reset();
    m_pool.reset();
}

void ProcedureWizard::offerLockBreak(const nb::LockHolder &holder)
{
    GuiSshPolicy questions(m_inventory.cluster, this);
    StaleLockDialog dialog(m_inventory.cluster, holder,
                           StaleLockDialog::breakerFor(m_inventory, questions.policy()), this);
    if (dialog.exec() == QDialog::Accepted)
        start();
}
