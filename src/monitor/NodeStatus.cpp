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

QString NodeStatus::runText() const
{
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
    const qint64 seconds = qMax<qint64>(0, (nowMs - lastAnswerMs) / 1000);
    if (seconds < 120)
        return tr("last seen %1 s ago").arg(seconds);
    if (seconds < 7200)
        return tr("last seen %1 min ago").arg(seconds / 60);
    return tr("last seen %1 h ago").arg(seconds / 3600);
}

QString NodeStatus::summary(qint64 nowMs) const
{
    QString text = healthText();
    if (stale)
        text = tr("STALE: %1, %2").arg(ageText(nowMs), text);
    if (!message.isEmpty() && health != Health::Busy)
        text += QStringLiteral(" — ") + message;
    return text;
}

} // namespace nb
