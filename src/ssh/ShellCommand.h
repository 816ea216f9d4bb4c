#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

namespace nb {

// What a value put into a remote command is allowed to look like. Quoting makes any
// value harmless to the shell; these rules make sure it is also what the step meant
// (a version that is a version, a path that is absolute, ...).
enum class ShellValueKind {
    Any,          // quoted as it is; only NUL is refused
    Version,      // an image tag or release: 1.9.0, 2.2.15-full, v1.2
    AbsolutePath, // /opt/nocobase, ~/backups (a leading ~ is expanded by the remote shell)
    Name,         // a service, unit, process or node name
};

// The one place where values become shell text. Every command the console sends to a
// host is built here: the program and the connecting operators come from string
// literals or from the operator's own inventory, every value is validated and
// single-quoted. A value that cannot be represented (NUL) or breaks its rule makes
// the whole command invalid; an invalid command must never be sent.
class ShellCommand
{
public:
    ShellCommand() = default;

    // A program or fixed fragment written in our source code.
    template<std::size_t N>
    explicit ShellCommand(const char (&literal)[N]) : m_text(QString::fromUtf8(literal, N - 1)) {}

    // Text the operator wrote in the inventory (e.g. `sudo -n /usr/sbin/nginx`). It is
    // theirs to run on their host, so it is taken as shell text, but never combined
    // with values except through arg() or a template's placeholders.
    static ShellCommand fromOperatorText(const QString &text);

    // Operator's template with {placeholders}; each placeholder is replaced by the
    // validated, quoted value. Unknown or missing placeholders make the result invalid.
    static ShellCommand fromTemplate(const QString &operatorTemplate,
                                     const QHash<QString, QString> &values,
                                     const QHash<QString, ShellValueKind> &kinds = {});

    ShellCommand &arg(const QString &value, ShellValueKind kind = ShellValueKind::Any);
    ShellCommand &args(const QStringList &values, ShellValueKind kind = ShellValueKind::Any);

    // A fixed fragment from our source: an option, a redirection, `&&`.
    template<std::size_t N>
    ShellCommand &raw(const char (&literal)[N])
    {
        appendText(QString::fromUtf8(literal, N - 1));
        return *this;
    }

    // `a && b`, `a | b`: both sides keep their own validation.
    ShellCommand &andThen(const ShellCommand &next);
    ShellCommand &pipeTo(const ShellCommand &next);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString text() const { return m_text; }

    // Single-quoted shell word, or nothing for a value no shell can carry (NUL).
    static std::optional<QString> quote(const QString &value);
    // Why the value breaks its kind's rule, or an empty string when it is fine.
    static QString validate(const QString &value, ShellValueKind kind);

private:
    void appendText(const QString &text);
    void join(const char *op, const ShellCommand &next);
    void fail(const QString &why);

    QString m_text;
    QString m_error;
};

} // namespace nb
