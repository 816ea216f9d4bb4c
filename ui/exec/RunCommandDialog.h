#pragma once

#include <inventory/Inventory.h>
#include <ssh/CommandRunner.h>

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class ExecTargetPicker;
class GuiSshPolicy;
class LogLineBatcher;
class LogLineModel;
class LogView;
namespace nb {
class ExecJob;
class SshPool;
}

// Cluster > Run command…: the operator's own shell command on the hosts they pick, as
// `nbconsole-cli exec --targets SELECTOR -- CMD` runs it. The command and hosts are
// shown for confirmation exactly as they will be sent; output streams in live per host
// (stderr marked), every host ends with its exit code, time and error, and Cancel
// (or Escape) stops the remote commands. SSH work runs on the pool's threads; the
// dialog only renders.
class RunCommandDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RunCommandDialog(const nb::Inventory &inventory, QWidget *parent = nullptr);
    ~RunCommandDialog() override;

    LogLineModel *output() const { return m_output; }
    bool isRunning() const;

    // While a command runs, Escape and the window's close button cancel it and keep
    // the dialog open for its summary; otherwise they close the dialog.
    void reject() override;

signals:
    // Every output line as the dialog shows it, for the main window's log.
    void outputArrived(const nb::OutputLines &lines);
    void runFinished(const QVector<nb::CommandResult> &results);

private:
    void updatePreview();
    void askConfirmation();
    void startRun();
    void cancelRun();
    void onFinished(const QVector<nb::CommandResult> &results);
    void setRunning(bool running);
    void updateElapsed();

    nb::Inventory m_inventory;
    QVector<nb::SshEndpoint> m_endpoints; // of the current or last run
    QString m_commandText;
    GuiSshPolicy *m_sshPolicy; // asks about unknown host keys and secrets
    std::unique_ptr<nb::SshPool> m_pool;
    std::unique_ptr<nb::ExecJob> m_job; // after the pool: destroyed (and joined) first
    QPointer<QMessageBox> m_confirmation; // open while the operator decides
    bool m_running = false;
    bool m_cancelling = false;
    QElapsedTimer m_clock;
    QTimer m_clockTimer;

    ExecTargetPicker *m_picker;
    QLabel *m_targetsPreview;
    QLineEdit *m_commandEdit;
    QSpinBox *m_timeoutSpin;
    QLabel *m_errorLabel;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    QLabel *m_stateLabel;
    LogLineModel *m_output;
    LogLineBatcher *m_batcher;
    LogView *m_outputView;
    QTreeWidget *m_summary;
};
