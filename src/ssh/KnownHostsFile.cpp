#include "KnownHostsFile.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace nb {

QVector<KnownHostsFile::Entry> KnownHostsFile::entriesFor(const QString &path,
                                                          const QString &host, int port)
{
    QVector<Entry> entries;
    QFile file(expandHome(path));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QString name = hostName(host, port);
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (fields.first().startsWith(QLatin1Char('@')))
            continue;
        if (fields.size() < 3)
            continue;
        if (patternListMatches(fields.at(0), name))
            entries.append({lineNumber, fields.at(1)});
    }
    return entries;
}

QString KnownHostsFile::hostName(const QString &host, int port)
{
    if (port <= 0 || port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString KnownHostsFile::expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

bool KnownHostsFile::patternListMatches(const QString &patterns, const QString &name)
{
    if (patterns.startsWith(QLatin1String("|1|")))
        return hashedPatternMatches(patterns, name);
    // OpenSSH: a negated pattern that matches rules the line out whatever else matches.
    bool matched = false;
    for (QString pattern : patterns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (negated)
            pattern.remove(0, 1);
        // OpenSSH's patterns know only '*' and '?': "[host]:port" is literal text, not
        // a character class as in Qt's wildcard syntax.
        QString regex = QRegularExpression::escape(pattern);
        regex.replace(QLatin1String("\\*"), QLatin1String(".*")).replace(QLatin1String("\\?"), QLatin1String("."));
        const QRegularExpression glob(QRegularExpression::anchoredPattern(regex),
                                      QRegularExpression::CaseInsensitiveOption);
        if (glob.match(name).hasMatch()) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

bool KnownHostsFile::hashedPatternMatches(const QString &pattern, const QString &name)
{
    const QStringList parts = pattern.split(QLatin1Char('|'));
    if (parts.size() != 4)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == expected;
}

} // namespace nb
