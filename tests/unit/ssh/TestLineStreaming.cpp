#include <ssh/LineBatcher.h>
#include <ssh/LineSplitter.h>
#include <ssh/OutputStreamer.h>
#include <ssh/SecretMasker.h>

#include <QTest>

using nb::LineBatcher;
using nb::LineSplitter;
using nb::OutputLine;
using nb::OutputLines;
using nb::OutputStreamer;
using nb::SecretMasker;

// The channel boundary is faked: bytes are fed in the odd chunks SSH really delivers,
// time comes from a clock the test moves by hand.
class TestLineStreaming : public QObject
{
    Q_OBJECT

private:
    struct Harness
    {
        qint64 now = 1000;
        QVector<OutputLines> batches;
        OutputStreamer streamer;

        explicit Harness(const QStringList &secrets = {}, bool keep = true)
            : streamer(QStringLiteral("app-1"), secrets,
                       [this](const OutputLines &batch) { batches.append(batch); }, keep,
                       [this] { return now; }, [] { return qint64(1700000000000); })
        {
        }
        void feed(const char *text, OutputLine::Stream stream = OutputLine::Stream::Stdout)
        {
            streamer.append(stream, text, qsizetype(strlen(text)));
        }
        void advance(qint64 ms)
        {
            now += ms;
            streamer.flushDue();
        }
        QStringList texts() const
        {
            QStringList result;
            for (const auto &batch : batches)
                for (const auto &line : batch)
                    result.append(line.text);
            return result;
        }
    };

    static QByteArrayList feed(LineSplitter &splitter, const QByteArray &chunk)
    {
        QByteArrayList lines;
        splitter.feed(chunk.constData(), chunk.size(), [&](QByteArrayView line) { lines.append(line.toByteArray()); });
        return lines;
    }
    static QByteArrayList finish(LineSplitter &splitter)
    {
        QByteArrayList lines;
        splitter.finish([&](QByteArrayView line) { lines.append(line.toByteArray()); });
        return lines;
    }

private slots:
    void splitsChunksThatDoNotAlignWithLines()
    {
        LineSplitter splitter;
        QCOMPARE(feed(splitter, "hel"), QByteArrayList());
        QCOMPARE(feed(splitter, "lo\nwor"), QByteArrayList{"hello"});
        QCOMPARE(feed(splitter, "ld\r\n\nlast"), (QByteArrayList{"world", ""}));
        QCOMPARE(feed(splitter, "\r\nwhole\r\nlines\n"), (QByteArrayList{"last", "whole", "lines"}));
        QCOMPARE(finish(splitter), QByteArrayList());
        QCOMPARE(feed(splitter, "tail\r"), QByteArrayList());
        QCOMPARE(finish(splitter), QByteArrayList{"tail"});
        QCOMPARE(finish(splitter), QByteArrayList());
    }

