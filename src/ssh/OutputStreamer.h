#pragma once

#include "CommandRunner.h"
#include "LineBatcher.h"
#include "LineSplitter.h"
#include "SecretMasker.h"

#include <functional>

namespace nb {

// The path from a channel's raw bytes to the LineSink: split per stream, decode,
// mask secrets, stamp host/stream/time, batch. It knows nothing of libssh, so the
// logic is tested with a fake clock.
class OutputStreamer
{
public:
    using Clock = std::function<qint64()>; // milliseconds

    OutputStreamer(const QString &hostLabel, const QStringList &secrets, LineSink sink,
                   bool keepOutput, Clock monotonicMs = {}, Clock wallMs = {});

    void append(OutputLine::Stream stream, const char *data, qsizetype size);
    // Sends the pending batch when it is due; call it whenever the poll loop wakes.
    void flushDue();
    // How long the poll loop may sleep before flushDue() has work; -1: nothing pending.
    qint64 msUntilDue() const;
    // End of output: unfinished lines become lines and everything pending is sent.
    void finish();

    OutputLines takeKeptLines();
    // The last non-blank stderr line, masked, kept even when the output is not.
    const QString &lastErrorLine() const { return m_lastError; }
    const SecretMasker &masker() const { return m_masker; }

private:
    void addLine(OutputLine::Stream stream, QByteArrayView bytes, qint64 now, qint64 wall);
    void send();

    QString m_hostLabel;
    SecretMasker m_masker;
    LineSink m_sink;
    bool m_keepOutput;
    Clock m_monotonicMs;
    Clock m_wallMs;
    LineSplitter m_stdout;
    LineSplitter m_stderr;
    LineBatcher m_batcher;
    OutputLines m_kept;
    QString m_lastError;
};

} // namespace nb
