#include "GuiChecks.h"

#include <journal/JournalEvent.h>
#include <journal/JournalStore.h>
#include <journal/RunJournal.h>
#include <mainwindow/MainWindow.h>
#include <runs/RunListModel.h>
#include <runs/RunsHistoryDialog.h>
#include <wizard/ProcedureWizard.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QAbstractSpinBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

Q_DECLARE_METATYPE(nb::RunRecord)

// The runs history over journals written with the real journal API into a throw-away
// data folder: the rows, the steps and node states of a run, resume of an unfinished
// run, and the report exported as HTML and PDF through the file dialog.
class TestRunsHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_okRun;
    QString m_interruptedRun;
    QString m_failedRun;

    // One journal with its own clock, so durations are known.
    struct Writer
    {
        std::unique_ptr<nb::RunJournal> journal;
        qint64 startMs;

        void add(const char *kind, qint64 atSeconds, std::initializer_list<QPair<QString, QJsonValue>> fields,
                 bool durable = false)
        {
            QJsonObject event = nb::JournalEvent::make(kind);
            event.insert(QStringLiteral("t"), startMs + atSeconds * 1000);
            for (const auto &field : fields)
                event.insert(field.first, field.second);
            journal->append(event, durable);
        }
    };

    static Writer start(const QString &cluster, const QString &runId, const QString &procedure, qint64 startMs,
                        const QList<QPair<QString, QString>> &steps)
    {
        QString error;
        Writer writer{nb::RunJournal::open(nb::JournalStore().pathFor(cluster, runId), &error), startMs};
        if (!writer.journal)
            qFatal("journal not opened: %s", qPrintable(error));
        QJsonArray stepList;
        for (const auto &step : steps)
            stepList.append(QJsonObject{{QStringLiteral("id"), step.first}, {QStringLiteral("title"), step.second}});
        writer.add(nb::JournalEvent::RunStarted, 0,
                   {{QStringLiteral("run"), runId}, {QStringLiteral("procedure"), procedure},
                    {QStringLiteral("cluster"), cluster}, {QStringLiteral("target"), QStringLiteral("2.2.15")},
                    {QStringLiteral("operator"), QStringLiteral("ops@desk")}, {QStringLiteral("steps"), stepList}},
                   true);
        return writer;
    }

    static void node(Writer &writer, qint64 at, const QString &step, const QString &name, const QString &state)
    {
        writer.add(nb::JournalEvent::NodeState, at,
                   {{QStringLiteral("step"), step}, {QStringLiteral("node"), name}, {QStringLiteral("state"), state}});
    }

    static void stepDone(Writer &writer, qint64 at, const QString &step, const QString &state,
                         const QString &message = {})
    {
        writer.add(nb::JournalEvent::StepFinished, at,
                   {{QStringLiteral("step"), step}, {QStringLiteral("state"), state}, {QStringLiteral("message"), message}},
                   true);
    }

    static void stepStarted(Writer &writer, qint64 at, const QString &step)
    {
        writer.add(nb::JournalEvent::StepStarted, at, {{QStringLiteral("step"), step}});
    }

    static QString cell(const QAbstractItemModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

    static int rowOf(const RunListModel &model, const QString &runId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (cell(model, row, RunListModel::RunColumn) == runId)
                return row;
        }
        return -1;
    }

    static void select(RunsHistoryDialog &dialog, const QString &runId)
    {
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("runsTable"));
        table->setFocus();
        table->selectRow(rowOf(*dialog.runs(), runId));
    }

    static QStringList topLevelTexts(QTreeWidget *tree, int column)
    {
        QStringList texts;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            texts.append(tree->topLevelItem(i)->text(column));
        return texts;
    }

    // Presses Export Report…, answers the file dialog with path, waits for the report.
    static bool exportThroughDialog(RunsHistoryDialog &dialog, const QString &path)
    {
        QSignalSpy written(&dialog, &RunsHistoryDialog::reportWritten);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QFileDialog *files = nullptr;
        if (!QTest::qWaitFor([&] { return (files = dialog.findChild<QFileDialog *>(QStringLiteral("reportFileDialog"))); }, 3000))
            return false;
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog hides accept(); the dialog's own check still runs
        return written.wait(20000) && written.first().at(1).toBool();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<nb::RunRecord>();
        QVERIFY(m_home.isValid());
        // The journal and settings live in the throw-away folder, never the operator's.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("nocobase-test"));
        QCoreApplication::setApplicationName(QStringLiteral("nbconsole-history-test"));
        QVERIFY(nb::JournalStore().root().startsWith(m_home.path()));

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_okRun = nb::JournalStore::newRunId();
        {
            Writer run = start(QStringLiteral("lab"), m_okRun, QStringLiteral("upgrade"), now - 3600 * 1000,
                               {{QStringLiteral("preflight"), QStringLiteral("Check the cluster first")},
                                {QStringLiteral("stop"), QStringLiteral("Stop every node")},
                                {QStringLiteral("backup"), QStringLiteral("Back up the database")}});
            stepStarted(run, 1, QStringLiteral("preflight"));
            stepDone(run, 5, QStringLiteral("preflight"), QStringLiteral("succeeded"));
            stepStarted(run, 6, QStringLiteral("stop"));
            run.add(nb::JournalEvent::CommandStarted, 6,
                    {{QStringLiteral("step"), QStringLiteral("stop")}, {QStringLiteral("host"), QStringLiteral("app-1")},
                     {QStringLiteral("command"), QStringLiteral("docker compose stop app")}});
            run.journal->appendOutput({{QStringLiteral("app-1"), nb::OutputLine::Stream::Stderr, now, QStringLiteral("Stopping app")},
                                       {QStringLiteral("app-1"), nb::OutputLine::Stream::Stdout, now, QStringLiteral("Stopped")}});
            run.add(nb::JournalEvent::CommandFinished, 20,
                    {{QStringLiteral("step"), QStringLiteral("stop")}, {QStringLiteral("host"), QStringLiteral("app-1")},
                     {QStringLiteral("outcome"), QStringLiteral("exited")}, {QStringLiteral("exit_code"), 0}});
            node(run, 20, QStringLiteral("stop"), QStringLiteral("app-1"), QStringLiteral("succeeded"));
            node(run, 21, QStringLiteral("stop"), QStringLiteral("app-2"), QStringLiteral("succeeded"));
            stepDone(run, 21, QStringLiteral("stop"), QStringLiteral("succeeded"));
            stepStarted(run, 22, QStringLiteral("backup"));
            stepDone(run, 90, QStringLiteral("backup"), QStringLiteral("succeeded"), QStringLiteral("12 MB in backup-1.dump"));
            run.add(nb::JournalEvent::RunFinished, 95, {{QStringLiteral("outcome"), QStringLiteral("succeeded")}}, true);
        }
        m_interruptedRun = nb::JournalStore::newRunId();
        {
            Writer run = start(QStringLiteral("lab"), m_interruptedRun, QStringLiteral("first-start"), now - 600 * 1000,
                               {{QStringLiteral("start-first"), QStringLiteral("Start the first node")},
                                {QStringLiteral("start-others"), QStringLiteral("Start the other nodes")}});
            stepStarted(run, 1, QStringLiteral("start-first"));
            node(run, 2, QStringLiteral("start-first"), QStringLiteral("app-1"), QStringLiteral("running"));
            run.journal->sync(); // the console "dies" here: no end is recorded
        }
        m_failedRun = nb::JournalStore::newRunId();
        {
            Writer run = start(QStringLiteral("staging"), m_failedRun, QStringLiteral("maintenance-begin"),
                               now - 60 * 1000, {{QStringLiteral("scale-down"), QStringLiteral("Stop the other nodes")}});
            stepStarted(run, 1, QStringLiteral("scale-down"));
            stepDone(run, 3, QStringLiteral("scale-down"), QStringLiteral("failed"), QStringLiteral("app-2: still running"));
            run.add(nb::JournalEvent::RunFinished, 4,
                    {{QStringLiteral("outcome"), QStringLiteral("failed")},
                     {QStringLiteral("message"), QStringLiteral("app-2: still running")}},
                    true);
        }
    }

    void menuOpensEveryRunNewestFirst()
    {
        MainWindow window;
        window.show();
        auto *history = window.findChild<QAction *>(QStringLiteral("runsHistoryAction"));
        QVERIFY(history && history->isEnabled());
        // Running a command needs a cluster; the history does not.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("runCommandAction"))->isEnabled());
        history->trigger();
        auto *dialog = window.findChild<RunsHistoryDialog *>();
        QVERIFY(dialog);
        const RunListModel &model = *dialog->runs();
        QAbstractItemModelTester tester(dialog->runs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 3);

        QCOMPARE(cell(model, 0, RunListModel::RunColumn), m_failedRun);
        QCOMPARE(cell(model, 1, RunListModel::RunColumn), m_interruptedRun);
        QCOMPARE(cell(model, 2, RunListModel::RunColumn), m_okRun);
        QCOMPARE(cell(model, 0, RunListModel::ClusterColumn), QStringLiteral("staging"));
        QCOMPARE(cell(model, 2, RunListModel::ProcedureColumn), QStringLiteral("upgrade"));
        QCOMPARE(cell(model, 2, RunListModel::DurationColumn), QStringLiteral("1 min 35 s"));
        QCOMPARE(cell(model, 2, RunListModel::OutcomeColumn), QStringLiteral("succeeded"));
        QCOMPARE(cell(model, 1, RunListModel::OutcomeColumn), QStringLiteral("interrupted — can be resumed"));
        QCOMPARE(cell(model, 1, RunListModel::DurationColumn), QStringLiteral("2.0 s or more"));
        QCOMPARE(cell(model, 0, RunListModel::OutcomeColumn), QStringLiteral("failed — can be resumed"));
        QVERIFY(!cell(model, 2, RunListModel::StartedColumn).isEmpty());
        // No cluster is open, so there is nothing to resume on.
        select(*dialog, m_interruptedRun);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("resumeButton"))->isEnabled());
        dialog->close();
    }

    void selectedRunShowsStepsAndNodeStates()
    {
        RunsHistoryDialog dialog(nb::JournalStore(), QStringLiteral("lab"));
        dialog.show();
        QTRY_COMPARE(dialog.runs()->rowCount(), 2); // only the open cluster's runs
        GuiChecks::verifyAccessibleNames(dialog);
        if (QTest::currentTestFailed())
            return;
        auto *steps = dialog.findChild<QTreeWidget *>(QStringLiteral("stepsView"));

        select(dialog, m_okRun);
        QCOMPARE(topLevelTexts(steps, 0), (QStringList{QStringLiteral("Check the cluster first"),
                                                       QStringLiteral("Stop every node"),
                                                       QStringLiteral("Back up the database")}));
        QCOMPARE(topLevelTexts(steps, 1), QStringList(3, QStringLiteral("done")));
        QCOMPARE(steps->topLevelItem(2)->text(4), QStringLiteral("12 MB in backup-1.dump"));
        QCOMPARE(steps->topLevelItem(2)->text(3), QStringLiteral("1 min 08 s"));
        QTreeWidgetItem *stop = steps->topLevelItem(1);
        QCOMPARE(stop->childCount(), 2);
        QCOMPARE(stop->child(0)->text(0), QStringLiteral("app-1"));
        QCOMPARE(stop->child(1)->text(1), QStringLiteral("done"));

        select(dialog, m_interruptedRun);
        QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("interrupted"));
        QCOMPARE(steps->topLevelItem(0)->child(0)->text(1), QStringLiteral("interrupted"));
        QCOMPARE(steps->topLevelItem(1)->text(1), QStringLiteral("not started"));
        const QString about = dialog.findChild<QLabel *>(QStringLiteral("runLabel"))->text();
        QVERIFY2(about.contains(QStringLiteral("can be resumed at the step \"Start the first node\"")), qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("resume --run ") + m_interruptedRun), qPrintable(about));

        // Other clusters on request.
        dialog.findChild<QCheckBox *>(QStringLiteral("allClustersCheck"))->setChecked(true);
        QTRY_COMPARE(dialog.runs()->rowCount(), 3);
        QTest::qWait(100);
        GuiChecks::screenshot(dialog, QStringLiteral("runs-history"));
    }

    void resumeIsOfferedForUnfinishedRunsOnly()
    {
        RunsHistoryDialog dialog(nb::JournalStore(), QStringLiteral("lab"), [](const nb::RunRecord &) { return true; });
        dialog.show();
        QTRY_COMPARE(dialog.runs()->rowCount(), 2);
        auto *resume = dialog.findChild<QPushButton *>(QStringLiteral("resumeButton"));
        select(dialog, m_okRun);
        QVERIFY(!resume->isEnabled());
        select(dialog, m_interruptedRun);
        QVERIFY(resume->isEnabled());
        QSignalSpy requested(&dialog, &RunsHistoryDialog::resumeRequested);
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<nb::RunRecord>().runId, m_interruptedRun);
    }

    void exportsTheReportAsHtmlAndPdf()
    {
        RunsHistoryDialog dialog(nb::JournalStore(), QStringLiteral("lab"));
        dialog.show();
        QTRY_COMPARE(dialog.runs()->rowCount(), 2);
        select(dialog, m_okRun);

        const QString html = m_home.filePath(QStringLiteral("report.html"));
        QVERIFY(exportThroughDialog(dialog, html));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(htmlFile.readAll());
        for (const char *expected : {"Stop every node", "Back up the database", "docker compose stop app", "Stopping app",
                                     "app-2"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(text.contains(m_okRun));

        const QString pdf = m_home.filePath(QStringLiteral("report.pdf"));
        QVERIFY(exportThroughDialog(dialog, pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
        QVERIFY(pdfFile.size() > 1000);
        const QString state = dialog.findChild<QLabel *>(QStringLiteral("stateLabel"))->text();
        QVERIFY2(state.contains(pdf), qPrintable(state));
    }

    void unwritableReportSaysWhy()
    {
        RunsHistoryDialog dialog(nb::JournalStore(), QStringLiteral("lab"));
        dialog.show();
        QTRY_COMPARE(dialog.runs()->rowCount(), 2);
        select(dialog, m_okRun);
        QSignalSpy written(&dialog, &RunsHistoryDialog::reportWritten);
        const QString path = m_home.filePath(QStringLiteral("missing-folder/report.html"));
        dialog.exportReport(path);
        QVERIFY(written.wait(10000));
        QVERIFY(!written.first().at(1).toBool());
        const QString state = dialog.findChild<QLabel *>(QStringLiteral("stateLabel"))->text();
        QVERIFY2(state.contains(QStringLiteral("not written")) && state.contains(m_okRun), qPrintable(state));
        QVERIFY(!QFile::exists(path));
    }

    // Last: it adds a run of the example inventory's cluster.
    void resumeFromTheHistoryOpensTheWizardOnThatRun()
    {
        const QString runId = nb::JournalStore::newRunId();
        {
            Writer run = start(QStringLiteral("prod-eu"), runId, QStringLiteral("first-start"),
                               QDateTime::currentMSecsSinceEpoch() - 30 * 1000,
                               {{QStringLiteral("start-first"), QStringLiteral("Start the first node")}});
            stepStarted(run, 1, QStringLiteral("start-first"));
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openInventory(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml")));
        RunsHistoryDialog *dialog = window.openRunsHistory();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->runs()->rowCount(), 1); // the open cluster's runs only
        select(*dialog, runId);
        auto *resume = dialog->findChild<QPushButton *>(QStringLiteral("resumeButton"));
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);

        ProcedureWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<ProcedureWizard *>()));
        QVERIFY(wizard->isVisible());
        bool saysResume = false;
        for (const QLabel *label : wizard->findChildren<QLabel *>())
            saysResume = saysResume || (label->isVisibleTo(wizard) && label->text().contains(QStringLiteral("Resumes run ") + runId));
        QVERIFY2(saysResume, "the wizard should say which run it resumes");
        wizard->close();
    }
};

QTEST_MAIN(TestRunsHistory)
#include "TestRunsHistory.moc"
