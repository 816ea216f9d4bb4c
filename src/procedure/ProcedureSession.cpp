#include "ProcedureSession.h"

#include "AdapterClusterControl.h"

#include "journal/JournalStore.h"
#include "ssh/SshPool.h"

#include <core/Translate.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ProcedureSession", text);
}

} // namespace

ProcedureSession::ProcedureSession(const Inventory &inventory, SshPool &pool, ProcedureObserver &observer,
                                   RunSettings settings, const QString &runId)
    : m_inventory(inventory), m_pool(pool), m_observer(observer), m_settings(std::move(settings)), m_runId(runId),
      m_lock(pool, inventory)
{
}

ProcedureSession::~ProcedureSession()
{
    release();
}

ProcedureSession::Opened ProcedureSession::open(const PasswordSource &password, QString *error, QString *hint)
{
    const auto locked = m_lock.acquire(m_runId);
    if (!locked.error.isEmpty()) {
        *error = locked.error;
        *hint = tr("Check that %1 (%2), which keeps the cluster lock, is reachable over SSH.")
                    .arg(m_lock.host().label, m_lock.host().host);
        return Opened::NotLocked;
    }
    if (!locked.ok) {
        m_heldBy = locked.holder;
        *error = tr("%1: the cluster %2 is locked by %3.")
                     .arg(m_lock.host().label, m_inventory.cluster, locked.holder.describe());
        *hint = tr("Wait for that run to finish; if it is stale, run 'nbconsole-cli unlock'.");
        return Opened::NotLocked;
    }
    m_locked = true;

    const JournalStore store;
    m_journal = RunJournal::open(store.pathFor(m_inventory.cluster, m_runId), error);
    if (m_journal) {
        m_runner = std::make_unique<JournalingCommandRunner>(m_pool, *m_journal, m_observer);
        if (const auto secret = password(error))
            m_control = AdapterClusterControl::create(m_inventory, *m_runner, m_pool, *secret, error);
    }
    if (!m_control) {
        release();
        hint->clear();
        return Opened::Failed;
    }
    m_context = std::make_unique<RunContext>(m_inventory, *m_control, *m_journal, m_observer, m_runId, m_settings);
    return Opened::Ready;
}

QString ProcedureSession::release()
{
    if (!m_locked)
        return {};
    m_locked = false;
    const auto released = m_lock.release(m_runId);
    return released.ok ? QString() : released.error;
}

} // namespace nb
