#include "InventoryDocument.h"

#include "YamlFieldPath.h"
#include "YamlTextEdit.h"

#include <core/Translate.h>

#include <QFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::InventoryDocument", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

enum class Extent {
    Mapping,  // a block mapping: its further keys sit at the same column
    Sequence, // a block sequence: its further items start with '-' at the same column
    Item,     // one item of a block sequence: ends at the next line at its column
};

// Byte offset just after the last line that belongs to the block written from `first`
// on, at column `indent`. Comment and blank lines after it are left outside.
qsizetype blockEnd(const QByteArray &text, qsizetype first, int indent, Extent extent)
{
    qsizetype end = YamlTextEdit::nextLine(text, first);
    qsizetype pos = end;
    while (pos < text.size()) {
        const qsizetype next = YamlTextEdit::nextLine(text, pos);
        const QByteArray line = text.mid(pos, next - pos);
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#')) {
            int column = 0;
            while (column < line.size() && line.at(column) == ' ')
                ++column;
            const bool sameLevel = column == indent && extent != Extent::Item
                && (extent == Extent::Mapping || trimmed.startsWith('-'));
            if (column < indent || (column == indent && !sameLevel))
                break;
            end = next;
        }
        pos = next;
    }
    return end;
}

QByteArray withNewline(const QByteArray &text, qsizetype at)
{
    return at > 0 && text.at(at - 1) != '\n' ? QByteArray("\n") : QByteArray();
}

} // namespace

InventoryProblems InventoryDocument::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{path, 0, 0, QString(), tr("cannot read the file: %1").arg(file.errorString())}};
    return loadText(file.readAll(), path);
}

InventoryProblems InventoryDocument::loadText(const QByteArray &text, const QString &path)
{
    const auto result = InventoryLoader::parse(text, path);
    if (!result.inventory)
        return result.problems;
    m_path = path;
    m_text = text;
    m_inventory = *result.inventory;
    return {};
}

bool InventoryDocument::setValue(const QString &field, const QString &value, QString *error)
{
    QByteArray edited = m_text;
    try {
        const YAML::Node root = YAML::Load(edited.toStdString());
        YamlField where;
        if (!locateField(root, field, where, error))
            return false;
        const bool inFlow = where.inFlow();
        if (where.exists) {
            if (!where.node.IsScalar())
                return fail(error, tr("%1 is a section, not a single value").arg(field));
            if (!YamlTextEdit::replaceScalar(edited, where.node, inFlow, value, error))
                return false;
            return apply(edited, error);
        }
        if (where.key.isEmpty() || !where.parent.IsMap() || where.parent.size() == 0)
            return fail(error, tr("%1 cannot be added here").arg(field));
        const QByteArray entry = where.key.toUtf8() + ": " + YamlTextEdit::formatScalar(value);
        const YAML::Mark mark = where.parent.Mark();
        if (inFlow) {
            const qsizetype close = YamlTextEdit::flowEnd(edited, mark.pos);
            if (close < 0)
                return fail(error, tr("%1: the enclosing mapping does not end").arg(field));
            qsizetype at = close;
            while (at > 0 && (edited.at(at - 1) == ' ' || edited.at(at - 1) == '\n'))
                --at;
            edited.insert(at, ", " + entry);
        } else {
            const qsizetype at = blockEnd(edited, mark.pos, mark.column, Extent::Mapping);
            edited.insert(at, withNewline(edited, at) + QByteArray(mark.column, ' ') + entry + '\n');
        }
        return apply(edited, error);
    } catch (const YAML::Exception &exception) {
        return fail(error, tr("%1: %2").arg(field, QString::fromStdString(exception.msg)));
    }
}

bool InventoryDocument::appendNode(const QString &name, const QString &host, QString *error)
{
    QByteArray edited = m_text;
    try {
        const YAML::Node root = YAML::Load(edited.toStdString());
        const YAML::Node nodes = root["app"]["nodes"];
        if (!nodes || !nodes.IsSequence() || nodes.size() == 0)
            return fail(error, tr("app.nodes is not a list of nodes"));
        const QByteArray item = "{name: " + YamlTextEdit::formatScalar(name) + ", host: "
            + YamlTextEdit::formatScalar(host) + "}";
        if (nodes.Style() == YAML::EmitterStyle::Flow) {
            const qsizetype close = YamlTextEdit::flowEnd(edited, nodes.Mark().pos);
            if (close < 0)
                return fail(error, tr("app.nodes does not end"));
            edited.insert(close, ", " + item);
        } else {
            // A block item's mark is its content; its dash sits two columns before.
            const YAML::Mark first = nodes[0].Mark();
            const int dash = first.column - 2;
            const qsizetype at = blockEnd(edited, nodes[nodes.size() - 1].Mark().pos, dash, Extent::Sequence);
            edited.insert(at, withNewline(edited, at) + QByteArray(dash, ' ') + "- " + item + '\n');
        }
        return apply(edited, error);
    } catch (const YAML::Exception &exception) {
        return fail(error, QString::fromStdString(exception.msg));
    }
}

bool InventoryDocument::removeNode(const QString &name, QString *error)
{
    QByteArray edited = m_text;
    try {
        const YAML::Node root = YAML::Load(edited.toStdString());
        const YAML::Node nodes = root["app"]["nodes"];
        if (!nodes || !nodes.IsSequence())
            return fail(error, tr("app.nodes is not a list of nodes"));
        if (nodes.Style() == YAML::EmitterStyle::Flow)
            return fail(error, tr("app.nodes is written as [ ... ]: remove the node by hand"));
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (QString::fromStdString(nodes[i]["name"].as<std::string>(std::string())) != name)
                continue;
            if (nodes.size() == 1)
                return fail(error, tr("'%1' is the only node; a cluster needs at least one").arg(name));
            const YAML::Mark mark = nodes[i].Mark();
            const int dash = mark.column - 2;
            const qsizetype from = YamlTextEdit::lineStart(edited, mark.pos);
            const qsizetype to = blockEnd(edited, mark.pos, dash, Extent::Item);
            edited.remove(from, to - from);
            return apply(edited, error);
        }
        return fail(error, tr("there is no node named '%1'").arg(name));
    } catch (const YAML::Exception &exception) {
        return fail(error, QString::fromStdString(exception.msg));
    }
}

bool InventoryDocument::apply(const QByteArray &edited, QString *error)
{
    // The edit must leave a valid inventory; otherwise the document stays as it was.
    const auto result = InventoryLoader::parse(edited, m_path);
    if (!result.inventory)
        return fail(error, result.problems.first().toString());
    m_text = edited;
    m_inventory = *result.inventory;
    return true;
}

InventoryProblems InventoryDocument::save()
{
    return saveAs(m_path);
}

InventoryProblems InventoryDocument::saveAs(const QString &path)
{
    const auto result = InventoryLoader::parse(m_text, path);
    if (!result.inventory)
        return result.problems;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_text) != m_text.size() || !file.commit())
        return {{path, 0, 0, QString(), tr("cannot write the file: %1").arg(file.errorString())}};
    m_path = path;
    m_inventory = *result.inventory;
    m_inventory.filePath = path;
    return {};
}

} // namespace nb
