#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

// Edits ConsoleSettings: the monitor's poll interval, the log view's line cap and the
// language. Nothing is stored until the operator presses OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
