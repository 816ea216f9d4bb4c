#include <log/LogDock.h>
#include <log/LogFilterModel.h>
#include <log/LogLineBatcher.h>
#include <log/LogLineModel.h>
#include <log/LogView.h>
#include <style/StatusColors.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <ctime>

#include <memory>
#include <vector>

namespace {

nb::OutputLines makeLines(const QString &host, int first, int count, int stderrEvery = 0)
{
    nb::OutputLines lines;
    lines.reserve(count);
    for (int i = first; i < first + count; ++i) {
        nb::OutputLine line;
        line.host = host;
        line.stream = stderrEvery && i % stderrEvery == 0 ? nb::OutputLine::Stream::Stderr
                                                          : nb::OutputLine::Stream::Stdout;
        line.timeMs = 1700000000000 + i;
        line.text = QStringLiteral("%1 line %2").arg(host).arg(i);
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void modelKeepsTheNewestLinesUpToTheCapWithOneChangePerBatch()
    {
        LogLineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A tab's filter follows the same inserts and drops, checked just as strictly.
        LogFilterModel oneHost(&model);
        oneHost.setHost(QStringLiteral("app-2"));
        QAbstractItemModelTester filterTester(&oneHost, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLineCap(1000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int batch = 0; batch < 5; ++batch)
            model.appendLines(makeLines(QStringLiteral("app-1"), batch * 300, 300));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.totalLines(), qint64(1500));
        QCOMPARE(model.droppedLines(), qint64(500));
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(removed.count(), 2); // the 4th and 5th batch overflowed, once each
        QCOMPARE(model.index(0, LogLineModel::TextColumn).data().toString(), QStringLiteral("app-1 line 500"));
        QCOMPARE(model.index(999, LogLineModel::TextColumn).data().toString(), QStringLiteral("app-1 line 1499"));

        // A batch bigger than the cap keeps its own tail.
        model.appendLines(makeLines(QStringLiteral("app-2"), 0, 2500));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(0, LogLineModel::TextColumn).data().toString(), QStringLiteral("app-2 line 1500"));
        QCOMPARE(model.totalLines(), qint64(4000));
        QCOMPARE(model.droppedLines(), qint64(3000));
        QCOMPARE(oneHost.rowCount(), 1000);
        model.appendLines(makeLines(QStringLiteral("app-1"), 0, 400));
        QCOMPARE(oneHost.rowCount(), 600);
        QCOMPARE(oneHost.index(0, LogLineModel::TextColumn).data().toString(), QStringLiteral("app-2 line 1900"));
        QCOMPARE(oneHost.mapFromSource(model.index(0, 0)).row(), 0);
        QVERIFY(!oneHost.mapFromSource(model.index(999, 0)).isValid()); // an app-1 line
    }

    void stderrIsMarkedInWordsAndColour()
    {
        LogLineModel model;
        nb::OutputLines lines = makeLines(QStringLiteral("db"), 0, 2);
        lines[1].stream = nb::OutputLine::Stream::Stderr;
        model.appendLines(lines);
        QCOMPARE(model.index(0, LogLineModel::StreamColumn).data().toString(), QStringLiteral("out"));
        QCOMPARE(model.index(1, LogLineModel::StreamColumn).data().toString(), QStringLiteral("err"));
        QVERIFY(!model.index(0, LogLineModel::TextColumn).data(Qt::ForegroundRole).isValid());
        const QColor stderrColour = model.index(1, LogLineModel::TextColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(stderrColour.isValid());
        // Tools report progress on stderr: set apart, but not painted as a failure.
        QVERIFY(stderrColour != StatusColors::forRole(StatusColors::Role::Error, QGuiApplication::palette()));
        QVERIFY(model.lineAsText(1).contains(QStringLiteral("[err] db line 1")));
        QVERIFY(!model.lineAsText(0).contains(QStringLiteral("[err]")));
    }

    void floodFromManyThreadsArrivesWholeAndCoalesced()
    {
        LogLineModel model;
        model.setLineCap(50000);
        LogLineBatcher batcher;
        batcher.setBacklogLimit(50000);
        // Wired as the dock wires them: a host whose lines the backlog all dropped is
        // still announced to the model.
        batcher.feed(&model);
        QSignalSpy batches(&batcher, &LogLineBatcher::linesReady);

        constexpr int Hosts = 8;
        constexpr int PerHost = 20000;
        constexpr int Chunk = 50;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int h = 0; h < Hosts; ++h) {
            const nb::LineSink sink = batcher.sink();
            threads.emplace_back(QThread::create([sink, h] {
                for (int first = 0; first < PerHost; first += Chunk)
                    sink(makeLines(QStringLiteral("app-%1").arg(h), first, Chunk));
            }));
            threads.back()->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(model.totalLines(), qint64(Hosts * PerHost), 30000);
        for (auto &thread : threads)
            thread->wait();
        QCOMPARE(model.rowCount(), 50000);
        QCOMPARE(model.droppedLines(), qint64(Hosts * PerHost - 50000));
        QCOMPARE(model.hosts().size(), Hosts);
        // 3200 appends became far fewer model inserts.
        QVERIFY2(batches.count() < Hosts * PerHost / Chunk / 4, qPrintable(QString::number(batches.count())));
        // Order per host survives the crossing: the last line of each host is its newest.
        for (int h = 0; h < Hosts; ++h) {
            int lastSeen = -1;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(LogLineModel::HostRole).toString() != QStringLiteral("app-%1").arg(h))
                    continue;
                const int number = index.data(LogLineModel::LineTextRole).toString().section(QLatin1Char(' '), -1).toInt();
                QVERIFY(number > lastSeen);
                lastSeen = number;
            }
        }
    }

