#pragma once

#include <journal/JournalStore.h>
#include <journal/RunRecord.h>

#include <QDialog>

#include <functional>
#include <thread>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;
class RunListModel;

// Cluster > Runs history…: every run in the journal (run, procedure, cluster, start,
// duration, outcome), the selected run's steps with each node's part, and its report
// exported as HTML or PDF. Journals hold every output line, so reading them and
// writing reports happen off the GUI thread.
class RunsHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // cluster: the open cluster, shown first (empty: every cluster). canResume says
    // whether the console can resume a run (a wizard exists for its procedure).
    RunsHistoryDialog(const nb::JournalStore &store, const QString &cluster,
                      std::function<bool(const nb::RunRecord &)> canResume = {}, QWidget *parent = nullptr);
    ~RunsHistoryDialog() override;

    void reload();
    bool isBusy() const { return m_busy; }
    RunListModel *runs() const { return m_model; }
    // Writes the selected run's report: PDF for a .pdf path, HTML otherwise.
    void exportReport(const QString &path);

signals:
    void loaded();
    void reportWritten(const QString &path, bool ok);
    void resumeRequested(const nb::RunRecord &run);

private:
    // Runs work on a worker thread, then done on the GUI thread (unless the dialog
    // is gone by then); one piece of work at a time.
    void inBackground(std::function<void()> work, std::function<void()> done);
    void setBusy(bool busy);
    void showSelected();
    const nb::RunRecord *selectedRun() const;
    void chooseReportFile();

    nb::JournalStore m_store;
    QString m_cluster;
    std::function<bool(const nb::RunRecord &)> m_canResume;
    std::thread m_worker;
    bool m_busy = false;

    RunListModel *m_model;
    QCheckBox *m_allClusters;
    QTableView *m_table;
    QLabel *m_runLabel;
    QTreeWidget *m_steps;
    QLabel *m_stateLabel;
    QPushButton *m_reloadButton;
    QPushButton *m_exportButton;
    QPushButton *m_resumeButton;
};
