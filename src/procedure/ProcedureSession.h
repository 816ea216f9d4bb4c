#pragma once

#include "ClusterControl.h"
#include "ClusterLock.h"
#include "JournalingCommandRunner.h"
#include "RunContext.h"

#include "journal/RunJournal.h"

#include <functional>
#include <memory>
#include <optional>

namespace nb {

class SshPool;

// What one run needs around the engine, whichever front end starts it: the cluster
// lock (taken first, so a refused run leaves no journal), the journal, the journaling
// runner and the adapters, and the run's context. The front end owns the pool, the
// observer and the worker thread; the lock is released when the session ends.
class ProcedureSession
{
public:
    // The database password as the front end gets it (terminal, keychain dialog);
    // nothing (and *error) when it cannot be had, an empty inner value for "no password".
    using PasswordSource = std::function<std::optional<std::optional<QString>>(QString *error)>;

    ProcedureSession(const Inventory &inventory, SshPool &pool, ProcedureObserver &observer, RunSettings settings,
                     const QString &runId);
    ~ProcedureSession();
    ProcedureSession(const ProcedureSession &) = delete;
    ProcedureSession &operator=(const ProcedureSession &) = delete;

    enum class Opened { Ready, NotLocked, Failed };

    // Takes the lock, opens the journal and builds the adapters. Unless Ready nothing
    // is held; *error says what and where, *hint what to do next. NotLocked: someone
    // else holds the lock or the load balancer host cannot be reached.
    Opened open(const PasswordSource &password, QString *error, QString *hint);

    const QString &runId() const { return m_runId; }
    RunContext &context() { return *m_context; }
    ClusterControl &control() { return *m_control; }
    ClusterLock &lock() { return m_lock; }
    // Who holds the lock when open() was refused because of them; empty otherwise.
    const LockHolder &lockHolder() const { return m_heldBy; }
    // Releases the lock now; an error for a person, or an empty string.
    QString release();

private:
    const Inventory &m_inventory;
    SshPool &m_pool;
    ProcedureObserver &m_observer;
    RunSettings m_settings;
    QString m_runId;
    ClusterLock m_lock;
    bool m_locked = false;
    LockHolder m_heldBy;
    std::unique_ptr<RunJournal> m_journal;
    std::unique_ptr<JournalingCommandRunner> m_runner;
    std::unique_ptr<ClusterControl> m_control;
    std::unique_ptr<RunContext> m_context;
};

} // namespace nb
