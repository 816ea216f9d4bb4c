#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstring>

namespace nb {

// Cuts one stream's bytes into lines. SSH delivers chunks that do not align with
// lines (a line may arrive in pieces, many lines in one chunk), so the unfinished
// tail waits for the next chunk. Lines are handed to a callback as views: a line
// that lies whole in the chunk is never copied, which matters at a million lines.
class LineSplitter
{
public:
    // A line longer than this (binary output, a progress bar without newlines) is cut
    // here so one stream cannot hold unbounded memory.
    static constexpr qsizetype MaxLineBytes = 256 * 1024;

    // Calls onLine(QByteArrayView) for each complete line in data, without "\n" (and
    // without a "\r" before it). A view is valid only during its call.
    template <typename OnLine>
    void feed(const char *data, qsizetype size, OnLine &&onLine);
    // Hands over the unfinished last line, if any, once the stream has ended.
    template <typename OnLine>
    void finish(OnLine &&onLine);

private:
    static QByteArrayView withoutCarriageReturn(QByteArrayView line)
    {
        return line.endsWith('\r') ? line.chopped(1) : line;
    }

    QByteArray m_partial;
};

template <typename OnLine>
void LineSplitter::feed(const char *data, qsizetype size, OnLine &&onLine)
{
    qsizetype start = 0;
    while (start < size) {
        const void *found = std::memchr(data + start, '\n', size_t(size - start));
        if (!found) {
            m_partial.append(data + start, size - start);
            break;
        }
        const qsizetype end = static_cast<const char *>(found) - data;
        if (m_partial.isEmpty()) {
            onLine(withoutCarriageReturn(QByteArrayView(data + start, end - start)));
        } else {
            m_partial.append(data + start, end - start);
            onLine(withoutCarriageReturn(m_partial));
            m_partial.clear();
        }
        start = end + 1;
    }
    while (m_partial.size() >= MaxLineBytes) {
        onLine(QByteArrayView(m_partial).first(MaxLineBytes));
        m_partial.remove(0, MaxLineBytes);
    }
}

template <typename OnLine>
void LineSplitter::finish(OnLine &&onLine)
{
    if (m_partial.isEmpty())
        return;
    onLine(withoutCarriageReturn(m_partial));
    m_partial.clear();
}

} // namespace nb
