#pragma once

#include "CommandRunner.h"

namespace nb {

// Collects whole lines and says when they should leave as one batch: when output has
// been quiet for QuietMs, or MaxDelayMs after the first pending line during a flood
// (the two timers terminals use), so a receiver gets few, timely deliveries. A batch
// also leaves at MaxLines: a flood then reuses one buffer that stays in the cache
// instead of growing a new one by reallocation every few milliseconds.
class LineBatcher
{
public:
    static constexpr qint64 QuietMs = 10;
    static constexpr qint64 MaxDelayMs = 40;
    static constexpr qsizetype MaxLines = 2048;

    void add(OutputLine line, qint64 nowMs);
    bool isEmpty() const { return m_pending.isEmpty(); }
    bool isFull() const { return m_pending.size() >= MaxLines; }
    bool isDue(qint64 nowMs) const;
    // How long until the pending batch is due; -1 when nothing is pending.
    qint64 msUntilDue(qint64 nowMs) const;
    const OutputLines &pending() const { return m_pending; }
    // Empties the batch once it has been delivered, keeping its storage unless the
    // receiver holds on to a copy.
    void clear() { m_pending.clear(); }

private:
    OutputLines m_pending;
    qint64 m_firstAt = 0;
    qint64 m_lastAt = 0;
};

} // namespace nb
