#pragma once

#include <QString>

namespace nb {

// What the console accepts as an upgrade target and how far apart two versions are.
class VersionPolicy
{
public:
    // A tag that names a channel rather than a release (latest, main, beta, alpha, next,
    // 2.2-latest, latest-full, 2.2, ...): every node could pull something different, and
    // the rollback would not know what it goes back to.
    static bool isFloatingTag(const QString &version);
    // Why the version cannot be an upgrade target, or an empty string.
    static QString refusal(const QString &version);
    // <0, 0, >0 like strcmp, by release numbers (2.2.9 < 2.2.10; 2.3.0-beta.1 < 2.3.0).
    static int compare(const QString &a, const QString &b);
    // How many minor versions the step from `from` to `to` crosses (2.0.x -> 2.3.y = 3;
    // a major step counts as many). 0 when either is not a release number.
    static int minorJump(const QString &from, const QString &to);
};

} // namespace nb
