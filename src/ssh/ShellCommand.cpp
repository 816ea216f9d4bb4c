#include "ShellCommand.h"

#include <core/Translate.h>

#include <QRegularExpression>

namespace nb {

namespace {

// The host runs the whole command as one argument of `sh -c`, and Linux caps a single
// argument at 128 KiB; stopping below that gives a clear error here instead of a
// confusing "argument list too long" on the host.
constexpr qsizetype MaxValueLength = 64 * 1024;
constexpr qsizetype MaxCommandLength = 120 * 1024;
constexpr qsizetype MaxVersionLength = 128;

QString tr(const char *text)
{
    return nb::translate("nb::ShellCommand", text);
}

} // namespace

ShellCommand ShellCommand::fromOperatorText(const QString &text)
{
    ShellCommand command;
    if (text.contains(QChar(0)))
        command.fail(tr("the command contains a NUL character"));
    else if (text.trimmed().isEmpty())
        command.fail(tr("the command is empty"));
    else
        command.m_text = text.trimmed();
    return command;
}

ShellCommand ShellCommand::fromTemplate(const QString &operatorTemplate,
                                        const QHash<QString, QString> &values,
                                        const QHash<QString, ShellValueKind> &kinds)
{
    ShellCommand command = fromOperatorText(operatorTemplate);
    if (!command.isValid())
        return command;

    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(command.m_text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1);
        result += command.m_text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (!values.contains(name)) {
            command.fail(tr("unknown placeholder {%1}").arg(name));
            return command;
        }
        const QString &value = values.value(name);
        const QString why = validate(value, kinds.value(name, ShellValueKind::Any));
        if (!why.isEmpty()) {
            command.fail(tr("{%1}: %2").arg(name, why));
            return command;
        }
        result += *quote(value);
    }
    result += command.m_text.mid(last);
    command.m_text = result;
    return command;
}

ShellCommand &ShellCommand::arg(const QString &value, ShellValueKind kind)
{
    const QString why = validate(value, kind);
    if (!why.isEmpty()) {
        fail(why);
        return *this;
    }
    if (kind == ShellValueKind::AbsolutePath && value.startsWith(QLatin1Char('~'))) {
        // "~/x" must reach the shell unquoted to expand; the rest is quoted.
        const qsizetype slash = value.indexOf(QLatin1Char('/'));
        const QString rest = slash < 0 ? QString() : value.mid(slash + 1);
        appendText(rest.isEmpty() ? QStringLiteral("~") : QStringLiteral("~/") + *quote(rest));
        return *this;
    }
    appendText(*quote(value));
    return *this;
}

ShellCommand &ShellCommand::args(const QStringList &values, ShellValueKind kind)
{
    for (const QString &value : values)
        arg(value, kind);
    return *this;
}

ShellCommand &ShellCommand::andThen(const ShellCommand &next)
{
    join("&&", next);
    return *this;
}

ShellCommand &ShellCommand::pipeTo(const ShellCommand &next)
{
    join("|", next);
    return *this;
}

std::optional<QString> ShellCommand::quote(const QString &value)
{
    if (value.contains(QChar(0)))
        return std::nullopt;
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\''))
            quoted += QStringLiteral("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString ShellCommand::validate(const QString &value, ShellValueKind kind)
{
    if (value.contains(QChar(0)))
        return tr("the value contains a NUL character");
    if (value.size() > MaxValueLength)
        return tr("the value is longer than %1 characters").arg(MaxValueLength);

    switch (kind) {
    case ShellValueKind::Any:
        return {};
    case ShellValueKind::Version: {
        // Docker's tag grammar: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}.
        static const QRegularExpression tag(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]*")));
        if (value.isEmpty())
            return tr("the version is empty");
        if (value.size() > MaxVersionLength || !tag.match(value).hasMatch())
            return tr("'%1' is not a valid version (letters, digits, '.', '-' and '_' only)")
                .arg(value.left(MaxVersionLength));
        return {};
    }
    case ShellValueKind::AbsolutePath: {
        if (value.isEmpty())
            return tr("the path is empty");
        if (!value.startsWith(QLatin1Char('/')) && value != QLatin1String("~")
            && !value.startsWith(QLatin1String("~/")))
            return tr("'%1' is not an absolute path").arg(value);
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            return tr("the path contains a line break");
        const QStringList parts = value.split(QLatin1Char('/'));
        if (parts.contains(QStringLiteral("..")))
            return tr("'%1' contains '..'").arg(value);
        return {};
    }
    case ShellValueKind::Name: {
        static const QRegularExpression name(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.@:-]*")));
        if (value.isEmpty())
            return tr("the name is empty");
        if (value.size() > 253 || !name.match(value).hasMatch())
            return tr("'%1' is not a valid name (letters, digits, '.', '-', '_', '@', ':')")
                .arg(value.left(253));
        return {};
    }
    }
    return {};
}

void ShellCommand::appendText(const QString &text)
{
    if (!m_text.isEmpty())
        m_text += QLatin1Char(' ');
    m_text += text;
    if (m_text.toUtf8().size() > MaxCommandLength)
        fail(tr("the command is longer than %1 bytes").arg(MaxCommandLength));
}

void ShellCommand::join(const char *op, const ShellCommand &next)
{
    if (!next.isValid())
        fail(next.m_error);
    appendText(QString::fromLatin1(op));
    appendText(next.m_text);
}

void ShellCommand::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
}

} // namespace nb
