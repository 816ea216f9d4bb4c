#include "LineBatcher.h"

#include <algorithm>

namespace nb {

void LineBatcher::add(OutputLine line, qint64 nowMs)
{
    if (m_pending.isEmpty())
        m_firstAt = nowMs;
    m_lastAt = nowMs;
    m_pending.append(std::move(line));
}

bool LineBatcher::isDue(qint64 nowMs) const
{
    return msUntilDue(nowMs) == 0;
}

qint64 LineBatcher::msUntilDue(qint64 nowMs) const
{
    if (m_pending.isEmpty())
        return -1;
    if (isFull())
        return 0;
    const qint64 due = std::min(m_lastAt + QuietMs, m_firstAt + MaxDelayMs);
    return std::max<qint64>(0, due - nowMs);
}

} // namespace nb