    void cutsAnEndlessLineSoMemoryStaysBounded()
    {
        LineSplitter splitter;
        const QByteArrayList lines = feed(splitter, QByteArray(LineSplitter::MaxLineBytes + 10, 'x'));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().size(), LineSplitter::MaxLineBytes);
        QCOMPARE(finish(splitter), QByteArrayList{QByteArray(10, 'x')});
    }

    void masksEverySecretLongestFirst()
    {
        const SecretMasker masker({QStringLiteral("pass"), QStringLiteral("password123"), QString()});
        QCOMPARE(masker.mask(QStringLiteral("password123 and pass and passport")),
                 QStringLiteral("*** and *** and ***port"));
        QVERIFY(SecretMasker({QString()}).isEmpty());
    }

    void batchLeavesAfterTenQuietMilliseconds()
    {
        Harness h;
        h.feed("one\ntwo\n");
        h.advance(9);
        QVERIFY(h.batches.isEmpty());
        h.advance(1);
        QCOMPARE(h.batches.size(), 1);
        QCOMPARE(h.texts(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    }

    void floodLeavesEveryFortyMilliseconds()
    {
        Harness h;
        // A line every 5 ms never leaves a 10 ms quiet gap: the 40 ms cap sends it.
        for (int i = 0; i < 20; ++i) {
            h.feed(QByteArray::number(i).append('\n').constData());
            h.advance(5);
        }
        QCOMPARE(h.batches.size(), 2);
        QCOMPARE(h.batches.at(0).size(), 8); // lines at 0..35 ms, sent at 40 ms
        h.streamer.finish();
        QStringList expected;
        for (int i = 0; i < 20; ++i)
            expected.append(QString::number(i));
        QCOMPARE(h.texts(), expected);
    }

    void partialLineWaitsUntilItEnds()
    {
        Harness h;
        h.feed("no newline yet");
        h.advance(100);
        QVERIFY(h.batches.isEmpty());
        h.streamer.finish();
        QCOMPARE(h.texts(), QStringList{QStringLiteral("no newline yet")});
    }

    void streamsStayApartAndAreStamped()
    {
        Harness h;
        h.feed("out-a\nout-", OutputLine::Stream::Stdout);
        h.feed("err-a\n", OutputLine::Stream::Stderr);
        h.feed("b\n", OutputLine::Stream::Stdout);
        h.streamer.finish();
        QCOMPARE(h.batches.size(), 1);
        const OutputLines &batch = h.batches.first();
        QCOMPARE(batch.size(), 3);
        QCOMPARE(batch.at(0).text, QStringLiteral("out-a"));
        QCOMPARE(batch.at(1).stream, OutputLine::Stream::Stderr);
        QCOMPARE(batch.at(1).text, QStringLiteral("err-a"));
        QCOMPARE(batch.at(2).text, QStringLiteral("out-b"));
        QCOMPARE(batch.at(2).host, QStringLiteral("app-1"));
        QCOMPARE(batch.at(2).timeMs, qint64(1700000000000));
    }

    void secretsAreMaskedInLinesAndKeptOutput()
    {
        Harness h({QStringLiteral("S3cr3t!")});
        h.feed("password: S3cr");
        h.feed("3t!\n");
        h.streamer.finish();
        QCOMPARE(h.texts(), QStringList{QStringLiteral("password: ***")});
        const OutputLines kept = h.streamer.takeKeptLines();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().text, QStringLiteral("password: ***"));
    }

    void keepOutputOffKeepsNothingButStillStreams()
    {
        Harness h({}, false);
        h.feed("a\nb\n");
        h.streamer.finish();
        QCOMPARE(h.texts().size(), 2);
        QVERIFY(h.streamer.takeKeptLines().isEmpty());
    }

    void invalidUtf8DoesNotLoseTheLine()
    {
        Harness h;
        h.feed("caf\xc3\xa9 \xff end\n");
        h.streamer.finish();
        QCOMPARE(h.texts().size(), 1);
        QVERIFY(h.texts().first().startsWith(QStringLiteral("café ")));
        QVERIFY(h.texts().first().endsWith(QStringLiteral(" end")));
    }

    void batcherReportsWhenItIsDue()
    {
        LineBatcher batcher;
        QCOMPARE(batcher.msUntilDue(0), qint64(-1));
        batcher.add(OutputLine{}, 100);
        QCOMPARE(batcher.msUntilDue(100), qint64(10));
        batcher.add(OutputLine{}, 135);
        QCOMPARE(batcher.msUntilDue(135), qint64(5)); // the 40 ms cap comes first
        QVERIFY(batcher.isDue(140));
        QCOMPARE(batcher.pending().size(), 2);
        batcher.clear();
        QVERIFY(batcher.isEmpty());
        QCOMPARE(batcher.msUntilDue(140), qint64(-1));
    }

    void aFloodInOneChunkLeavesInBoundedBatches()
    {
        Harness h;
        QByteArray chunk;
        const int lines = 2 * int(LineBatcher::MaxLines) + 100;
        for (int i = 0; i < lines; ++i)
            chunk.append(QByteArray::number(i)).append('\n');
        h.streamer.append(OutputLine::Stream::Stdout, chunk.constData(), chunk.size());
        // No time has passed: only the size sent these.
        QCOMPARE(h.batches.size(), 2);
        QCOMPARE(h.batches.at(0).size(), LineBatcher::MaxLines);
        QCOMPARE(h.batches.at(1).size(), LineBatcher::MaxLines);
        h.streamer.finish();
        QCOMPARE(h.batches.size(), 3);
        QCOMPARE(h.batches.at(2).size(), 100);
        const QStringList texts = h.texts();
        QCOMPARE(texts.size(), lines);
        for (int i = 0; i < lines; ++i)
            QCOMPARE(texts.at(i), QString::number(i));
    }
};

QTEST_GUILESS_MAIN(TestLineStreaming)
#include "TestLineStreaming.moc"
