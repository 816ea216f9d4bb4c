#include "YamlMappingReader.h"

#include <core/Translate.h>
#include <ssh/ShellCommand.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::YamlMappingReader", text);
}

} // namespace

YamlMappingReader::YamlMappingReader(const YAML::Node &node, QString path, const QString &file,
                                     InventoryProblems &problems)
    : m_node(node), m_path(std::move(path)), m_file(file), m_problems(problems)
{
    if (m_node && !m_node.IsNull() && !m_node.IsMap()) {
        report(m_node, m_path, tr("expected a mapping of keys to values"));
        m_valid = false;
    }
}

YamlMappingReader::YamlMappingReader(YamlMappingReader &parent, const QString &key)
    : YamlMappingReader(parent.child(key), parent.childPath(key), parent.file(), parent.problems())
{
}

YamlMappingReader::~YamlMappingReader()
{
    if (!exists())
        return;
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        const QString key = QString::fromStdString(it->first.Scalar());
        if (!m_known.contains(key))
            report(it->first, childPath(key), tr("unknown key"));
    }
}

bool YamlMappingReader::exists() const
{
    return m_valid && m_node && m_node.IsMap();
}

bool YamlMappingReader::has(const QString &key)
{
    const YAML::Node value = child(key);
    return value && !value.IsNull();
}

YAML::Node YamlMappingReader::child(const QString &key)
{
    m_known.insert(key);
    if (!exists())
        return YAML::Node();
    // A const lookup: the non-const operator[] would add the key to the document.
    const YAML::Node &constNode = m_node;
    return constNode[key.toStdString()];
}

QString YamlMappingReader::string(const QString &key, bool required)
{
    const YAML::Node value = child(key);
    if (!value || value.IsNull()) {
        if (required)
            reportMissing(key);
        return {};
    }
    if (!value.IsScalar()) {
        report(value, childPath(key), tr("expected a text value"));
        return {};
    }
    const QString text = QString::fromStdString(value.Scalar());
    if (required && text.trimmed().isEmpty())
        report(value, childPath(key), tr("must not be empty"));
    return text;
}

QStringList YamlMappingReader::stringList(const QString &key)
{
    const YAML::Node value = child(key);
    if (!value || value.IsNull())
        return {};
    if (value.IsScalar())
        return {QString::fromStdString(value.Scalar())};
    QStringList result;
    if (value.IsSequence()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (!value[i].IsScalar()) {
                report(value[i], QStringLiteral("%1[%2]").arg(childPath(key)).arg(i),
                       tr("expected a text value"));
                continue;
            }
            result.append(QString::fromStdString(value[i].Scalar()));
        }
        return result;
    }
    report(value, childPath(key), tr("expected a text value or a list of them"));
    return {};
}

int YamlMappingReader::port(const QString &key)
{
    const YAML::Node value = child(key);
    if (!value || value.IsNull())
        return 0;
    bool ok = false;
    const int number = value.IsScalar() ? QString::fromStdString(value.Scalar()).toInt(&ok) : 0;
    if (!ok || number < 1 || number > 65535) {
        report(value, childPath(key), tr("expected a port number between 1 and 65535"));
        return 0;
    }
    return number;
}

QString YamlMappingReader::oneOf(const QString &key, const QStringList &allowed,
                                 const QString &fallback)
{
    const QString value = string(key);
    if (value.isEmpty())
        return fallback;
    if (!allowed.contains(value)) {
        report(child(key), childPath(key),
               tr("'%1' is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
    }
    return value;
}

QString YamlMappingReader::path(const QString &key, bool required)
{
    return checked(key, required, static_cast<int>(ShellValueKind::AbsolutePath));
}

QString YamlMappingReader::name(const QString &key, bool required)
{
    return checked(key, required, static_cast<int>(ShellValueKind::Name));
}

QString YamlMappingReader::checked(const QString &key, bool required, int kind)
{
    const QString value = string(key, required);
    if (value.isEmpty())
        return value;
    const QString why = ShellCommand::validate(value, static_cast<ShellValueKind>(kind));
    if (!why.isEmpty())
        report(child(key), childPath(key), why);
    return value;
}

void YamlMappingReader::reportMissing(const QString &key, const QString &why)
{
    report(m_node, childPath(key), why.isEmpty() ? tr("is required") : tr("is required %1").arg(why));
}

void YamlMappingReader::reportAt(const QString &key, const QString &message)
{
    const YAML::Node where = child(key);
    report(where ? where : m_node, childPath(key), message);
}

void YamlMappingReader::report(const YAML::Node &where, const QString &field, const QString &message)
{
    InventoryProblem problem{m_file, 0, 0, field, message};
    if (where) {
        const YAML::Mark mark = where.Mark();
        if (!mark.is_null()) {
            problem.line = mark.line + 1;
            problem.column = mark.column + 1;
        }
    }
    m_problems.append(problem);
}

QString YamlMappingReader::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

} // namespace nb
