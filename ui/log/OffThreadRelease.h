#pragma once

#include <QThreadPool>

#include <memory>
#include <type_traits>

// Log lines are allocated by the hosts' worker threads, and glibc frees a block under
// the lock of the arena it came from. When the log drops lines on the UI thread during
// a flood, a worker preempted while holding that lock held up the UI for 30-60 ms. So
// what the log lets go of is freed on a helper thread of its own (not Qt's global pool:
// the raster paint engine waits on that one while it paints).
QThreadPool &releasePool();

template<typename T> void releaseOffUiThread(T &&garbage)
{
    auto held = std::make_shared<std::decay_t<T>>(std::forward<T>(garbage));
    releasePool().start([held]() mutable { held.reset(); });
}
