#include "EventClock.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>

#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

EventClock::EventClock(int &argc, char **argv) : QApplication(argc, argv) {}

bool EventClock::notify(QObject *receiver, QEvent *event)
{
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    if (m_depth > 0) {
        // Nested deliveries are part of the outer one's cost.
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    const QEvent::Type type = event->type();
    const char *receiverClass = receiver->metaObject()->className();
    // Timers are told apart by their interval and owner (the receiver may be gone after).
    QString timerName;
    if (const auto *timer = qobject_cast<const QTimer *>(receiver)) {
        timerName = QStringLiteral(" %1ms").arg(timer->interval());
        if (timer->parent())
            timerName += QStringLiteral(" in ") + QLatin1String(timer->parent()->metaObject()->className());
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 cpuAtStart = threadCpuNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ns = clock.nsecsElapsed();
    const qint64 cpuNs = threadCpuNs() - cpuAtStart;
    const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    Cost &cost = m_costs[QStringLiteral("%1 %2%3").arg(QLatin1String(typeName ? typeName : "?"),
                                                        QLatin1String(receiverClass), timerName)];
    ++cost.count;
    cost.totalNs += ns;
    cost.maxNs = std::max(cost.maxNs, ns);
    cost.cpuNs += cpuNs;
    cost.maxCpuNs = std::max(cost.maxCpuNs, cpuNs);
    return handled;
}
