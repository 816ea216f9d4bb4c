#pragma once

#include "InventoryProblem.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace nb {

// Walks one YAML mapping of the inventory, reading known keys and reporting each
// problem with the place it was written. Keys nobody asked for are reported as unknown
// when the reader goes away, because a misspelt key silently ignored is how a setting
// "does nothing" at 2 a.m.
class YamlMappingReader
{
public:
    YamlMappingReader(const YAML::Node &node, QString path, const QString &file,
                      InventoryProblems &problems);
    YamlMappingReader(YamlMappingReader &parent, const QString &key);
    ~YamlMappingReader();

    YamlMappingReader(const YamlMappingReader &) = delete;
    YamlMappingReader &operator=(const YamlMappingReader &) = delete;

    bool exists() const;
    bool has(const QString &key);
    YAML::Node child(const QString &key);

    QString string(const QString &key, bool required = false);
    // A scalar or a list of scalars.
    QStringList stringList(const QString &key);
    int port(const QString &key);
    QString oneOf(const QString &key, const QStringList &allowed, const QString &fallback);
    // Reads the value and checks it with one of ShellCommand's value rules.
    QString path(const QString &key, bool required = false);
    QString name(const QString &key, bool required = false);

    void reportMissing(const QString &key, const QString &why = QString());
    void reportAt(const QString &key, const QString &message);
    void report(const YAML::Node &where, const QString &field, const QString &message);

    QString childPath(const QString &key) const;
    const QString &file() const { return m_file; }
    InventoryProblems &problems() { return m_problems; }
    const YAML::Node &node() const { return m_node; }

private:
    QString checked(const QString &key, bool required, int kind);

    YAML::Node m_node;
    QString m_path;
    const QString &m_file;
    InventoryProblems &m_problems;
    QSet<QString> m_known;
    bool m_valid = true;
};

} // namespace nb
