#pragma once

#include <QVector>

namespace nb {

// A bounded series of timed values: appending past the capacity forgets the oldest
// sample, so a console left open for days keeps a fixed amount of memory per node. The
// memory grows with the samples up to the capacity: hundreds of nodes with series that
// are never fed (a host without SSH access) cost nothing.
class TimeSeries
{
public:
    struct Sample
    {
        qint64 timeMs = 0; // epoch ms
        double value = 0;
    };

    explicit TimeSeries(int capacity = 4096);

    void append(qint64 timeMs, double value);
    int size() const { return int(m_samples.size()); }
    int capacity() const { return m_capacity; }
    bool isEmpty() const { return m_samples.isEmpty(); }
    Sample at(int i) const; // 0 is the oldest kept sample
    Sample last() const { return at(size() - 1); }
    // Samples taken at or after fromMs, oldest first.
    QVector<Sample> since(qint64 fromMs) const;

private:
    QVector<Sample> m_samples; // a ring once full: m_first is the oldest
    int m_capacity;
    int m_first = 0;
};

} // namespace nb