    void handOverReturnsToTheEventLoopBetweenSlices()
    {
        LogLineBatcher batcher;
        qint64 handedOn = 0;
        int batches = 0;
        int batchesWhenTheLoopRan = -1;
        connect(&batcher, &LogLineBatcher::linesReady, this, [&](const nb::OutputLines &lines) {
            handedOn += lines.size();
            // An event posted during the first hand-over must run before the last one.
            if (++batches == 1)
                QMetaObject::invokeMethod(this, [&] { batchesWhenTheLoopRan = batches; }, Qt::QueuedConnection);
        });
        constexpr int Lines = 4 * LogLineBatcher::MaxSlice;
        batcher.append(makeLines(QStringLiteral("app-1"), 0, Lines));
        QTRY_COMPARE_WITH_TIMEOUT(handedOn, qint64(Lines), 30000);
        QVERIFY2(batches >= 4, qPrintable(QString::number(batches)));
        QVERIFY(batchesWhenTheLoopRan >= 1);
        QVERIFY2(batchesWhenTheLoopRan < batches,
                 qPrintable(QStringLiteral("the event loop ran only after batch %1 of %2").arg(batchesWhenTheLoopRan).arg(batches)));
        QCOMPARE(batcher.waitingLines(), qint64(0));
    }

    void backlogBeyondTheLimitIsCountedAsDropped()
    {
        LogLineBatcher batcher;
        batcher.setBacklogLimit(1000);
        qint64 handedOn = 0;
        qint64 dropped = 0;
        QString firstShown;
        connect(&batcher, &LogLineBatcher::linesReady, this, [&](const nb::OutputLines &lines) {
            if (handedOn == 0)
                firstShown = lines.first().text;
            handedOn += lines.size();
        });
        connect(&batcher, &LogLineBatcher::linesDropped, this, [&](qint64 count) { dropped += count; });
        // No event loop runs while these arrive, as when the UI thread is busy elsewhere.
        for (int first = 0; first < 5000; first += 700)
            batcher.append(makeLines(QStringLiteral("app-1"), first, 700));
        QCOMPARE(batcher.waitingLines(), qint64(1000));
        QTRY_COMPARE(handedOn + dropped, qint64(5600));
        QCOMPARE(handedOn, qint64(1000));
        QCOMPARE(firstShown, QStringLiteral("app-1 line 4600")); // the newest lines survive
    }

    void underAFloodTheUiThreadKeepsTurningAndCountsEveryLine()
    {
        LogDock dock;
        dock.resize(900, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setLineCap(20000);

        // A 1 ms timer stands for everything else the UI thread must do: it has to keep
        // firing while the hosts flood, and no stretch of UI-thread work between two of
        // its ticks may be long (CPU time, so a busy test machine does not count).
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        int ticksDuringFlood = 0;
        qint64 longestWorkNs = 0;
        qint64 lastCpu = -1;
        bool flooding = true;
        const auto uiThreadCpuNs = [] {
            timespec now{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
            return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
        };
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 cpu = uiThreadCpuNs();
            if (lastCpu >= 0 && flooding) {
                ++ticksDuringFlood;
                longestWorkNs = qMax(longestWorkNs, cpu - lastCpu);
            }
            lastCpu = cpu;
        });
        qint64 shown = 0;
        connect(dock.lines(), &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) { shown += last - first + 1; });
        tick.start();
        lastCpu = uiThreadCpuNs();

