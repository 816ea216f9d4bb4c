#pragma once

#include <QString>

#include <yaml-cpp/yaml.h>

namespace nb {

// Where a dotted field path ("app.image", "app.nodes[1].host", as problems name fields)
// leads in a parsed inventory. The last step may be missing: a key that can be added.
struct YamlField
{
    YAML::Node parent; // the mapping or sequence holding the last step
    YAML::Node node;   // the value, when it exists
    bool exists = false;
    QString key;       // the last step's key (empty for a list index)

    bool inFlow() const { return parent.Style() == YAML::EmitterStyle::Flow; }
};

// False, with the reason, when a step before the last is missing or the path is malformed.
bool locateField(const YAML::Node &root, const QString &field, YamlField &out, QString *error = nullptr);

} // namespace nb
