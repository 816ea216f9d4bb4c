#include "RunCommandDialog.h"

#include "ExecTargetPicker.h"
#include "dialogs/GuiSshPolicy.h"
#include "log/LogLineBatcher.h"
#include "log/LogLineModel.h"
#include "log/LogView.h"
#include "style/StatusColors.h"

#include <ssh/ExecJob.h>
#include <ssh/InventoryEndpoints.h>
#include <ssh/SshPool.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum SummaryColumn { HostColumn, AddressColumn, ExitColumn, DurationColumn, ResultColumn };

QString seconds(qint64 ms)
{
    return RunCommandDialog::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

QString hostText(const nb::SshEndpoint &endpoint)
{
    return endpoint.user.isEmpty() ? endpoint.host : endpoint.user + QLatin1Char('@') + endpoint.host;
}

} // namespace

RunCommandDialog::RunCommandDialog(const nb::Inventory &inventory, QWidget *parent)
    : QDialog(parent), m_inventory(inventory), m_sshPolicy(new GuiSshPolicy(inventory.cluster, this)),
      m_picker(new ExecTargetPicker(this)),
      m_targetsPreview(new QLabel(this)), m_commandEdit(new QLineEdit(this)), m_timeoutSpin(new QSpinBox(this)),
      m_errorLabel(new QLabel(this)), m_runButton(new QPushButton(tr("&Run…"), this)),
      m_cancelButton(new QPushButton(tr("&Cancel Run"), this)), m_closeButton(new QPushButton(tr("Close"), this)),
      m_stateLabel(new QLabel(this)), m_output(new LogLineModel(this)), m_batcher(new LogLineBatcher(this)),
      m_outputView(new LogView(m_output, QString(), this)), m_summary(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("runCommandDialog"));
    setWindowTitle(tr("Run Command — %1").arg(inventory.cluster));
    setAccessibleName(tr("Run a command on cluster hosts"));

    auto *targets = new QGroupBox(tr("Targets"), this);
    auto *targetsLayout = new QVBoxLayout(targets);
    m_picker->setObjectName(QStringLiteral("targetPicker"));
    m_picker->setAccessibleName(tr("Targets"));
    m_picker->setInventory(inventory);
    targetsLayout->addWidget(m_picker);
    m_targetsPreview->setObjectName(QStringLiteral("targetsPreview"));
    m_targetsPreview->setAccessibleDescription(tr("Hosts the command runs on"));
    m_targetsPreview->setWordWrap(true);
    m_targetsPreview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    targetsLayout->addWidget(m_targetsPreview);

    m_commandEdit->setObjectName(QStringLiteral("commandEdit"));
    m_commandEdit->setAccessibleName(tr("Command"));
    m_commandEdit->setAccessibleDescription(tr("A shell command, sent to each host exactly as typed."));
    m_commandEdit->setPlaceholderText(tr("e.g. df -h /"));
    m_commandEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeoutSpin->setAccessibleName(tr("Timeout in seconds"));
    m_timeoutSpin->setRange(1, 24 * 3600);
    m_timeoutSpin->setValue(600); // the CLI's default
    m_timeoutSpin->setSuffix(tr(" s"));
    m_timeoutSpin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *form = new QFormLayout;
    auto *commandLabel = new QLabel(tr("C&ommand:"), this);
    commandLabel->setBuddy(m_commandEdit);
    auto *timeoutLabel = new QLabel(tr("&Timeout:"), this);
    timeoutLabel->setBuddy(m_timeoutSpin);
    form->addRow(commandLabel, m_commandEdit);
    form->addRow(timeoutLabel, m_timeoutSpin);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleDescription(tr("Problem"));
    m_errorLabel->setWordWrap(true);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, StatusColors::forRole(StatusColors::Role::Error, palette()));
    m_errorLabel->setPalette(errorPalette);

    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setAccessibleName(tr("Run the command"));
    m_runButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the running command on every host"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    m_outputView->setObjectName(QStringLiteral("outputView"));
    m_outputView->setAccessibleName(tr("Output of the command, every host"));
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_summary->setAccessibleName(tr("Result per host"));
    m_summary->setRootIsDecorated(false);
    m_summary->setHeaderLabels({tr("Host"), tr("Address"), tr("Exit code"), tr("Duration"), tr("Result")});
    m_summary->header()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_outputView);
    split->addWidget(m_summary);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setAccessibleDescription(tr("State of the run"));
    m_stateLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(targets);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(split, 1);
    layout->addWidget(m_stateLabel);
    layout->addWidget(buttons);
    resize(860, 680);

    m_batcher->feed(m_output);
    connect(m_batcher, &LogLineBatcher::linesReady, this, &RunCommandDialog::outputArrived);
    connect(m_picker, &ExecTargetPicker::selectorChanged, this, &RunCommandDialog::updatePreview);
    connect(m_commandEdit, &QLineEdit::textChanged, this, &RunCommandDialog::updatePreview);
    connect(m_runButton, &QPushButton::clicked, this, &RunCommandDialog::askConfirmation);
    connect(m_cancelButton, &QPushButton::clicked, this, &RunCommandDialog::cancelRun);
    connect(m_closeButton, &QPushButton::clicked, this, &RunCommandDialog::reject);
    m_clockTimer.setInterval(500);
    connect(&m_clockTimer, &QTimer::timeout, this, &RunCommandDialog::updateElapsed);

    setRunning(false);
    updatePreview();
    m_commandEdit->setFocus();
}

