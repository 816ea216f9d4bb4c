#include "NodeStatus.h"

namespace nb {

QString NodeStatus::healthText() const
{
    switch (health) {
    case Health::Unknown:
        return tr("Unknown");
    case Health::Healthy:
        return tr("Healthy");
    case Health::Busy:
        // NocoBase runs install and migrations as the command "start" or "upgrade".
        return code == QLatin1String("APP_COMMANDING") ? tr("Working (%1)").arg(message.isEmpty()
                                                                              ? code : message.left(40))
                                                       : tr("Starting");
    case Health::Failed:
        return code.isEmpty() ? tr("Failed") : tr("Failed (%1)").arg(code);
    case Health::Down:
        return tr("Down");
    case Health::Unreachable:
        return tr("Unreachable");
    }
    return QString();
}

namespace {

QString secondsAgo(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms / 1000);
    if (seconds < 120)
        return NodeStatus::tr("%1 s ago").arg(seconds);
    if (seconds < 7200)
        return NodeStatus::tr("%1 min ago").arg(seconds / 60);
    return NodeStatus::tr("%1 h ago").arg(seconds / 3600);
}

} // namespace

QString NodeStatus::runText() const
{
    if (runtimeRun != Run::Unknown) {
        const QString state = runtimeRun == Run::Running ? tr("running") : tr("stopped");
        return runtimeDetail.isEmpty() ? state : tr("%1 — %2").arg(state, runtimeDetail);
    }
    switch (run) {
    case Run::Running:
        return tr("running");
    case Run::Stopped:
        return tr("stopped");
    case Run::Unknown:
        break;
    }
    return tr("run state unknown");
}

QString NodeStatus::ageText(qint64 nowMs) const
{
    if (lastAnswerMs <= 0)
        return tr("never answered");
    return tr("last seen %1").arg(secondsAgo(nowMs - lastAnswerMs));
}

QString NodeStatus::hostText(qint64 nowMs) const
{
    if (!hostWatched)
        return tr("not read (no SSH access configured)");
    QString text = metricsMs <= 0 ? tr("never read") : tr("read %1").arg(secondsAgo(nowMs - metricsMs));
    if (metricsStale)
        text = tr("STALE: %1").arg(text);
    if (!metricsError.isEmpty())
        text += QStringLiteral(" — ") + metricsError;
    return text;
}

QString NodeStatus::summary(qint64 nowMs) const
{
    QString text = healthText();
    if (stale)
        text = tr("STALE: %1, %2").arg(ageText(nowMs), text);
    if (!message.isEmpty() && health != Health::Busy)
        text += QStringLiteral(" — ") + message;
    // A healthy answer over HTTP says nothing about the host's figures: their age shows.
    if (metricsStale)
        text += QStringLiteral(" · ") + tr("host metrics STALE");
    return text;
}

} // namespace nb
