#include "VersionPolicy.h"

#include "ssh/ShellCommand.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace nb {

namespace {

// major.minor.patch with an optional prerelease and image variant (-full, -no-nginx).
const QRegularExpression &releasePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?$"));
    return pattern;
}

struct Parsed
{
    bool ok = false;
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString pre; // prerelease label, image variants stripped
};

Parsed parse(const QString &version)
{
    const auto match = releasePattern().match(version);
    if (!match.hasMatch())
        return {};
    // Image variants (2.2.15-full, -no-nginx) are the same release.
    static const QRegularExpression variant(QStringLiteral("(^|-)(full-no-nginx|full|no-nginx)$"));
    QString pre = match.captured(4);
    pre.remove(variant);
    return {true, match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(), pre};
}

} // namespace

bool VersionPolicy::isFloatingTag(const QString &version)
{
    // Channels (latest, main, beta, next, latest-full) and major.minor tags (2.2) move
    // with every release; only a full release number (with an optional prerelease such
    // as 2.3.0-beta.3) names one build.
    const Parsed parsed = parse(version);
    if (!parsed.ok)
        return true;
    return parsed.pre.toLower().split(QRegularExpression(QStringLiteral("[-_.]"))).contains(QStringLiteral("latest"));
}

QString VersionPolicy::refusal(const QString &version)
{
    const QString invalid = ShellCommand::validate(version, ShellValueKind::Version);
    if (!invalid.isEmpty())
        return invalid;
    if (isFloatingTag(version))
        return QCoreApplication::translate("nb::VersionPolicy",
                                           "'%1' is a floating tag, not a release; a cluster upgrade needs an exact "
                                           "version such as 2.2.15")
            .arg(version);
    return {};
}

int VersionPolicy::compare(const QString &a, const QString &b)
{
    const Parsed x = parse(a);
    const Parsed y = parse(b);
    if (!x.ok || !y.ok)
        return QString::compare(a, b);
    for (const auto &[p, q] : {std::pair{x.major, y.major}, std::pair{x.minor, y.minor}, std::pair{x.patch, y.patch}}) {
        if (p != q)
            return p < q ? -1 : 1;
    }
    if (x.pre == y.pre)
        return 0;
    if (x.pre.isEmpty())
        return 1; // a release sorts after its prereleases
    if (y.pre.isEmpty())
        return -1;
    return QString::compare(x.pre, y.pre);
}

int VersionPolicy::minorJump(const QString &from, const QString &to)
{
    const Parsed x = parse(from);
    const Parsed y = parse(to);
    if (!x.ok || !y.ok)
        return 0;
    if (x.major != y.major)
        return qAbs(y.major - x.major) * 10 + qAbs(y.minor - x.minor);
    return qAbs(y.minor - x.minor);
}

} // namespace nb
