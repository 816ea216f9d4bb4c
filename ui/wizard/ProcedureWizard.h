#pragma once

#include "GuiProcedureObserver.h"

#include <inventory/Inventory.h>
#include <journal/RunRecord.h>
#include <procedure/ProcedureStep.h>
#include <ssh/CommandRunner.h>

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <thread>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QMessageBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class LogLineBatcher;
class LogLineModel;
class GuiSshPolicy;
namespace nb {
class SshPool;
struct LockHolder;
class ProcedureSession;
}

// A procedure as pages: an introduction (the version for an upgrade), then one page
// per step as the engine reaches it (what and why, targets, the exact commands, the
// confirmation, Run, per-host progress, live log, elapsed time, the choices on
// failure), the operator's checklist between the two halves of a maintenance, and
// a summary with the report. The engine decides what runs next; the pages render
// what it reports and pass the operator's answers back.
class ProcedureWizard : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { FirstStart, Upgrade, Maintenance };
    enum Page { IntroPage, StepPage, ChecklistPage, SummaryPage };

    ProcedureWizard(Kind kind, const nb::Inventory &inventory, const QString &currentVersion,
                    nb::LineSink logSink = {}, QWidget *parent = nullptr);
    ~ProcedureWizard() override;

    // Continues a journaled run that did not finish, at the step its ResumePlan names,
    // instead of starting a new one. Call before Start.
    void setResume(const nb::RunRecord &record);
    // The wizard for a journaled procedure id; nothing for one the wizards do not show.
    static std::optional<Kind> kindOf(const QString &procedureId);

    int currentPage() const;
    QString runId() const { return m_runId; }
    std::optional<nb::RunOutcome> outcome() const { return m_outcome; }

    void reject() override;

private:
    QWidget *buildIntro();
    QWidget *buildStep();
    QWidget *buildChecklist();
    QWidget *buildSummary();

    void start();
    void startRun(const nb::Procedure &procedure);
    void showStep(const nb::ProcedureStep *step, int index, int count, const nb::PlannedCommands &preview);
    void askConfirmation(const nb::ProcedureStep *step, const QString &question, nb::ConfirmationLevel level);
    void askFailure(const nb::ProcedureStep *step, const QString &reason, const QString &hint,
                    const QVector<nb::FailurePolicy> &allowed);
    void onCommand(const QString &host, const QString &command);
    void onStepEnded(const nb::ProcedureStep *step, nb::StepState state, const QString &message);
    void onFinished(nb::RunOutcome outcome, const QString &message, const QString &hint);
    void onWorkerDone(const QString &setupError, const QString &setupHint);
    void clearQuestion();
    void updateRunButton();
    void updateFailureButton();
    void answer(bool yes);
    QString versionRefusal(const QString &version) const;
    // The folder typed for a copy of the backup: empty for none, nothing when it is not
    // a full path ("~/" counts as one).
    std::optional<QString> backupCopyDir() const;
    void updateStartButton();
    void updateEndButton();
    // Cancel during a run: what the cluster is left in, offered from the procedure
    // (its rollback only once a step changed the cluster). The answer comes later.
    void askCancel();
    enum class CancelChoice { KeepRunning, Leave, RollBack };
    void onCancelAnswered(CancelChoice choice);
    void exportReport(bool pdf);
    void stopWorker();
    // The lock was refused because another run holds it: show who, offer to break it, retry.
    void offerLockBreak(const nb::LockHolder &holder);

    Kind m_kind;
    nb::Inventory m_inventory;
    QString m_currentVersion;
    nb::LineSink m_logSink;
    nb::Procedure m_procedure;
    std::optional<nb::Procedure> m_rollback;
    bool m_maintenanceEnd = false;
    std::optional<nb::RunRecord> m_resume;

    GuiProcedureObserver *m_observer;
    std::unique_ptr<nb::SshPool> m_pool;
    QPointer<QMessageBox> m_cancelQuestion;
    std::unique_ptr<GuiSshPolicy> m_sshDialogs; // answers m_pool's host-key and login questions
    std::unique_ptr<nb::ProcedureSession> m_session;
    std::thread m_worker;
    QString m_runId;
    std::optional<nb::RunOutcome> m_outcome;
    std::optional<QString> m_password;
    std::optional<nb::ConfirmationLevel> m_asking;
    bool m_running = false;
    const nb::ProcedureStep *m_currentStep = nullptr;
    bool m_clusterChanged = false; // a step that changes the cluster was run
    bool m_inRollback = false;
    bool m_rollBackAfterStop = false; // the operator cancelled and chose the rollback

    QStackedWidget *m_pages;
    QPushButton *m_cancelButton;
    // Introduction
    QLineEdit *m_versionEdit = nullptr;
    QLabel *m_versionError = nullptr;
    QLineEdit *m_backupCopyEdit = nullptr;
    QPushButton *m_backupCopyBrowse = nullptr;
    QPushButton *m_startButton;
    QLabel *m_introError;
    QLabel *m_resumeLabel;
    // Step
    QLabel *m_stepCounter;
    QLabel *m_stepTitle;
    QLabel *m_stepExplanation;
    QLabel *m_stepTargets;
    QPlainTextEdit *m_commands;
    QCheckBox *m_confirmBox;
    QLineEdit *m_clusterNameEdit;
    QLabel *m_confirmLabel;
    QPushButton *m_runButton;
    QPushButton *m_declineButton;
    QLabel *m_stepState;
    QLabel *m_elapsed;
    QTreeWidget *m_hosts;
    LogLineModel *m_logModel;
    LogLineBatcher *m_logBatcher;
    QGroupBox *m_failureBox;
    QLabel *m_failureReason;
    QButtonGroup *m_failureChoices;
    QLineEdit *m_byHandReason;
    QPushButton *m_failureButton;
    QElapsedTimer m_stepClock;
    QTimer m_clockTimer;
    // Checklist
    QList<QCheckBox *> m_workDone;  // what the operator did (journaled, optional)
    QList<QCheckBox *> m_confirmed; // what the operator must confirm before End
    QPushButton *m_endMaintenanceButton;
    // Summary
    QLabel *m_summaryOutcome;
    QLabel *m_summaryMessage;
    QPlainTextEdit *m_summaryNotes;
    QLabel *m_exportState;
};