RunCommandDialog::~RunCommandDialog()
{
    // A host's worker may be waiting for an answer in a dialog: answer it safely
    // first, then cancel and join the run while the batcher its lines go to exists.
    m_sshPolicy->close();
    m_job.reset();
}

bool RunCommandDialog::isRunning() const
{
    return m_running;
}

void RunCommandDialog::reject()
{
    if (isRunning()) {
        cancelRun();
        return;
    }
    QDialog::reject();
}

void RunCommandDialog::updatePreview()
{
    if (isRunning())
        return;
    const QString selector = m_picker->selector();
    QString problem;
    if (selector.isEmpty()) {
        problem = tr("Tick at least one host.");
        m_targetsPreview->clear();
    } else {
        const nb::EndpointSelection selection = nb::endpointsFor(m_inventory, selector);
        problem = selection.error;
        QStringList hosts;
        for (const nb::SshEndpoint &endpoint : selection.endpoints)
            hosts.append(tr("%1 (%2)").arg(endpoint.label, endpoint.host));
        m_targetsPreview->setText(hosts.isEmpty() ? QString()
                                                  : tr("Runs on %n host(s): %1", nullptr, int(hosts.size()))
                                                        .arg(hosts.join(QStringLiteral(", "))));
    }
    const QString text = m_commandEdit->text();
    if (problem.isEmpty() && !text.trimmed().isEmpty()) {
        const nb::ShellCommand command = nb::ShellCommand::fromOperatorText(text);
        if (!command.isValid())
            problem = tr("The command cannot be sent: %1").arg(command.errorString());
    }
    m_errorLabel->setText(problem);
    m_errorLabel->setVisible(!problem.isEmpty());
    m_runButton->setEnabled(problem.isEmpty() && !text.trimmed().isEmpty());
}

