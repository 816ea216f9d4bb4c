#pragma once

#include "HostMetrics.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace nb {

// What the monitor last learnt about one app node. Statuses are values: the monitor
// publishes a fresh copy whenever anything in it changes (the age of a stale node too).
struct NodeStatus
{
    Q_DECLARE_TR_FUNCTIONS(NodeStatus)

public:
    enum class Health {
        Unknown,     // not answered yet
        Healthy,     // 200 "ok"
        Busy,        // 503 while starting or inside a command (install, migration)
        Failed,      // 503 APP_ERROR and friends, or an answer that is not NocoBase's
        Down,        // connection refused: nothing listens on the port
        Unreachable, // timed out or no route: the host did not answer at all
    };
    enum class Run { Unknown, Running, Stopped };

    QString node;
    QString host;
    Health health = Health::Unknown;
    Run run = Run::Unknown;
    bool maintenance = false; // a command runs inside NocoBase (upgrade, plugin changes)
    QString code;             // error.code of the last 503
    QString message;          // progress or reason from the node, or the network error
    QString version;          // app:getInfo data.version, kept while the node is not ready
    qint64 lastAnswerMs = 0;  // epoch ms of the last definite answer (HTTP reply or refusal)
    qint64 checkedMs = 0;     // epoch ms of the last probe that finished, answered or not
    qint64 latencyMs = -1;    // of the last HTTP answer
    bool stale = false;       // no definite answer for longer than the monitor's limit

    // The host's own figures and the runtime's view, when the monitor reads them over SSH.
    bool hostWatched = false;
    HostMetrics metrics;          // the last figures read; kept while the host is silent
    qint64 metricsMs = 0;         // epoch ms of that read
    QString metricsError;         // why the latest read failed; empty after a good one
    bool metricsStale = false;    // no read for longer than the monitor's limit
    Run runtimeRun = Run::Unknown; // what docker compose, systemd, pm2 ... say
    QString runtimeDetail;        // "Up 5 minutes", "inactive", or why it is not known

    // Short words for the health, e.g. "Healthy", "Migrating", "Down".
    QString healthText() const;
    // The runtime's answer when there is one ("running — Up 5 minutes"), else what the
    // health check implies.
    QString runText() const;
    // "read 2 s ago", "STALE: last read 1 min ago — app-1: connection refused", ...
    QString hostText(qint64 nowMs) const;
    // "last seen 42 s ago" (or "never answered") at the given time.
    QString ageText(qint64 nowMs) const;
    // One line for a person: health, the node's message and, when stale, the age.
    QString summary(qint64 nowMs) const;
};

} // namespace nb

Q_DECLARE_METATYPE(nb::NodeStatus)
