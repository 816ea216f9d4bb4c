#pragma once

#include "CommandRunner.h"
#include "SshPolicy.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace nb {

class SshConnection;

// The thread that owns one host's libssh session: libssh sessions belong to one
// thread, so every command, transfer and tunnel for the host runs here, one after the
// other, on the same reused connection. Between tasks it keeps the session alive.
class SshWorker
{
public:
    using Task = std::function<void(SshConnection &connection)>;

    SshWorker(const SshEndpoint &endpoint, const SshPolicy &policy);
    ~SshWorker(); // finishes the queued tasks, closes the session, joins the thread
    SshWorker(const SshWorker &) = delete;
    SshWorker &operator=(const SshWorker &) = delete;

    void post(Task task);
    // Lets the thread finish its queue and close the session without waiting for it, so
    // a pool can say goodbye to all its hosts at once before joining each.
    void requestStop();

private:
    void loop();

    SshEndpoint m_endpoint;
    SshPolicy m_policy;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace nb
