#include "NodeReadiness.h"

#include "RunContext.h"

#include <core/Translate.h>

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::NodeReadiness", text);
}

QString failedMessage(const AppNode &node, const NodeSnapshot &probe)
{
    const bool migration = probe.message.contains(QLatin1String("igration"));
    const QString code = probe.code.isEmpty() ? QStringLiteral("APP_ERROR") : probe.code;
    return migration ? tr("%1: migration failed (%2): %3").arg(node.name, code, probe.message)
                     : tr("%1: NocoBase failed (%2): %3").arg(node.name, code, probe.message);
}

// The node's log lines, to the journal and the front end as the node's output.
void showLog(RunContext &context, const AppNode &node, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    OutputLines batch;
    batch.reserve(lines.size());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &line : lines)
        batch.append({node.name, OutputLine::Stream::Stdout, now, line});
    context.journal().appendOutput(batch);
    context.observer().output(batch);
}

} // namespace

QStringList NodeReadiness::unseenLines(const QStringList &previous, const QStringList &current)
{
    for (qsizetype overlap = qMin(previous.size(), current.size()); overlap > 0; --overlap) {
        if (std::equal(previous.cend() - overlap, previous.cend(), current.cbegin()))
            return current.mid(overlap);
    }
    return current;
}

void NodeReadiness::showNewLog(RunContext &context, const AppNode &node, qint64 sinceMs)
{
    RunContext::ShownLog shown = context.shownLog(node.name);
    const qint64 readAt = QDateTime::currentMSecsSinceEpoch();
    const QStringList lines = context.cluster().recentLog(node, qMax(shown.readAtMs, sinceMs));
    showLog(context, node, unseenLines(shown.tail, lines));
    if (!lines.isEmpty())
        shown.tail = lines;
    shown.readAtMs = readAt;
    context.setShownLog(node.name, shown);
}

StepResult NodeReadiness::judge(const AppNode &node, const NodeSnapshot &probe, const QString &version,
                                const QStringList &errorLines)
{
    if (probe.health == NodeSnapshot::Health::Failed)
        return StepResult::failure(failedMessage(node, probe),
                                   tr("Read the node's log; the node stays in this state until it is restarted."));
    if (probe.health != NodeSnapshot::Health::Ready) {
        // Health may say ok while getInfo fails: that reason is in the message or error.
        QStringList reason;
        for (const QString &part : {probe.code, probe.message, probe.error}) {
            if (!part.trimmed().isEmpty())
                reason.append(part.trimmed());
        }
        return StepResult::failure(tr("%1: not ready yet (%2)")
                                       .arg(node.name, reason.isEmpty() ? tr("no answer yet")
                                                                        : reason.join(QStringLiteral(": "))));
    }
    if (probe.dbVersion != version)
        return StepResult::failure(tr("%1: answers health checks but reports version %2 instead of %3")
                                       .arg(node.name, probe.dbVersion.isEmpty() ? tr("(none)") : probe.dbVersion,
                                            version));
    if (!errorLines.isEmpty())
        return StepResult::failure(tr("%1: error in the log since the start: %2").arg(node.name, errorLines.first()),
                                   tr("Check the node's log before sending traffic to it."));
    return StepResult::success(tr("%1: healthy, version %2").arg(node.name, version));
}

StepResult NodeReadiness::waitUntilHealthy(RunContext &context, const AppNode &node, const QString &version,
                                           qint64 sinceMs)
{
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer sinceLog;
    sinceLog.start();
    QElapsedTimer down; // how long nothing has listened
    bool wasDown = false;
    QString lastProgress;
    NodeSnapshot probe;
    const auto timeout = context.settings().healthTimeout.count();
    while (timer.elapsed() < timeout) {
        probe = context.cluster().probeHealth(node);
        if (probe.health == NodeSnapshot::Health::Down) {
            if (!wasDown)
                down.start();
            wasDown = true;
            // Nothing listens for several seconds of every start; only a process that
            // is gone (crashed, or stopped by someone) ends the wait early.
            if (down.elapsed() > 5000) {
                if (context.cluster().probeNode(node).run == NodeSnapshot::Run::Stopped)
                    return StepResult::failure(tr("%1: the node stopped while starting").arg(node.name),
                                               tr("Read the node's log for why it exited."));
                down.restart();
            }
        } else {
            wasDown = false;
        }
        if (probe.health == NodeSnapshot::Health::Failed || probe.health == NodeSnapshot::Health::Ready) {
            // The log's last lines, before the verdict that may quote them.
            showNewLog(context, node, sinceMs);
            const QStringList errors = probe.health == NodeSnapshot::Health::Ready
                ? context.cluster().errorLogLines(node, sinceMs) : QStringList();
            return judge(node, probe, version, errors);
        }
        const QString progress = probe.code + QLatin1Char(' ') + probe.message;
        if (progress != lastProgress && !probe.code.isEmpty()) {
            context.note(tr("%1: %2 %3").arg(node.name, probe.code, probe.message));
            lastProgress = progress;
        }
        if (sinceLog.elapsed() >= 2000) {
            showNewLog(context, node, sinceMs);
            sinceLog.restart();
        }
        if (!context.pause(context.settings().pollInterval))
            return StepResult::failure(tr("%1: cancelled while waiting for the node").arg(node.name));
    }
    return StepResult::failure(tr("%1: not healthy after %2 s (last answer: %3 %4)")
                                   .arg(node.name).arg(timeout / 1000)
                                   .arg(probe.code.isEmpty() ? probe.error : probe.code, probe.message),
                               tr("Look at the node's log; retry to wait longer."));
}

StepResult NodeReadiness::releaseMatches(RunContext &context, const AppNode &node, const QString &version)
{
    const NodeSnapshot probe = context.cluster().probeNode(node);
    if (!probe.error.isEmpty() && probe.release.isEmpty())
        return StepResult::failure(tr("%1: cannot read the installed release: %2").arg(node.name, probe.error));
    if (probe.release != version)
        return StepResult::failure(tr("%1: the host has release %2, not %3; the node was not started")
                                       .arg(node.name, probe.release, version),
                                   tr("Set the release on the host to %1 first.").arg(version));
    return StepResult::success();
}

} // namespace nb
