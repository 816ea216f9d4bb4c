#pragma once

#include "AdapterResult.h"

#include <inventory/Inventory.h>

#include <QDateTime>

namespace nb {

enum class RunState { Running, Stopped, Unknown };

struct RuntimeStatus
{
    RunState state = RunState::Unknown;
    QString detail; // what the host said: "Up 5 minutes", "inactive", an error sentence
};

// A change of the release a node runs, shown before it is made.
struct VersionChange
{
    bool ok = false;
    QString error;
    QString before;     // the release configured now
    QString after;      // the release asked for
    QString diff;       // unified diff of the file that changes, when there is one
    QString backupPath; // where the previous file was kept on the host
};

// Starts, stops and inspects the NocoBase process of one node, whatever runs it.
// Calls block (they run commands over SSH): call them from worker threads.
class RuntimeAdapter
{
public:
    enum class Action { Status, Start, Stop, Pull, Release, SetVersion, Logs };

    virtual ~RuntimeAdapter() = default;

    virtual RuntimeStatus status(const AppNode &node) = 0;
    virtual AdapterResult start(const AppNode &node) = 0;
    virtual AdapterResult stop(const AppNode &node) = 0;
    // Fetches what the node needs to run `version` without touching what runs now.
    virtual AdapterResult pull(const AppNode &node, const QString &version) = 0;
    // The release installed/configured on the node's host (value), e.g. "1.9.0".
    virtual AdapterResult release(const AppNode &node) = 0;
    // What setVersion would change, without changing it.
    virtual VersionChange previewVersion(const AppNode &node, const QString &version) = 0;
    virtual VersionChange setVersion(const AppNode &node, const QString &version) = 0;
    // The node's last `lines` lines (since `since` when valid), in `lines` of the result.
    virtual AdapterResult logs(const AppNode &node, int lines, const QDateTime &since = {}) = 0;

    // The commands the action would send, for --dry-run and the wizard.
    virtual PlannedCommands plannedCommands(Action action, const AppNode &node,
                                            const QString &version = QString()) const = 0;
};

} // namespace nb
