#include "InventoryFormText.h"

#include <inventory/InventoryDocument.h>
#include <inventory/YamlFieldPath.h>
#include <inventory/YamlTextEdit.h>

#include <QCoreApplication>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InventoryFormText", text);
}

QString nodeField(int index, const char *key)
{
    return QStringLiteral("app.nodes[%1].%2").arg(index).arg(QLatin1String(key));
}

nb::InventoryProblem problemAt(const QString &path, const QString &field, const QString &message)
{
    return {path, 0, 0, field, message};
}

} // namespace

QByteArray InventoryFormText::apply(const QByteArray &base, const QString &path, const InventoryFormValues &values,
                                    nb::InventoryProblems *problems)
{
    nb::InventoryDocument document;
    if (!document.loadText(base, path).isEmpty())
        return base;
    const nb::Inventory original = document.inventory();
    QString error;

    // Phase 1, structural, through the document (valid stand-ins only).
    QSet<int> kept;
    for (const InventoryFormNode &row : values.nodes)
        kept.insert(row.original);
    for (int index = 0; index < original.app.nodes.size(); ++index) {
        if (!kept.contains(index) && !document.removeNode(original.app.nodes.at(index).name, &error))
            problems->append(problemAt(path, QStringLiteral("app.nodes"), error));
    }
    QSet<QString> taken;
    for (const nb::AppNode &node : document.inventory().app.nodes)
        taken.insert(node.name);
    int standIn = 0;
    for (const InventoryFormNode &row : values.nodes) {
        if (row.original >= 0)
            continue;
        QString name;
        do
            name = QStringLiteral("new-node-%1").arg(++standIn);
        while (taken.contains(name));
        taken.insert(name);
        if (!document.appendNode(name, QStringLiteral("localhost"), &error))
            problems->append(problemAt(path, QStringLiteral("app.nodes"), error));
    }
    // Rows keep the file's order and new rows come last, so row i is node i now.
    for (int row = 0; row < values.nodes.size() && row < document.inventory().app.nodes.size(); ++row) {
        if (!values.nodes.at(row).address.isEmpty() && document.inventory().app.nodes.at(row).address.isEmpty()
            && !document.setValue(nodeField(row, "address"), QStringLiteral("localhost"), &error))
            problems->append(problemAt(path, nodeField(row, "address"), error));
    }

    // Phase 2: every value over its byte range, unchecked.
    QHash<QString, QString> wanted = values.scalars;
    for (int row = 0; row < values.nodes.size(); ++row) {
        const InventoryFormNode &node = values.nodes.at(row);
        wanted.insert(nodeField(row, "name"), node.name);
        wanted.insert(nodeField(row, "host"), node.host);
        wanted.insert(nodeField(row, "address"), node.address);
    }
    QByteArray text = document.text();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        try {
            const YAML::Node root = YAML::Load(text.toStdString());
            // A field the file has as a single value is replaced in place.
            nb::YamlField place;
            const bool isValue = nb::locateField(root, it.key(), place) && place.exists
                && (place.node.IsScalar() || place.node.IsNull());
            if (!isValue) {
                // A key the file does not have yet: added only when given, and then it
                // must be valid on its own (the document checks it).
                if (it.value().isEmpty())
                    continue;
                nb::InventoryDocument adding;
                if (!adding.loadText(text, path).isEmpty()) {
                    problems->append(problemAt(path, it.key(),
                                               tr("fix the other problems first, then set this field")));
                    continue;
                }
                if (adding.setValue(it.key(), it.value(), &error))
                    text = adding.text();
                else
                    problems->append(problemAt(path, it.key(), error));
                continue;
            }
            if (QString::fromStdString(place.node.IsNull() ? std::string() : place.node.Scalar()) == it.value())
                continue;
            if (!nb::YamlTextEdit::replaceScalar(text, place.node, place.inFlow(), it.value(), &error))
                problems->append(problemAt(path, it.key(), error));
        } catch (const YAML::Exception &exception) {
            problems->append(problemAt(path, it.key(), QString::fromStdString(exception.msg)));
        }
    }
    return text;
}
