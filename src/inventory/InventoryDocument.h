#pragma once

#include "InventoryLoader.h"

#include <QByteArray>
#include <QString>

namespace nb {

// An inventory file open for editing. Edits change the operator's text in place (see
// YamlTextEdit): comments, blank lines, key order and quoting of everything else stay
// as written. What is kept precisely: every byte outside the edited value. A new key
// goes on its own line after the mapping's last line (block style) or before its
// closing brace (flow style); a new node is a one-line flow mapping after the last one.
// Creating a whole missing section is not supported: add it by hand.
class InventoryDocument
{
public:
    // Reads and validates the file; problems are returned and the document stays empty.
    InventoryProblems load(const QString &path);
    InventoryProblems loadText(const QByteArray &text, const QString &path);

    const QString &path() const { return m_path; }
    const QByteArray &text() const { return m_text; }
    const Inventory &inventory() const { return m_inventory; }

    // field: a dotted path as problems name it, e.g. "app.image", "app.nodes[1].host".
    bool setValue(const QString &field, const QString &value, QString *error = nullptr);
    bool appendNode(const QString &name, const QString &host, QString *error = nullptr);
    bool removeNode(const QString &name, QString *error = nullptr);

    // Validates the edited text, then replaces the file atomically (QSaveFile). A text
    // with problems is never written.
    InventoryProblems save();
    InventoryProblems saveAs(const QString &path);

private:
    bool apply(const QByteArray &edited, QString *error);

    QString m_path;
    QByteArray m_text;
    Inventory m_inventory;
};

} // namespace nb
