#pragma once

#include <inventory/InventoryProblem.h>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

// One row of the editor's node table. `original` is the node's index in the file the
// editor opened, or -1 for a node added in the form.
struct InventoryFormNode
{
    int original = -1;
    QString name;
    QString host;
    QString address;
};

// What the editor form holds: scalar fields by their dotted path, and the node list.
struct InventoryFormValues
{
    QHash<QString, QString> scalars;
    QVector<InventoryFormNode> nodes;
};

// Writes the form's values into the inventory text the form was opened from.
//
// Why two phases: InventoryDocument keeps comments and key order, but it refuses any
// edit that leaves the file invalid — and the form must show the operator's invalid
// values AT their fields, so the text has to carry them. So the structural edits
// (removing a node, adding a node or a missing key) go through InventoryDocument first,
// with values that are valid stand-ins; then every value is put in place over its
// byte range (YamlTextEdit), unchecked, and the caller validates the result.
class InventoryFormText
{
public:
    // `base` must be a valid inventory. Edits that cannot be written land in `problems`
    // with the field they belong to.
    static QByteArray apply(const QByteArray &base, const QString &path, const InventoryFormValues &values,
                            nb::InventoryProblems *problems);
};
