#pragma once

#include <QJsonObject>
#include <QString>

#include <chrono>

namespace nb {

// The knobs of one run. Defaults follow NocoBase's own tooling: its CLI waits up to
// 600 s for a node, polling every 2 s (NOCOBASE-NOTES.md §1.3); we poll faster because
// the first healthy answer ends the maintenance window sooner.
struct RunSettings
{
    QString target;    // the version the cluster should end at
    QString firstNode; // name; empty = the first node of the inventory
    QString operatorName; // user@machine
    QString backupCopyDir; // absolute folder on this machine that also receives the backup; empty = none
    QJsonObject options;  // the run's options as given, for the journal
    std::chrono::milliseconds healthTimeout{std::chrono::seconds(600)};
    std::chrono::milliseconds pollInterval{std::chrono::milliseconds(250)};
    std::chrono::milliseconds stopTimeout{std::chrono::seconds(60)};
    // nginx answers from both configurations for ~80 ms after a reload (NOCOBASE-NOTES.md
    // §8): a switch counts only after this many consecutive answers, this far apart.
    int lbConsecutiveProbes = 5;
    std::chrono::milliseconds lbProbeInterval{std::chrono::milliseconds(40)};
    std::chrono::milliseconds lbSwitchTimeout{std::chrono::seconds(20)};
    // Warn when an upgrade crosses more minor versions than this (migrations have failed
    // on skipped versions, NOCOBASE-NOTES.md §5.3).
    int minorJumpWarning = 1;
};

} // namespace nb