        constexpr int Hosts = 8;
        constexpr int PerHost = 40000;
        constexpr int Batch = 400; // what one host's worker sends in 10-40 ms of a flood
        std::vector<std::unique_ptr<QThread>> threads;
        const nb::LineSink sink = dock.sink();
        for (int h = 0; h < Hosts; ++h) {
            threads.emplace_back(QThread::create([sink, h] {
                for (int first = 0; first < PerHost; first += Batch)
                    sink(makeLines(QStringLiteral("app-%1").arg(h), first, Batch, 50));
            }));
            threads.back()->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(dock.lines()->totalLines(), qint64(Hosts * PerHost), 60000);
        flooding = false;
        // The work since the last tick counts too, so a flood handled in one piece shows
        // as one long stretch whatever the number of ticks before it.
        longestWorkNs = qMax(longestWorkNs, uiThreadCpuNs() - lastCpu);
        for (auto &thread : threads)
            thread->wait();

        QVERIFY2(ticksDuringFlood >= 2, qPrintable(QString::number(ticksDuringFlood)));
        QVERIFY2(longestWorkNs < 50 * 1000000,
                 qPrintable(QStringLiteral("%1 ms of UI work without a turn of the event loop").arg(longestWorkNs / 1e6)));
        QCOMPARE(dock.lines()->rowCount(), 20000);
        QCOMPARE(dock.lines()->droppedLines(), qint64(Hosts * PerHost) - 20000);
        QVERIFY(shown >= 20000);
        // Every host has its tab, even one whose lines were all pushed out by the others.
        for (int h = 0; h < Hosts; ++h)
            QVERIFY(dock.viewForHost(QStringLiteral("app-%1").arg(h)));
        // The newest line of all is shown, and the merged tab follows it.
        const QAbstractItemModel *merged = dock.currentView()->model();
        const QString newest = merged->index(merged->rowCount() - 1, LogLineModel::TextColumn).data().toString();
        QVERIFY2(newest.endsWith(QStringLiteral(" line %1").arg(PerHost - 1)), qPrintable(newest));
        QTRY_VERIFY(dock.currentView()->isAtBottom());
    }

    void quietOutputShowsWithoutWaitingForMore()
    {
        LogLineBatcher batcher;
        QSignalSpy batches(&batcher, &LogLineBatcher::linesReady);
        batcher.append(makeLines(QStringLiteral("lb"), 0, 1));
        QVERIFY(batches.wait(LogLineBatcher::MaxDelayMs * 5));
        QCOMPARE(batches.first().first().value<nb::OutputLines>().size(), 1);
    }

    void dockHasATabPerHostAndFollowsOnlyAtTheBottom()
    {
        LogDock dock;
        dock.resize(900, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.lines()->appendLines(makeLines(QStringLiteral("app-1"), 0, 500));
        dock.lines()->appendLines(makeLines(QStringLiteral("app-2"), 0, 300));
        auto *tabs = dock.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("All hosts"));
        QCOMPARE(dock.viewForHost(QStringLiteral("app-2"))->model()->rowCount(), 300);
        QCOMPARE(dock.viewForHost(QString())->model()->rowCount(), 800);

        LogView *merged = dock.currentView();
        QTRY_VERIFY(merged->isAtBottom());
        QVERIFY(merged->verticalScrollBar()->maximum() > 0);

        // Scrolled up to read: new output must not move the view.
        merged->verticalScrollBar()->setValue(0);
        dock.lines()->appendLines(makeLines(QStringLiteral("app-1"), 500, 200));
        QTest::qWait(50);
        QCOMPARE(merged->verticalScrollBar()->value(), 0);

        // Back at the bottom: it follows again.
        merged->scrollToBottom();
        QTRY_VERIFY(merged->isAtBottom());
        dock.lines()->appendLines(makeLines(QStringLiteral("app-1"), 700, 200));
        QTRY_VERIFY(merged->isAtBottom());
        const QModelIndex last = merged->model()->index(merged->model()->rowCount() - 1, 0);
        QTRY_VERIFY(merged->viewport()->rect().intersects(merged->visualRect(last)));

        // Follow switched off: the bottom stays where it was.
        dock.findChild<QCheckBox *>(QStringLiteral("followCheck"))->setChecked(false);
        const int before = merged->verticalScrollBar()->value();
        dock.lines()->appendLines(makeLines(QStringLiteral("app-1"), 900, 200));
        QTest::qWait(50);
        QCOMPARE(merged->verticalScrollBar()->value(), before);
    }

