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
    addLines(stream, splitter.feed(data, size));
}

void OutputStreamer::addLines(OutputLine::Stream stream, const QByteArrayList &lines)
{
    if (lines.isEmpty())
        return;
    const qint64 now = m_monotonicMs();
    const qint64 wall = m_wallMs();
    for (const QByteArray &bytes : lines) {
        OutputLine line;
        line.host = m_hostLabel;
        line.stream = stream;
        line.timeMs = wall;
        line.text = m_masker.mask(QString::fromUtf8(bytes));
        if (stream == OutputLine::Stream::Stderr && !line.text.trimmed().isEmpty())
            m_lastError = line.text.trimmed();
        if (m_keepOutput)
            m_kept.append(line);
        if (m_sink)
            m_batcher.add(std::move(line), now);
    }
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
    addLines(OutputLine::Stream::Stdout, m_stdout.finish());
    addLines(OutputLine::Stream::Stderr, m_stderr.finish());
    send();
}

void OutputStreamer::send()
{
    if (!m_batcher.isEmpty())
        m_sink(m_batcher.take());
}

OutputLines OutputStreamer::takeKeptLines()
{
    OutputLines kept;
    kept.swap(m_kept);
    return kept;
}

} // namespace nb
