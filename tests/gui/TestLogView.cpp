#include <log/LogDock.h>
#include <log/LogFilterModel.h>
#include <log/LogLineBatcher.h>
#include <log/LogLineModel.h>
#include <log/LogView.h>

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

#include <memory>

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
        QVERIFY(model.index(1, LogLineModel::TextColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(model.lineAsText(1).contains(QStringLiteral("[err] db line 1")));
        QVERIFY(!model.lineAsText(0).contains(QStringLiteral("[err]")));
    }

    void floodFromManyThreadsArrivesWholeAndCoalesced()
    {
        LogLineModel model;
        model.setLineCap(50000);
        LogLineBatcher batcher;
        batcher.setBacklogLimit(50000);
        connect(&batcher, &LogLineBatcher::linesReady, &model, &LogLineModel::appendLines);
        connect(&batcher, &LogLineBatcher::linesDropped, &model, &LogLineModel::countDropped);
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
