#include "WorkerPriority.h"

#include <atomic>
#include <cerrno>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace nb::WorkerPriority {

namespace {
std::atomic<bool> belowUi{false};
} // namespace

void setBelowUi(bool below)
{
    belowUi = below;
}

void applyToCurrentThread()
{
    if (!belowUi)
        return;
#ifdef __linux__
    // On Linux a nice value belongs to a thread; the process's main thread carries the
    // process id. Raising one's own nice value needs no privilege.
    errno = 0;
    const int uiNice = getpriority(PRIO_PROCESS, id_t(getpid()));
    if (errno == 0)
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), uiNice + NiceLevelsBelowUi);
#endif
}

} // namespace nb::WorkerPriority
