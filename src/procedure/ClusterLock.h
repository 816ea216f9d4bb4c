#pragma once

#include "inventory/Inventory.h"
#include "ssh/CommandRunner.h"

#include <QString>

namespace nb {

struct LockHolder
{
    QString owner; // user@machine
    QString runId;
    QString since; // ISO 8601, UTC

    bool isEmpty() const { return owner.isEmpty() && runId.isEmpty(); }
    QString describe() const;
};

// The cluster-wide lock: a file on the load-balancer host (see hostFor), created atomically with the
// shell's noclobber (open with O_EXCL), so two consoles on two machines cannot both
// get it. It names its holder; a run that finds its own run id in it (a resumed run)
// takes it over.
class ClusterLock
{
public:
    struct Result
    {
        bool ok = false;
        LockHolder holder; // who holds it (when refused, or when read)
        QString error;     // the host could not be asked
    };

    ClusterLock(CommandRunner &runner, const SshEndpoint &host, const QString &path);
    // The inventory's lock: on its host, at its path.
    ClusterLock(CommandRunner &runner, const Inventory &inventory);

    // Where the lock lives: the load balancer's host, or, when the load balancer has none
    // (a cloud LB switched by hand), the first app node's host — the same for every
    // console that opens this inventory.
    static SshEndpoint hostFor(const Inventory &inventory);

    static QString defaultPath(const QString &cluster);
    // load_balancer.lock_path, or the default for the cluster.
    static QString pathFor(const Inventory &inventory);
    static QString operatorIdentity(); // user@machine of this console

    Result acquire(const QString &runId);
    Result read();
    Result release(const QString &runId); // only if the lock is this run's
    Result breakLock();

    const SshEndpoint &host() const { return m_endpoint; }

private:
    Result runCommand(const ShellCommand &command);
    static LockHolder parse(const QStringList &lines);

    CommandRunner &m_runner;
    SshEndpoint m_endpoint;
    QString m_path;
};

} // namespace nb
