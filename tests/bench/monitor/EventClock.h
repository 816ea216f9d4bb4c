#pragma once

#include <QApplication>
#include <QHash>

// The benchmark's application object: times every event the GUI thread delivers, by
// event type and receiver class, so a stall can be told apart from many small pieces of
// work (e.g. one slot per node's result that each costs a little too much).
class EventClock : public QApplication
{
public:
    struct Cost
    {
        qint64 count = 0;
        qint64 totalNs = 0;
        qint64 maxNs = 0;
        qint64 cpuNs = 0;    // the GUI thread's CPU time in it; the rest it waited
        qint64 maxCpuNs = 0;
    };

    EventClock(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;
    void reset() { m_costs.clear(); }
    // "MetaCall nb::ClusterMonitor" -> its cost; only outermost deliveries count.
    const QHash<QString, Cost> &costs() const { return m_costs; }

private:
    QHash<QString, Cost> m_costs;
    int m_depth = 0;
};
