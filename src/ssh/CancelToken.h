#pragma once

#include <atomic>
#include <memory>

namespace nb {

// A flag shared between whoever may cancel a run (the operator, the pool shutting down)
// and the worker threads that poll it. Copies share one flag, so a fan-out that hands
// the same token to every host is cancelled as a whole by one cancel().
class CancelToken
{
public:
    CancelToken() : m_cancelled(std::make_shared<std::atomic<bool>>(false)) {}

    void cancel() const { m_cancelled->store(true); }
    bool isCancelled() const { return m_cancelled->load(); }
    bool sharesFlagWith(const CancelToken &other) const { return m_cancelled == other.m_cancelled; }

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace nb
