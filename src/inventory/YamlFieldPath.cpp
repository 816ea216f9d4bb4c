#include "YamlFieldPath.h"

#include <core/Translate.h>

#include <QRegularExpression>
#include <QStringList>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::YamlFieldPath", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// yaml-cpp nodes are references: `a = b` writes b's value INTO a's place in the
// document, so nodes are rebound with reset() here, never assigned.
bool found(YamlField &out, const YAML::Node &parent, const YAML::Node &value, const QString &key)
{
    out.parent.reset(parent);
    out.exists = value.IsDefined(); // false for a missing key, without throwing
    if (out.exists)
        out.node.reset(value);
    out.key = key;
    return true;
}

} // namespace

bool locateField(const YAML::Node &root, const QString &field, YamlField &out, QString *error)
{
    static const QRegularExpression step(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)\\])?$"));
    const QStringList steps = field.split(QLatin1Char('.'));
    YAML::Node current = root;
    for (int i = 0; i < steps.size(); ++i) {
        const auto match = step.match(steps.at(i));
        if (!match.hasMatch())
            return fail(error, tr("'%1' is not a field path like app.nodes[1].host").arg(field));
        if (!current.IsMap())
            return fail(error, tr("%1: the enclosing value is not a mapping").arg(field));
        const QString key = match.captured(1);
        const YAML::Node &constCurrent = current;
        YAML::Node child = constCurrent[key.toStdString()];
        const bool last = i == steps.size() - 1;
        if (match.captured(2).isEmpty()) {
            if (last)
                return found(out, current, child, key);
            if (!child)
                return fail(error, tr("%1: there is no '%2' section to add it to").arg(field, key));
            current.reset(child);
            continue;
        }
        const std::size_t index = match.captured(2).toULongLong();
        if (!child || !child.IsSequence() || index >= child.size())
            return fail(error, tr("%1: there is no item %2 in '%3'").arg(field).arg(index).arg(key));
        const YAML::Node &constChild = child;
        if (last)
            return found(out, child, constChild[index], QString());
        current.reset(constChild[index]);
    }
    return fail(error, tr("empty field path"));
}

} // namespace nb
