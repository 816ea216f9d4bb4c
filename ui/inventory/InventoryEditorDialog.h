#pragma once

#include "InventoryFormText.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTimer;

// A form over one inventory file: the common fields, the node table, and every problem
// the loader finds shown at the field it names (the rest in a list with line:column).
// Saving keeps the file's comments and key order (see InventoryFormText).
class InventoryEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InventoryEditorDialog(QWidget *parent = nullptr);

    // Edit an existing file; false (with the reason shown in the problem list) when it
    // cannot be read or is not a valid inventory.
    bool openFile(const QString &path);
    // A new inventory from the commented example; Save asks where to write it unless
    // setSavePath() named a file.
    bool openExample();
    void setSavePath(const QString &path) { m_savePath = path; }

    // Writes the edited text; true on success (then saved() is emitted).
    bool save();
    // The text the form would save, as of the last validation.
    const QByteArray &editedText() const { return m_edited; }

signals:
    void saved(const QString &path);

private:
    bool openText(const QByteArray &text, const QString &path);
    QLineEdit *addLine(QFormLayout *form, const QString &field, const QString &label);
    QComboBox *addCombo(QFormLayout *form, const QString &field, const QString &label, const QStringList &values);
    QLabel *addMessage(const QString &field, const QString &label);
    void addNodeRow(const InventoryFormNode &node);
    void removeNodeRow();
    InventoryFormValues formValues() const;
    void scheduleValidation();
    void validate();

    QByteArray m_base;
    QByteArray m_edited;
    QString m_filePath;
    QString m_savePath;
    bool m_filling = false;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_messages;
    QComboBox *m_passwordMode;
    QLineEdit *m_passwordEnv;
    QTableWidget *m_nodes;
    QListWidget *m_otherProblems;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
};
