#include "RunsHistoryDialog.h"

#include "RunListModel.h"

#include <journal/RunReport.h>

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace {

enum StepColumn { StepTitleColumn, StepStateColumn, StepStartedColumn, StepDurationColumn, StepMessageColumn };

QString timeText(qint64 ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm:ss")) : QString();
}

} // namespace

RunsHistoryDialog::RunsHistoryDialog(const nb::JournalStore &store, const QString &cluster,
                                     std::function<bool(const nb::RunRecord &)> canResume, QWidget *parent)
    : QDialog(parent), m_store(store), m_cluster(cluster), m_canResume(std::move(canResume)),
      m_model(new RunListModel(this)), m_allClusters(new QCheckBox(tr("Show runs of &all clusters"), this)),
      m_table(new QTableView(this)), m_runLabel(new QLabel(this)), m_steps(new QTreeWidget(this)),
      m_stateLabel(new QLabel(this)), m_reloadButton(new QPushButton(tr("Re&load"), this)),
      m_exportButton(new QPushButton(tr("&Export Report…"), this)),
      m_resumeButton(new QPushButton(tr("&Resume…"), this))
{
    setObjectName(QStringLiteral("runsHistoryDialog"));
    setWindowTitle(cluster.isEmpty() ? tr("Runs History") : tr("Runs History — %1").arg(cluster));

    m_allClusters->setObjectName(QStringLiteral("allClustersCheck"));
    m_allClusters->setAccessibleName(tr("Show runs of all clusters"));
    m_allClusters->setChecked(cluster.isEmpty());
    m_allClusters->setVisible(!cluster.isEmpty());

    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setAccessibleName(tr("Runs in the journal, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab moves on to the steps, arrows move between runs
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    m_runLabel->setAccessibleDescription(tr("The selected run"));
    m_runLabel->setWordWrap(true);
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_steps->setObjectName(QStringLiteral("stepsView"));
    m_steps->setAccessibleName(tr("Steps of the selected run, with each node's state"));
    m_steps->setHeaderLabels({tr("Step / node"), tr("State"), tr("Started"), tr("Duration"), tr("Message")});
    m_steps->header()->setStretchLastSection(true);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_runLabel);
    detailsLayout->addWidget(m_steps, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setAccessibleDescription(tr("State"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAccessibleName(tr("Read the journal again"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export the selected run's report as HTML or PDF"));
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_resumeButton->setAccessibleName(tr("Resume the selected unfinished run"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->addButton(m_reloadButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_resumeButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_allClusters);
    layout->addWidget(split, 1);
    layout->addWidget(m_stateLabel);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allClusters, &QCheckBox::toggled, this, &RunsHistoryDialog::reload);
    connect(m_reloadButton, &QPushButton::clicked, this, &RunsHistoryDialog::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &RunsHistoryDialog::chooseReportFile);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        if (const nb::RunRecord *run = selectedRun()) {
            emit resumeRequested(*run);
            accept();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsHistoryDialog::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsHistoryDialog::showSelected);

    showSelected();
    reload();
}

RunsHistoryDialog::~RunsHistoryDialog()
{
    if (m_worker.joinable())
        m_worker.join();
}

void RunsHistoryDialog::inBackground(std::function<void()> work, std::function<void()> done)
{
    if (m_worker.joinable())
        m_worker.join(); // finished already: work starts only when not busy
    setBusy(true);
    m_worker = std::thread([this, work = std::move(work), done = std::move(done)] {
        work();
        // Posted to the dialog: dropped if the dialog is deleted first (it joins
        // this thread before it goes, so the post always happens before that).
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                setBusy(false);
                done();
            },
            Qt::QueuedConnection);
    });
}

void RunsHistoryDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reloadButton->setEnabled(!busy);
    m_allClusters->setEnabled(!busy);
    showSelected();
}

void RunsHistoryDialog::reload()
{
    if (m_busy)
        return;
    const nb::JournalStore store = m_store;
    const QString cluster = m_allClusters->isChecked() ? QString() : m_cluster;
    const nb::RunRecord *current = selectedRun();
    const QPair<QString, QString> keep = current ? qMakePair(current->cluster, current->runId) : QPair<QString, QString>();
    m_stateLabel->setText(tr("Reading the journal…"));
    auto runs = std::make_shared<QVector<nb::RunRecord>>();
    inBackground([store, cluster, runs] { *runs = store.list(cluster); },
                 [this, runs, keep] {
                     m_model->setRuns(*runs);
                     const int row = qMax(0, m_model->rowOf(keep.first, keep.second));
                     if (row < m_model->rowCount())
                         m_table->selectRow(row);
                     m_table->resizeColumnsToContents();
                     m_stateLabel->setText(runs->isEmpty()
                                               ? tr("No runs in the journal at %1.").arg(m_store.root())
                                               : tr("%n run(s) in the journal.", nullptr, int(runs->size())));
                     emit loaded();
                 });
}

const nb::RunRecord *RunsHistoryDialog::selectedRun() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->runAt(current.row()) : nullptr;
}

void RunsHistoryDialog::showSelected()
{
    const nb::RunRecord *run = selectedRun();
    m_exportButton->setEnabled(run && !m_busy);
    m_resumeButton->setEnabled(run && !m_busy && run->isUnfinished() && m_canResume && m_canResume(*run));
    m_steps->clear();
    if (!run) {
        m_runLabel->setText(tr("Select a run to see its steps."));
        return;
    }

    QStringList lines;
    QString heading = tr("Run %1: %2 on %3").arg(run->runId, run->procedure, run->cluster);
    if (!run->target.isEmpty())
        heading += tr(", target %1").arg(run->target);
    if (!run->operatorName.isEmpty())
        heading += tr(", by %1").arg(run->operatorName);
    lines.append(heading);
    lines.append(tr("Outcome: %1").arg(RunListModel::outcomeText(*run)));
    if (!run->message.isEmpty())
        lines.append(run->message);
    if (!run->hint.isEmpty())
        lines.append(run->hint);
    if (run->isUnfinished()) {
        const int at = run->resumeIndex();
        const QString step = at >= 0 ? run->steps.at(at).title : QString();
        lines.append(step.isEmpty()
                         ? tr("This run did not finish. Resume it here or with 'nbconsole-cli resume --run %1'.")
                               .arg(run->runId)
                         : tr("This run did not finish; it can be resumed at the step \"%1\" (Resume… here, or "
                              "'nbconsole-cli resume --run %2').")
                               .arg(step, run->runId));
    }
    m_runLabel->setText(lines.join(QLatin1Char('\n')));

    for (const nb::StepRecord &step : run->steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepTitleColumn, step.rollback ? tr("Rollback: %1").arg(step.title) : step.title);
        item->setText(StepStateColumn, nb::describe(step.state));
        item->setText(StepStartedColumn, timeText(step.startedMs));
        if (step.startedMs && step.finishedMs)
            item->setText(StepDurationColumn, RunListModel::durationText(step.finishedMs - step.startedMs));
        item->setText(StepMessageColumn, step.message);
        item->setToolTip(StepMessageColumn, step.message);
        for (auto node = step.nodes.cbegin(); node != step.nodes.cend(); ++node) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(StepTitleColumn, node.key());
            child->setText(StepStateColumn, nb::describe(node->state));
            child->setText(StepMessageColumn, node->message);
            child->setToolTip(StepMessageColumn, node->message);
        }
    }
    m_steps->expandAll();
    m_steps->resizeColumnToContents(StepTitleColumn);
    m_steps->resizeColumnToContents(StepStateColumn);
}

void RunsHistoryDialog::chooseReportFile()
{
    const nb::RunRecord *run = selectedRun();
    if (!run)
        return;
    const QString html = tr("HTML report (*.html *.htm)");
    const QString pdf = tr("PDF report (*.pdf)");
    // open(), not exec(): an assistive tool that pressed Export waits for the press to
    // return, which exec() would hold until the file dialog closes.
    auto *dialog = new QFileDialog(this, tr("Export Report"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({html, pdf});
    dialog->setDefaultSuffix(QStringLiteral("html"));
    dialog->selectFile(QStringLiteral("%1-%2.html").arg(run->cluster, run->runId));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, pdf](const QString &filter) {
        dialog->setDefaultSuffix(filter == pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &RunsHistoryDialog::exportReport);
    dialog->open();
}

void RunsHistoryDialog::exportReport(const QString &path)
{
    const nb::RunRecord *selected = selectedRun();
    if (!selected || m_busy)
        return;
    const nb::RunRecord run = *selected;
    const bool asPdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    m_stateLabel->setText(tr("Writing the report of run %1…").arg(run.runId));
    auto result = std::make_shared<QPair<bool, QString>>(false, QString());
    inBackground(
        [run, path, asPdf, result] {
            result->first = asPdf ? nb::RunReport::writePdf(run, path, &result->second)
                                  : nb::RunReport::writeHtml(run, path, &result->second);
        },
        [this, run, path, result] {
            m_stateLabel->setText(result->first
                                      ? tr("The report of run %1 was written to %2.").arg(run.runId, path)
                                      : tr("The report of run %1 was not written: %2").arg(run.runId, result->second));
            emit reportWritten(path, result->first);
        });
}
