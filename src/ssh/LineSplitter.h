#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace nb {

// Cuts one stream's bytes into lines. SSH delivers chunks that do not align with
// lines (a line may arrive in pieces, many lines in one chunk), so the unfinished
// tail waits for the next chunk.
class LineSplitter
{
public:
    // A line longer than this (binary output, a progress bar without newlines) is cut
    // here so one stream cannot hold unbounded memory.
    static constexpr qsizetype MaxLineBytes = 256 * 1024;

    // The complete lines in data, without "\n" (and without a "\r" before it).
    QByteArrayList feed(const char *data, qsizetype size);
    // The unfinished last line, if any, once the stream has ended.
    QByteArrayList finish();

private:
    static QByteArray withoutCarriageReturn(QByteArray line);

    QByteArray m_partial;
};

} // namespace nb
