#include "LineSplitter.h"

namespace nb {

QByteArrayList LineSplitter::feed(const char *data, qsizetype size)
{
    QByteArrayList lines;
    qsizetype start = 0;
    while (start < size) {
        const void *found = memchr(data + start, '\n', size_t(size - start));
        if (!found) {
            m_partial.append(data + start, size - start);
            break;
        }
        const qsizetype end = static_cast<const char *>(found) - data;
        m_partial.append(data + start, end - start);
        lines.append(withoutCarriageReturn(std::move(m_partial)));
        m_partial.clear();
        start = end + 1;
    }
    while (m_partial.size() >= MaxLineBytes) {
        lines.append(m_partial.left(MaxLineBytes));
        m_partial.remove(0, MaxLineBytes);
    }
    return lines;
}

QByteArrayList LineSplitter::finish()
{
    QByteArrayList lines;
    if (!m_partial.isEmpty())
        lines.append(withoutCarriageReturn(std::move(m_partial)));
    m_partial.clear();
    return lines;
}

QByteArray LineSplitter::withoutCarriageReturn(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace nb