void RunCommandDialog::askConfirmation()
{
    // A second Enter while the question is open must not stack a second question.
    if (m_confirmation) {
        m_confirmation->activateWindow();
        return;
    }
    const nb::EndpointSelection selection = nb::endpointsFor(m_inventory, m_picker->selector());
    if (!selection.error.isEmpty() || m_commandEdit->text().trimmed().isEmpty())
        return;
    m_endpoints = selection.endpoints;
    m_commandText = m_commandEdit->text();

    // Rich text built from escaped pieces, so a command holding < or & shows exactly.
    QString hosts;
    for (const nb::SshEndpoint &endpoint : m_endpoints)
        hosts += QStringLiteral("<li>%1 — %2</li>").arg(endpoint.label.toHtmlEscaped(), hostText(endpoint).toHtmlEscaped());
    const QString text =
        QStringLiteral("<p>%1</p><pre>%2</pre><p>%3</p><ul>%4</ul>")
            .arg(tr("Run this command on %n host(s) of cluster %1?", nullptr, int(m_endpoints.size()))
                     .arg(m_inventory.cluster)
                     .toHtmlEscaped(),
                 m_commandText.toHtmlEscaped(),
                 tr("It is sent to each host's shell exactly as shown, with a timeout of %1. Hosts:")
                     .arg(m_timeoutSpin->text())
                     .toHtmlEscaped(),
                 hosts);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Run Command"), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("runConfirmation"));
    box->setTextFormat(Qt::RichText);
    QPushButton *run = box->addButton(tr("&Run"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("confirmRunButton"));
    QPushButton *back = box->addButton(tr("Do &Not Run"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("declineRunButton"));
    // Enter on a command that may change every host should not be the easy mistake.
    box->setDefaultButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(run, &QPushButton::clicked, this, &RunCommandDialog::startRun);
    m_confirmation = box;
    box->open();
}

void RunCommandDialog::startRun()
{
    if (isRunning())
        return;
    m_output->clear();
    m_summary->clear();
    for (const nb::SshEndpoint &endpoint : m_endpoints) {
        auto *item = new QTreeWidgetItem(m_summary);
        item->setText(HostColumn, endpoint.label);
        item->setText(AddressColumn, hostText(endpoint));
        item->setText(ResultColumn, tr("running…"));
    }
    for (int column = HostColumn; column < ResultColumn; ++column)
        m_summary->resizeColumnToContents(column);

    if (!m_pool)
        m_pool = std::make_unique<nb::SshPool>(m_sshPolicy->policy());
    m_job = std::make_unique<nb::ExecJob>(*m_pool);
    // Straight into the batcher from the pool's threads: it is the flood guard, and a
    // queued signal per batch would only add a hop.
    LogLineBatcher *batcher = m_batcher;
    connect(m_job.get(), &nb::ExecJob::linesReady, m_batcher,
            [batcher](const nb::OutputLines &batch) { batcher->append(batch); }, Qt::DirectConnection);
    connect(m_job.get(), &nb::ExecJob::finished, this, &RunCommandDialog::onFinished, Qt::QueuedConnection);

    nb::CommandOptions options;
    options.timeout = std::chrono::seconds(m_timeoutSpin->value());
    options.keepOutput = false; // the lines are in the view and the main log
    m_cancelling = false;
    m_clock.start();
    m_clockTimer.start();
    setRunning(true);
    updateElapsed();
    m_job->start(m_endpoints, nb::ShellCommand::fromOperatorText(m_commandText), options);
}

void RunCommandDialog::cancelRun()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    updateElapsed();
}

void RunCommandDialog::onFinished(const QVector<nb::CommandResult> &results)
{
    m_clockTimer.stop();
    int succeeded = 0;
    for (int row = 0; row < results.size() && row < m_summary->topLevelItemCount(); ++row) {
        const nb::CommandResult &result = results.at(row);
        QTreeWidgetItem *item = m_summary->topLevelItem(row);
        using Outcome = nb::CommandResult::Outcome;
        if (result.outcome == Outcome::Exited)
            item->setText(ExitColumn, QString::number(result.exitCode));
        else if (result.outcome == Outcome::Signalled)
            item->setText(ExitColumn, result.exitSignal);
        else
            item->setText(ExitColumn, tr("—"));
        item->setText(DurationColumn, seconds(result.durationMs));
        QString verdict;
        if (result.succeeded())
            verdict = tr("succeeded");
        else if (result.outcome == Outcome::Exited)
            verdict = tr("failed with exit code %1").arg(result.exitCode);
        else
            verdict = result.error;
        item->setText(ResultColumn, verdict);
        item->setToolTip(ResultColumn, verdict);
        const auto role = result.succeeded() ? StatusColors::Role::Ok : StatusColors::Role::Error;
        item->setForeground(ResultColumn, StatusColors::forRole(role, m_summary->palette()));
        if (result.succeeded())
            ++succeeded;
    }
    for (int column = HostColumn; column < ResultColumn; ++column)
        m_summary->resizeColumnToContents(column);

    const QString took = seconds(m_clock.elapsed());
    if (m_cancelling)
        m_stateLabel->setText(tr("Cancelled after %1; %2 of %n host(s) had finished successfully.", nullptr,
                                 int(results.size()))
                                  .arg(took)
                                  .arg(succeeded));
    else if (succeeded == results.size())
        m_stateLabel->setText(tr("Succeeded on all %n host(s) in %1.", nullptr, int(results.size())).arg(took));
    else
        m_stateLabel->setText(tr("Failed on %1 of %n host(s) in %2; see the result per host.", nullptr,
                                 int(results.size()))
                                  .arg(results.size() - succeeded)
                                  .arg(took));
    m_cancelling = false;
    setRunning(false);
    updatePreview();
    m_commandEdit->setFocus();
    emit runFinished(results);
}

void RunCommandDialog::setRunning(bool running)
{
    m_running = running;
    m_picker->setEnabled(!running);
    m_commandEdit->setEnabled(!running);
    m_timeoutSpin->setEnabled(!running);
    m_runButton->setEnabled(!running);
    m_closeButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    // The focused control may just have been disabled; Cancel is what the keyboard needs now.
    if (running)
        m_cancelButton->setFocus();
}

void RunCommandDialog::updateElapsed()
{
    if (!isRunning())
        return;
    const QString took = seconds(m_clock.elapsed());
    m_stateLabel->setText(m_cancelling
                              ? tr("Cancelling on %n host(s)… %1", nullptr, int(m_endpoints.size())).arg(took)
                              : tr("Running on %n host(s)… %1", nullptr, int(m_endpoints.size())).arg(took));
}