    void aHostTabOpenedLateShowsItsLinesWithTheDocksSettings()
    {
        LogDock dock;
        dock.resize(900, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.findChild<QComboBox *>(QStringLiteral("streamCombo"))->setCurrentIndex(2); // standard error
        for (int h = 0; h < 50; ++h)
            dock.lines()->appendLines(makeLines(QStringLiteral("app-%1").arg(h), 0, 400, 4));
        auto *tabs = dock.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->count(), 51);
        // Tabs nobody has opened hold no view, so no filter looks at arriving lines for them.
        QCOMPARE(dock.findChildren<LogView *>().size(), 1);

        tabs->setCurrentIndex(tabs->count() - 1);
        LogView *view = dock.currentView();
        QVERIFY(view);
        QCOMPARE(view->objectName(), QStringLiteral("logView-app-49"));
        QCOMPARE(dock.findChildren<LogView *>().size(), 2);
        QCOMPARE(view->model()->rowCount(), 100); // every 4th of its 400 lines is stderr
        QCOMPARE(view->model()->index(99, LogLineModel::TextColumn).data().toString(), QStringLiteral("app-49 line 396"));
        QTRY_VERIFY(view->isAtBottom());
        QVERIFY(view->verticalScrollBar()->maximum() > 0);
        dock.lines()->appendLines(makeLines(QStringLiteral("app-49"), 400, 8, 4));
        QCOMPARE(view->model()->rowCount(), 102);
        QTRY_VERIFY(view->isAtBottom());
        QCOMPARE(dock.viewForHost(QStringLiteral("app-49")), view); // made once
    }

    void filtersByStreamAndText()
    {
        LogDock dock;
        dock.lines()->appendLines(makeLines(QStringLiteral("app-1"), 0, 100, 10)); // every 10th on stderr
        LogView *merged = dock.viewForHost(QString());
        QAbstractItemModelTester tester(merged->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *streams = dock.findChild<QComboBox *>(QStringLiteral("streamCombo"));
        streams->setCurrentIndex(2); // standard error
        QCOMPARE(merged->model()->rowCount(), 10);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(merged->model()->index(row, LogLineModel::StreamColumn).data().toString(), QStringLiteral("err"));
        streams->setCurrentIndex(0);
        dock.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("LINE 7"));
        QCOMPARE(merged->model()->rowCount(), 11); // 7 and 70..79, case-insensitive
        // New lines pass through the same filter.
        dock.lines()->appendLines(makeLines(QStringLiteral("app-1"), 700, 1));
        QCOMPARE(merged->model()->rowCount(), 12);
        QCOMPARE(dock.viewForHost(QStringLiteral("app-1"))->model()->rowCount(), 12);
    }

    void searchMovesBetweenMatchesBothWaysAndWraps()
    {
        LogDock dock;
        dock.lines()->appendLines(makeLines(QStringLiteral("app-1"), 0, 50));
        LogView *view = dock.currentView();
        const auto currentText = [view] { return view->currentIndex().data(LogLineModel::LineTextRole).toString(); };
        QVERIFY(dock.find(QStringLiteral("line 4"), false));
        QCOMPARE(currentText(), QStringLiteral("app-1 line 4"));
        QVERIFY(dock.find(QStringLiteral("line 4"), false));
        QCOMPARE(currentText(), QStringLiteral("app-1 line 40"));
        QVERIFY(dock.find(QStringLiteral("line 4"), true));
        QCOMPARE(currentText(), QStringLiteral("app-1 line 4"));
        QVERIFY(dock.find(QStringLiteral("line 4"), true)); // wraps to the last match
        QCOMPARE(currentText(), QStringLiteral("app-1 line 49"));
        QVERIFY(!dock.find(QStringLiteral("no such text"), false));
    }

    void copiesAndSavesWhatTheTabShows()
    {
        LogDock dock;
        nb::OutputLines lines = makeLines(QStringLiteral("app-1"), 0, 5);
        lines[3].stream = nb::OutputLine::Stream::Stderr;
        dock.lines()->appendLines(lines);
        LogView *view = dock.currentView();
        view->selectAll();
        view->copySelection();
        const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 5);
        QVERIFY(copied.at(3).endsWith(QStringLiteral("app-1  [err] app-1 line 3")));

        dock.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("line 2"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.log"));
        QCOMPARE(view->saveTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(saved.count('\n'), 1);
        QVERIFY(saved.contains("app-1 line 2"));
        QVERIFY(!view->saveTo(dir.filePath(QStringLiteral("missing/dir/x.log"))).isEmpty());
    }
};

QTEST_MAIN(TestLogView)
#include "TestLogView.moc"
