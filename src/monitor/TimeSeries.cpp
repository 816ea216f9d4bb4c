#include "TimeSeries.h"

#include <algorithm>

namespace nb {

TimeSeries::TimeSeries(int capacity) : m_capacity(std::max(1, capacity)) {}

void TimeSeries::append(qint64 timeMs, double value)
{
    if (m_samples.size() < m_capacity) {
        m_samples.append({timeMs, value});
    } else {
        m_samples[m_first] = {timeMs, value};
        m_first = (m_first + 1) % m_capacity;
    }
}

TimeSeries::Sample TimeSeries::at(int i) const
{
    return m_samples.at((m_first + i) % m_samples.size());
}

QVector<TimeSeries::Sample> TimeSeries::since(qint64 fromMs) const
{
    // Samples arrive in time order, so the first one inside the window is found by bisection.
    int low = 0;
    const int count = size();
    int high = count;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (at(middle).timeMs < fromMs)
            low = middle + 1;
        else
            high = middle;
    }
    QVector<Sample> result;
    result.reserve(count - low);
    for (int i = low; i < count; ++i)
        result.append(at(i));
    return result;
}

} // namespace nb
