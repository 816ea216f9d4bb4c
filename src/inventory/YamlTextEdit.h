#pragma once

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace nb {

// Edits a YAML text in place, at the marks yaml-cpp reports, so that everything the
// edit does not touch — comments, key order, blank lines, quoting — stays byte for
// byte as the operator wrote it. (yaml-cpp's emitter would drop every comment.)
// Offsets are in bytes of the UTF-8 text, as yaml-cpp's marks are.
class YamlTextEdit
{
public:
    struct Span
    {
        qsizetype start = -1;
        qsizetype length = 0;
        bool isValid() const { return start >= 0; }
    };

    // Where the scalar `node` is written. inFlow: the scalar sits inside { } or [ ],
    // where ',', '}' and ']' end a plain scalar. Block scalars (| >) and plain scalars
    // over several lines are not supported: an invalid span with `error` set.
    static Span scalarSpan(const QByteArray &text, const YAML::Node &node, bool inFlow,
                           QString *error = nullptr);
    // The value as YAML text: plain when that reads back unchanged in block and flow
    // context alike, else single-quoted.
    static QByteArray formatScalar(const QString &value);
    // Replaces the scalar `node` with `value`.
    static bool replaceScalar(QByteArray &text, const YAML::Node &node, bool inFlow,
                              const QString &value, QString *error = nullptr);
    // Where a flow collection starting at `start` ('{' or '[') ends (index of the
    // closing bracket), skipping quoted text; -1 if it does not end.
    static qsizetype flowEnd(const QByteArray &text, qsizetype start);
    // Offset of the first byte of the line holding `offset`, and of the next line.
    static qsizetype lineStart(const QByteArray &text, qsizetype offset);
    static qsizetype nextLine(const QByteArray &text, qsizetype offset);
};

} // namespace nb
