#include "YamlTextEdit.h"

#include <core/Translate.h>

#include <QRegularExpression>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::YamlTextEdit", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

qsizetype quotedEnd(const QByteArray &text, qsizetype start)
{
    const char quote = text.at(start);
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
            continue;
        }
        if (c == quote) {
            if (quote == '\'' && i + 1 < text.size() && text.at(i + 1) == '\'') {
                ++i; // '' is an escaped quote inside single quotes
                continue;
            }
            return i;
        }
    }
    return -1;
}

} // namespace

YamlTextEdit::Span YamlTextEdit::scalarSpan(const QByteArray &text, const YAML::Node &node, bool inFlow,
                                            QString *error)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.pos < 0 || mark.pos >= text.size()) {
        setError(error, tr("the value's place in the file is not known"));
        return {};
    }
    const qsizetype start = mark.pos;
    const char first = text.at(start);
    if (first == '\'' || first == '"') {
        const qsizetype end = quotedEnd(text, start);
        if (end < 0) {
            setError(error, tr("unterminated quoted value"));
            return {};
        }
        return {start, end - start + 1};
    }
    if (first == '|' || first == '>') {
        setError(error, tr("a block scalar (| or >) cannot be edited in place"));
        return {};
    }
    qsizetype end = start;
    while (end < text.size()) {
        const char c = text.at(end);
        if (c == '\n' || c == '\r')
            break;
        if (c == '#' && end > start && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
            break;
        if (inFlow && (c == ',' || c == '}' || c == ']'))
            break;
        ++end;
    }
    while (end > start && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        --end;
    const QByteArray written = text.mid(start, end - start);
    if (QString::fromUtf8(written) != QString::fromStdString(node.Scalar())) {
        setError(error, tr("a value written over several lines cannot be edited in place"));
        return {};
    }
    return {start, end - start};
}

QByteArray YamlTextEdit::formatScalar(const QString &value)
{
    static const QRegularExpression plainSafe(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9_./~@+-][A-Za-z0-9_./~@+:-]*")));
    static const QRegularExpression special(QRegularExpression::anchoredPattern(
        QStringLiteral("(?i)(true|false|yes|no|on|off|null|~|y|n)")));
    if (plainSafe.match(value).hasMatch() && !special.match(value).hasMatch()
        && !value.endsWith(QLatin1Char(':')))
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + quoted.toUtf8() + "'";
}

bool YamlTextEdit::replaceScalar(QByteArray &text, const YAML::Node &node, bool inFlow,
                                 const QString &value, QString *error)
{
    const Span span = scalarSpan(text, node, inFlow, error);
    if (!span.isValid())
        return false;
    text.replace(span.start, span.length, formatScalar(value));
    return true;
}

qsizetype YamlTextEdit::flowEnd(const QByteArray &text, qsizetype start)
{
    int depth = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\'' || c == '"') {
            i = quotedEnd(text, i);
            if (i < 0)
                return -1;
        } else if (c == '#' && i > 0 && (text.at(i - 1) == ' ' || text.at(i - 1) == '\n')) {
            i = nextLine(text, i) - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

qsizetype YamlTextEdit::lineStart(const QByteArray &text, qsizetype offset)
{
    if (offset <= 0)
        return 0;
    const qsizetype newline = text.lastIndexOf('\n', offset - 1);
    return newline < 0 ? 0 : newline + 1;
}

qsizetype YamlTextEdit::nextLine(const QByteArray &text, qsizetype offset)
{
    const qsizetype newline = text.indexOf('\n', offset);
    return newline < 0 ? text.size() : newline + 1;
}

} // namespace nb
