#include "SettingsDialog.h"

#include "ConsoleSettings.h"
#include "ui_SettingsDialog.h"

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    const ConsoleSettings settings;
    m_ui->intervalSpin->setValue(settings.pollIntervalMs() / 1000.0);
    m_ui->capSpin->setValue(settings.logLineCap());
    m_ui->languageCombo->addItem(tr("System language"), QString());
    // Each language is named in itself, so an operator lost in a foreign UI finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Polski"), QStringLiteral("pl"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int current = m_ui->languageCombo->findData(settings.language());
    m_ui->languageCombo->setCurrentIndex(qMax(0, current));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    ConsoleSettings settings;
    settings.setPollIntervalMs(int(m_ui->intervalSpin->value() * 1000));
    settings.setLogLineCap(m_ui->capSpin->value());
    settings.setLanguage(m_ui->languageCombo->currentData().toString());
    QDialog::accept();
}
