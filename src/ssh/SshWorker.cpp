#include "SshWorker.h"

#include "SshConnection.h"

#include <core/WorkerPriority.h>

#include <QElapsedTimer>

namespace nb {

SshWorker::SshWorker(const SshEndpoint &endpoint, const SshPolicy &policy)
    : m_endpoint(endpoint), m_policy(policy), m_thread([this] { loop(); })
{
}

SshWorker::~SshWorker()
{
    requestStop();
    m_thread.join();
}

void SshWorker::requestStop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
}

void SshWorker::post(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_all();
}

void SshWorker::loop()
{
    WorkerPriority::applyToCurrentThread();
    SshConnection connection(m_endpoint, m_policy);
    QElapsedTimer idle;
    idle.start();
    const auto tick = std::max(std::chrono::milliseconds(100), m_policy.keepaliveInterval / 2);
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, tick, [this] { return m_stopping || !m_tasks.empty(); });
            if (!m_tasks.empty()) {
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            } else if (m_stopping) {
                return;
            }
        }
        if (task) {
            task(connection);
            idle.restart();
        } else if (connection.isOpen()) {
            // Nobody else reads this session while it idles: answer the host's own
            // keepalives, send ours, and let go of it after a long rest.
            if (!connection.pollIdle() || idle.elapsed() >= m_policy.idleDisconnect.count())
                connection.close();
        }
    }
}

} // namespace nb
