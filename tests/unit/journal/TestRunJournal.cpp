#include <journal/JournalEvent.h>
#include <journal/JournalReader.h>
#include <journal/JournalStore.h>
#include <journal/RunJournal.h>
#include <journal/RunReport.h>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

class TestRunJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QJsonObject event(const char *kind, std::initializer_list<QPair<QString, QJsonValue>> fields)
    {
        QJsonObject object = JournalEvent::make(kind);
        for (const auto &field : fields)
            object.insert(field.first, field.second);
        return object;
    }

    static QJsonObject started(const QString &run)
    {
        QJsonArray steps;
        for (const char *id : {"preflight", "stop", "backup", "set-version", "start-first"})
            steps.append(QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                     {QStringLiteral("title"), QStringLiteral("Title of %1").arg(QLatin1String(id))}});
        return event(JournalEvent::RunStarted, {{QStringLiteral("run"), run},
                                                {QStringLiteral("procedure"), QStringLiteral("upgrade")},
                                                {QStringLiteral("cluster"), QStringLiteral("lab")},
                                                {QStringLiteral("target"), QStringLiteral("2.2.15")},
                                                {QStringLiteral("operator"), QStringLiteral("ops@desk")},
                                                {QStringLiteral("steps"), steps}});
    }

    static QJsonObject step(const char *kind, const QString &id, const QString &state = QString())
    {
        return event(kind, {{QStringLiteral("step"), id}, {QStringLiteral("state"), state}});
    }

    // A run that stopped all nodes, was inside the backup when it stopped writing.
    void writeInterruptedRun(RunJournal &journal)
    {
        journal.append(started(QStringLiteral("r1")), true);
        journal.append(step(JournalEvent::StepStarted, QStringLiteral("preflight")));
        journal.append(step(JournalEvent::StepFinished, QStringLiteral("preflight"), QStringLiteral("succeeded")), true);
        journal.append(step(JournalEvent::StepStarted, QStringLiteral("stop")));
        journal.append(event(JournalEvent::CommandStarted, {{QStringLiteral("step"), QStringLiteral("stop")},
                                                             {QStringLiteral("host"), QStringLiteral("app-1")},
                                                             {QStringLiteral("command"), QStringLiteral("docker compose stop app")}}));
        journal.appendOutput({{QStringLiteral("app-1"), OutputLine::Stream::Stderr, 1, QStringLiteral("Stopping app")},
                              {QStringLiteral("app-1"), OutputLine::Stream::Stdout, 2, QStringLiteral("Stopped")}});
        journal.append(event(JournalEvent::CommandFinished, {{QStringLiteral("step"), QStringLiteral("stop")},
                                                              {QStringLiteral("host"), QStringLiteral("app-1")},
                                                              {QStringLiteral("outcome"), QStringLiteral("exited")},
                                                              {QStringLiteral("exit_code"), 0}}));
        journal.append(event(JournalEvent::NodeState, {{QStringLiteral("step"), QStringLiteral("stop")},
                                                        {QStringLiteral("node"), QStringLiteral("app-1")},
                                                        {QStringLiteral("state"), QStringLiteral("succeeded")}}));
        journal.append(event(JournalEvent::NodeState, {{QStringLiteral("step"), QStringLiteral("stop")},
                                                        {QStringLiteral("node"), QStringLiteral("app-2")},
                                                        {QStringLiteral("state"), QStringLiteral("running")}}));
        journal.append(event(JournalEvent::Fact, {{QStringLiteral("key"), QStringLiteral("previous_version")},
                                                   {QStringLiteral("value"), QStringLiteral("2.2.14")}}), true);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void interruptedRunIsRebuiltPerStepAndNode()
    {
        const QString path = m_dir.filePath(QStringLiteral("lab/r1"));
        {
            QString error;
            auto journal = RunJournal::open(path, &error);
            QVERIFY2(journal, qPrintable(error));
            writeInterruptedRun(*journal);
        }
        const auto record = JournalReader::read(path);
        QVERIFY(record);
        QCOMPARE(record->runId, QStringLiteral("r1"));
        QCOMPARE(record->operatorName, QStringLiteral("ops@desk"));
        QCOMPARE(toString(record->outcome), toString(RunOutcome::Interrupted));
        QVERIFY(record->isUnfinished());
        QCOMPARE(record->steps.size(), 5);
        QCOMPARE(toString(record->steps.at(0).state), toString(StepState::Succeeded));
        QCOMPARE(toString(record->steps.at(1).state), toString(StepState::Interrupted));
        QCOMPARE(toString(record->steps.at(1).nodes.value(QStringLiteral("app-1")).state), toString(StepState::Succeeded));
        QCOMPARE(toString(record->steps.at(1).nodes.value(QStringLiteral("app-2")).state), toString(StepState::Interrupted));
        QCOMPARE(toString(record->steps.at(2).state), toString(StepState::Pending));
        QCOMPARE(record->steps.at(1).commands.size(), 1);
        QCOMPARE(record->steps.at(1).commands.first().exitCode, 0);
        QCOMPARE(record->steps.at(1).commands.first().lineCount, 2);
        QCOMPARE(record->facts.value(QStringLiteral("previous_version")), QStringLiteral("2.2.14"));
        QCOMPARE(record->resumeIndex(), 1);
    }

    void tornLastLineFromAKilledWriterIsIgnored()
    {
        const QString path = m_dir.filePath(QStringLiteral("lab/torn"));
        {
            auto journal = RunJournal::open(path, nullptr);
            QVERIFY(journal);
            writeInterruptedRun(*journal);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"t\":5,\"ev\":\"step_done\",\"step\":\"st");
        file.close();
        const auto record = JournalReader::read(path);
        QVERIFY(record);
        QCOMPARE(toString(record->steps.at(1).state), toString(StepState::Interrupted));
    }

    void aRunStillBeingWrittenIsRunningNotInterrupted()
    {
        QTemporaryDir root;
        JournalStore store(root.path());
        const QString path = store.pathFor(QStringLiteral("lab"), QStringLiteral("live"));
        auto writer = RunJournal::open(path, nullptr);
        QVERIFY(writer);
        writer->append(started(QStringLiteral("live")), true);
        writer->append(step(JournalEvent::StepStarted, QStringLiteral("preflight")), true);
        QVERIFY(JournalReader::isBeingWritten(path));

        auto record = JournalReader::read(path);
        QVERIFY(record);
        QCOMPARE(toString(record->outcome), toString(RunOutcome::Running));
        QCOMPARE(toString(record->steps.at(0).state), toString(StepState::Running));
        QVERIFY(!record->isUnfinished());
        // Nothing to resume while it goes on, and no second writer.
        QVERIFY(!store.latestUnfinished(QStringLiteral("lab")));
        QString error;
        QVERIFY(!RunJournal::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("being written by another console")), qPrintable(error));

        writer.reset(); // the console is gone
        QVERIFY(!JournalReader::isBeingWritten(path));
        record = JournalReader::read(path);
        QCOMPARE(toString(record->outcome), toString(RunOutcome::Interrupted));
        QCOMPARE(toString(record->steps.at(0).state), toString(StepState::Interrupted));
        QCOMPARE(store.latestUnfinished(QStringLiteral("lab"))->runId, QStringLiteral("live"));
        auto resumed = RunJournal::open(path, &error);
        QVERIFY2(resumed, qPrintable(error));
    }

    void stepsAfterAFailureAreSkippedAndDecisionsKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("lab/r2"));
        {
            auto journal = RunJournal::open(path, nullptr);
            QVERIFY(journal);
            journal->append(started(QStringLiteral("r2")), true);
            journal->append(step(JournalEvent::StepStarted, QStringLiteral("preflight")));
            journal->append(step(JournalEvent::StepFinished, QStringLiteral("preflight"), QStringLiteral("succeeded")));
            journal->append(step(JournalEvent::StepStarted, QStringLiteral("stop")));
            journal->append(event(JournalEvent::StepFinished, {{QStringLiteral("step"), QStringLiteral("stop")},
                                                                {QStringLiteral("state"), QStringLiteral("failed")},
                                                                {QStringLiteral("message"), QStringLiteral("app-2: still running")}}));
            journal->append(event(JournalEvent::Decision, {{QStringLiteral("step"), QStringLiteral("stop")},
                                                            {QStringLiteral("kind"), QStringLiteral("failure")},
                                                            {QStringLiteral("answer"), QStringLiteral("abort")}}));
            journal->append(event(JournalEvent::RunFinished, {{QStringLiteral("outcome"), QStringLiteral("failed")},
                                                               {QStringLiteral("message"), QStringLiteral("app-2: still running")}}), true);
        }
        const auto record = JournalReader::read(path);
        QVERIFY(record);
        QCOMPARE(toString(record->outcome), toString(RunOutcome::Failed));
        QCOMPARE(toString(record->steps.at(1).state), toString(StepState::Failed));
        QCOMPARE(record->steps.at(1).message, QStringLiteral("app-2: still running"));
        for (int i = 2; i < 5; ++i)
            QCOMPARE(toString(record->steps.at(i).state), toString(StepState::SkippedAfterFailure));
        QCOMPARE(record->decisions.size(), 1);
        QCOMPARE(record->decisions.first().answer, QStringLiteral("abort"));
        QCOMPARE(record->resumeIndex(), 1);
    }

    void storeListsRunsAndFindsTheLatestUnfinished()
    {
        QTemporaryDir root;
        JournalStore store(root.path());
        const auto write = [&](const QString &run, qint64 startMs, const char *outcome) {
            auto journal = RunJournal::open(store.pathFor(QStringLiteral("lab"), run), nullptr);
            QJsonObject start = started(run);
            start.insert(QStringLiteral("t"), startMs);
            journal->append(start);
            if (outcome)
                journal->append(event(JournalEvent::RunFinished, {{QStringLiteral("outcome"), QLatin1String(outcome)}}));
        };
        write(QStringLiteral("a"), 1000, "succeeded");
        write(QStringLiteral("b"), 2000, nullptr);    // killed
        write(QStringLiteral("c"), 3000, "refused");  // refused by b's lock
        QCOMPARE(store.list(QStringLiteral("lab")).size(), 3);
        QCOMPARE(store.list().first().runId, QStringLiteral("c"));
        auto latest = store.latestUnfinished(QStringLiteral("lab"));
        QVERIFY(latest);
        QCOMPARE(latest->runId, QStringLiteral("b"));

        write(QStringLiteral("d"), 4000, "succeeded"); // someone finished the job later
        QVERIFY(!store.latestUnfinished(QStringLiteral("lab")));
        QVERIFY(!store.find(QStringLiteral("lab"), QStringLiteral("../x")));
        QVERIFY(store.newRunId() != store.newRunId());
    }

    void reportShowsStepsCommandsAndOutput()
    {
        const QString path = m_dir.filePath(QStringLiteral("lab/r1"));
        const auto record = JournalReader::read(path);
        QVERIFY(record);
        const QString html = RunReport::html(*record);
        QVERIFY(html.contains(QStringLiteral("Title of stop — interrupted")));
        QVERIFY(html.contains(QStringLiteral("docker compose stop app")));
        QVERIFY(html.contains(QStringLiteral("! Stopping app")));
        QVERIFY(html.contains(QStringLiteral("ops@desk")));

        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(RunReport::writePdf(*record, pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestRunJournal)
#include "TestRunJournal.moc"
