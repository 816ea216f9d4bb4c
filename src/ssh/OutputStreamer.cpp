#include "OutputStreamer.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace nb {

namespace {

qint64 steadyMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer.elapsed();
}

} // namespace

OutputStreamer::OutputStreamer(const QString &hostLabel, const QStringList &secrets,
                               LineSink sink, bool keepOutput, Clock monotonicMs, Clock wallMs)
    : m_hostLabel(hostLabel)
    , m_masker(secrets)
    , m_sink(std::move(sink))
    , m_keepOutput(keepOutput)
    , m_monotonicMs(monotonicMs ? std::move(monotonicMs) : Clock(steadyMs))
    , m_wallMs(wallMs ? std::move(wallMs) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

void OutputStreamer::append(OutputLine::Stream stream, const char *data, qsizetype size)
{
    LineSplitter &splitter = stream == OutputLine::Stream::Stdout ? m_stdout : m_stderr;
    // One reading of each clock per chunk: the lines in it arrived together.
    const qint64 now = m_monotonicMs();
    const qint64 wall = m_wallMs();
    splitter.feed(data, size, [&](QByteArrayView bytes) { addLine(stream, bytes, now, wall); });
}

void OutputStreamer::addLine(OutputLine::Stream stream, QByteArrayView bytes, qint64 now, qint64 wall)
{
    OutputLine line;
    line.host = m_hostLabel;
    line.stream = stream;
    line.timeMs = wall;
    line.text = m_masker.mask(QString::fromUtf8(bytes));
    if (stream == OutputLine::Stream::Stderr && !line.text.trimmed().isEmpty())
        m_lastError = line.text.trimmed();
    if (m_keepOutput)
        m_kept.append(line);
    if (!m_sink)
        return;
    m_batcher.add(std::move(line), now);
    if (m_batcher.isFull())
        send();
}

void OutputStreamer::flushDue()
{
    if (m_batcher.isDue(m_monotonicMs()))
        send();
}

qint64 OutputStreamer::msUntilDue() const
{
    return m_batcher.msUntilDue(m_monotonicMs());
}

void OutputStreamer::finish()
{
    const qint64 now = m_monotonicMs();
    const qint64 wall = m_wallMs();
    m_stdout.finish([&](QByteArrayView bytes) { addLine(OutputLine::Stream::Stdout, bytes, now, wall); });
    m_stderr.finish([&](QByteArrayView bytes) { addLine(OutputLine::Stream::Stderr, bytes, now, wall); });
    send();
}

void OutputStreamer::send()
{
    if (m_batcher.isEmpty())
        return;
    m_sink(m_batcher.pending());
    m_batcher.clear();
}

OutputLines OutputStreamer::takeKeptLines()
{
    OutputLines kept;
    kept.swap(m_kept);
    return kept;
}

} // namespace nb
