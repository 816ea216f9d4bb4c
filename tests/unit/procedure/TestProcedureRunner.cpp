#include "FakeCluster.h"
#include "ScriptedObserver.h"

#include <journal/JournalEvent.h>
#include <journal/JournalReader.h>
#include <procedure/NodeReadiness.h>
#include <procedure/ProcedureCatalog.h>
#include <procedure/ProcedureRunner.h>
#include <procedure/ResumePlan.h>
#include <procedure/RunContext.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nb;

namespace {

Inventory labInventory()
{
    Inventory inventory;
    inventory.cluster = QStringLiteral("lab");
    for (int i = 1; i <= 3; ++i) {
        AppNode node;
        node.name = QStringLiteral("app-%1").arg(i);
        node.host = QStringLiteral("10.0.0.1%1").arg(i);
        inventory.app.nodes.append(node);
    }
    return inventory;
}

// One run against a fake cluster: its journal in a temporary folder, fast timings.
struct Run
{
    explicit Run(const QString &release, const QString &target, bool installed = true,
                 const QString &runId = QStringLiteral("run-1"))
        : cluster(inventory, release, installed)
    {
        settings.target = target;
        settings.pollInterval = std::chrono::milliseconds(1);
        settings.lbProbeInterval = std::chrono::milliseconds(1);
        settings.healthTimeout = std::chrono::milliseconds(500);
        settings.operatorName = QStringLiteral("tester@desk");
        open(runId);
    }

    void open(const QString &runId)
    {
        // As a new process would: the previous writer is gone before the journal opens.
        context.reset();
        journal.reset();
        journal = RunJournal::open(dir.filePath(runId), nullptr);
        context = std::make_unique<RunContext>(inventory, cluster, *journal, observer, runId, settings);
    }

    RunRecord record() const { return *JournalReader::read(journal->path()); }

    QTemporaryDir dir;
    Inventory inventory = labInventory();
    FakeCluster cluster;
    ScriptedObserver observer;
    RunSettings settings;
    std::unique_ptr<RunJournal> journal;
    std::unique_ptr<RunContext> context;
};

ProcedureRunner::Result upgrade(Run &run)
{
    static const Procedure procedure = ProcedureCatalog::upgrade();
    static const Procedure rollback = ProcedureCatalog::rollback();
    return ProcedureRunner(procedure, &rollback).run(*run.context);
}

} // namespace

class TestProcedureRunner : public QObject
{
    Q_OBJECT

private slots:
    void upgradeFollowsTheDocumentedOrder()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Succeeded));
        const auto &c = run.cluster;
        for (int i = 1; i <= 3; ++i) {
            const QString name = QStringLiteral("app-%1").arg(i);
            QCOMPARE(c.node(name).release, QStringLiteral("2.2.15"));
            QVERIFY(c.node(name).running);
            // Pulled before the downtime, stopped only after the LB shows maintenance.
            QVERIFY(c.indexOf(QStringLiteral("pull:%1:2.2.15").arg(name)) < c.indexOf(QStringLiteral("lb:maintenance")));
            QVERIFY(c.indexOf(QStringLiteral("lb:maintenance")) < c.indexOf(QStringLiteral("stop:") + name));
            QVERIFY(c.indexOf(QStringLiteral("stop:") + name) < c.indexOf(QStringLiteral("backup")));
            QVERIFY(c.indexOf(QStringLiteral("backup")) < c.indexOf(QStringLiteral("set-version:%1:2.2.15").arg(name)));
        }
        QVERIFY(c.indexOf(QStringLiteral("start:app-1")) < c.indexOf(QStringLiteral("start:app-2")));
        QVERIFY(c.indexOf(QStringLiteral("start:app-1")) < c.indexOf(QStringLiteral("start:app-3")));
        QVERIFY(c.indexOf(QStringLiteral("start:app-3")) < c.indexOf(QStringLiteral("lb:serve")));
        QCOMPARE(c.dbVersion, QStringLiteral("2.2.15"));
        QVERIFY(!c.maintenance);
        QVERIFY(run.observer.confirmed.contains(QStringLiteral("lb-maintenance")));
        QVERIFY(run.observer.notes.contains(QStringLiteral("app-2: 2.2.14 -> 2.2.15")));
        const QStringList downtime = run.observer.notes.filter(QStringLiteral("Downtime"));
        QCOMPARE(downtime.size(), 1);
        QVERIFY2(!downtime.first().contains(QStringLiteral("waiting for you")), qPrintable(downtime.first()));

        const RunRecord record = run.record();
        QCOMPARE(toString(record.outcome), toString(RunOutcome::Succeeded));
        QCOMPARE(record.operatorName, QStringLiteral("tester@desk"));
        for (const auto &step : record.steps) {
            // No folder was given for a copy of the backup.
            const StepState expected = step.id == QLatin1String("backup-copy") ? StepState::Skipped
                                                                               : StepState::Succeeded;
            QVERIFY2(step.state == expected, qPrintable(step.id));
            if (expected == StepState::Skipped)
                QCOMPARE(step.message, QStringLiteral("no folder was given for a copy"));
        }
        QCOMPARE(record.facts.value(QStringLiteral("previous_version.app-3")), QStringLiteral("2.2.14"));
        QVERIFY(!record.facts.value(QStringLiteral("backup")).isEmpty());
        QVERIFY(!c.events.contains(QStringLiteral("copy-backup")));
        // The front end knew before the step ended: it does not ask about a step that does not run.
        QCOMPARE(run.observer.passedOver, QStringList{QStringLiteral("backup-copy")});
    }

    void upgradeCopiesTheBackupHereBeforeTheVersionChanges()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        const QString folder = run.dir.filePath(QStringLiteral("copies/lab"));
        run.settings.backupCopyDir = folder;
        run.open(QStringLiteral("run-1"));
        run.cluster.failCopies = 1;
        run.observer.onFailure = FailurePolicy::Retry;
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Succeeded));
        const auto &c = run.cluster;
        // Tried once more after the first copy broke off; both before the version change.
        QCOMPARE(c.events.count(QStringLiteral("copy-backup")), 2);
        QVERIFY(c.indexOf(QStringLiteral("backup")) < c.indexOf(QStringLiteral("copy-backup")));
        QVERIFY(c.events.lastIndexOf(QStringLiteral("copy-backup")) < c.indexOf(QStringLiteral("set-version:app-1:2.2.15")));
        const RunRecord record = run.record();
        const QString copy = record.facts.value(QStringLiteral("backup_copy"));
        QCOMPARE(copy, QDir(folder).filePath(QStringLiteral("0.dump")));
        QVERIFY(QFileInfo(copy).size() > 0);
        QCOMPARE(record.facts.value(QStringLiteral("backup_copy_dir")), folder);
        // Progress in tenths, once each.
        const QStringList progress = run.observer.notes.filter(QStringLiteral("db: copying the backup: "));
        QVERIFY2(progress.size() == 4, qPrintable(progress.join(QLatin1Char('\n'))));
        QVERIFY2(progress.last().startsWith(QStringLiteral("db: copying the backup: 100 % (")),
                 qPrintable(progress.last()));
    }

    void preflightRefusesAFolderItCannotWriteTheCopyInto()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        QFile blocker(run.dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        run.settings.backupCopyDir = blocker.fileName() + QStringLiteral("/copies");
        run.open(QStringLiteral("run-1"));
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Refused));
        QVERIFY2(result.message.contains(QStringLiteral("cannot write the backup's copy into")),
                 qPrintable(result.message));
        QVERIFY(run.cluster.events.isEmpty());
    }

    void manualLoadBalancerWaitsForTheOperator()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.cluster.byHand = true;
        run.inventory.loadBalancer.url = QStringLiteral("https://nocobase.example/");
        run.observer.doByHand = [&run] { run.cluster.doByHand(); };
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Succeeded));
        const auto &c = run.cluster;
        // The operator was shown what to do at each switch, and the nodes stopped only
        // after they had put the load balancer into maintenance.
        QCOMPARE(run.observer.askedByHand.size(), 2);
        QVERIFY2(run.observer.askedByHand.first().startsWith(QStringLiteral("lb-maintenance: On the load balancer, show")),
                 qPrintable(run.observer.askedByHand.first()));
        QVERIFY2(run.observer.askedByHand.last().contains(QStringLiteral("serve the nodes")),
                 qPrintable(run.observer.askedByHand.last()));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(c.indexOf(QStringLiteral("lb:maintenance")) < c.indexOf(QStringLiteral("stop:app-%1").arg(i)));
        QVERIFY(!c.maintenance);

        int byHand = 0;
        for (const auto &decision : run.record().decisions)
            byHand += decision.kind == QLatin1String("by_hand") && decision.answer == QLatin1String("done");
        QCOMPARE(byHand, 2);
    }

    void manualLoadBalancerNotSwitchedStopsBeforeAnyNode()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.cluster.byHand = true;
        run.inventory.loadBalancer.url = QStringLiteral("https://nocobase.example/");
        run.observer.declineByHand = true;
        const auto result = upgrade(run);
        QVERIFY(result.outcome != RunOutcome::Succeeded);
        QVERIFY2(result.message.contains(QStringLiteral("did not confirm")), qPrintable(result.message));
        QCOMPARE(run.cluster.runningCount(), 3);
        QCOMPARE(run.cluster.indexOf(QStringLiteral("stop:app-1")), -1);
    }

    void manualLoadBalancerSaidDoneButNotSwitchedFailsTheCheck()
    {
        // "Done" is not taken on faith: the public URL must show the maintenance page.
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.settings.lbSwitchTimeout = std::chrono::milliseconds(200);
        run.open(QStringLiteral("run-1"));
        run.cluster.byHand = true;
        run.inventory.loadBalancer.url = QStringLiteral("https://nocobase.example/");
        const auto result = upgrade(run);
        QVERIFY(result.outcome != RunOutcome::Succeeded);
        QVERIFY2(result.message.contains(QStringLiteral("not confirmed")), qPrintable(result.message));
        QCOMPARE(run.cluster.runningCount(), 3);
    }

    void maintenanceWithManualLoadBalancer()
    {
        Run run(QStringLiteral("2.2.14"), QString());
        run.cluster.byHand = true;
        run.inventory.loadBalancer.url = QStringLiteral("https://nocobase.example/");
        run.observer.doByHand = [&run] { run.cluster.doByHand(); };
        static const Procedure begin = ProcedureCatalog::maintenanceBegin();
        QCOMPARE(toString(ProcedureRunner(begin, nullptr).run(*run.context).outcome), toString(RunOutcome::Succeeded));
        QCOMPARE(run.cluster.runningCount(), 1);
        QCOMPARE(run.cluster.upstream, QStringList{QStringLiteral("app-1")});
        QCOMPARE(run.observer.askedByHand.size(), 1);
        QVERIFY2(run.observer.askedByHand.first().contains(QStringLiteral("send traffic to app-1")),
                 qPrintable(run.observer.askedByHand.first()));
    }

    void manualLoadBalancerWithoutUrlIsRefusedBeforeAnyChange()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.cluster.byHand = true;
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Refused));
        QVERIFY2(result.message.contains(QStringLiteral("no url")), qPrintable(result.message));
        QVERIFY(run.observer.askedByHand.isEmpty());
        QCOMPARE(run.cluster.indexOf(QStringLiteral("pull:app-1:2.2.15")), -1);
    }

    void declinedConfirmationChangesNothing()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.observer.decline.insert(QStringLiteral("lb-maintenance"));
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Refused));
        QCOMPARE(run.cluster.runningCount(), 3);
        QVERIFY(!run.cluster.maintenance);
        QVERIFY(run.cluster.events.filter(QStringLiteral("stop:")).isEmpty());
        QCOMPARE(run.cluster.node(QStringLiteral("app-1")).release, QStringLiteral("2.2.14"));
    }

    void floatingTagIsRefusedBeforeAnything()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("latest"));
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Refused));
        QVERIFY(result.message.contains(QStringLiteral("floating")));
        QVERIFY(run.cluster.events.isEmpty());
    }

    void upgradeToTheRunningVersionDoesNothing()
    {
        Run run(QStringLiteral("2.2.15"), QStringLiteral("2.2.15"));
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Succeeded));
        QVERIFY(result.message.contains(QStringLiteral("already runs 2.2.15")));
        QVERIFY(run.cluster.events.isEmpty());
    }

    void downgradeIsRefused()
    {
        Run run(QStringLiteral("2.2.15"), QStringLiteral("2.2.14"));
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Refused));
        QVERIFY(result.message.startsWith(QStringLiteral("app-1: runs 2.2.15, newer than 2.2.14")));
    }

    void jumpAcrossMinorVersionsWarns()
    {
        Run run(QStringLiteral("2.0.3"), QStringLiteral("2.3.0"));
        run.observer.decline.insert(QStringLiteral("lb-maintenance"));
        upgrade(run);
        QVERIFY(!run.observer.notes.filter(QStringLiteral("crosses 3 minor versions")).isEmpty());
    }

    void failedMigrationRollsBackToTheBackup()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.cluster.failMigrationTo.insert(QStringLiteral("2.2.15"));
        run.observer.onFailure = FailurePolicy::RollBack;
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::RolledBack));
        QVERIFY(result.message.startsWith(QStringLiteral("app-1: migration failed (APP_ERROR): Migration")));
        QVERIFY(run.observer.offered.first().contains(FailurePolicy::RollBack));
        // app-2 and app-3 never started on the new release.
        QVERIFY(!run.cluster.events.contains(QStringLiteral("start:app-2"))
                || run.cluster.indexOf(QStringLiteral("start:app-2")) > run.cluster.indexOf(QStringLiteral("restore")));
        for (const char *name : {"app-1", "app-2", "app-3"}) {
            QCOMPARE(run.cluster.node(QLatin1String(name)).release, QStringLiteral("2.2.14"));
            QVERIFY(run.cluster.node(QLatin1String(name)).running);
        }
        QCOMPARE(run.cluster.dbVersion, QStringLiteral("2.2.14"));
        QCOMPARE(run.cluster.rows, 42);
        QVERIFY(!run.cluster.maintenance);
        const RunRecord record = run.record();
        QCOMPARE(toString(record.outcome), toString(RunOutcome::RolledBack));
        QCOMPARE(toString(record.step(QStringLiteral("start-first"))->state), toString(StepState::Failed));
        QCOMPARE(toString(record.step(QStringLiteral("start-others"))->state),
                 toString(StepState::SkippedAfterFailure));
        QCOMPARE(toString(record.step(QStringLiteral("rollback-restore"))->state), toString(StepState::Succeeded));
    }

    void theFirstNodesLogReachesTheJournalOnceUpToItsVerification()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        // Written after the start step stopped watching, before the verification.
        run.observer.onStep = [&run](const QString &id) {
            if (id == QLatin1String("verify-first"))
                run.cluster.appendLog(QStringLiteral("app-1"), QStringLiteral("GET /api/app:getInfo 200"));
        };
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Succeeded));
        QFile journal(run.journal->path());
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QStringList journaled;
        for (const QByteArray &line : journal.readAll().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (JournalEvent::kindOf(event) == QLatin1String(JournalEvent::Output)
                && event.value(QStringLiteral("host")).toString() == QLatin1String("app-1"))
                journaled.append(event.value(QStringLiteral("text")).toString());
        }
        // The log still holds the start's line at every read: it is journaled once.
        QCOMPARE(journaled.filter(QStringLiteral("NocoBase 2.2.15 listening")).size(), 1);
        QCOMPARE(journaled.filter(QStringLiteral("GET /api/app:getInfo 200")).size(), 1);
    }

    void theOperatorsTimeIsNotCountedAsTheConsoles()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        // The operator reads the first node's state before letting the run verify it.
        run.observer.onStep = [](const QString &id) {
            if (id == QLatin1String("verify-first"))
                QThread::msleep(400);
        };
        QCOMPARE(toString(upgrade(run).outcome), toString(RunOutcome::Succeeded));
        const QStringList downtime = run.observer.notes.filter(QStringLiteral("Downtime"));
        QCOMPARE(downtime.size(), 1);
        const QRegularExpression parts(QStringLiteral("([0-9.]+) s waiting for you, ([0-9.]+) s the console's own steps"));
        const auto match = parts.match(downtime.first());
        QVERIFY2(match.hasMatch(), qPrintable(downtime.first()));
        QVERIFY2(match.captured(1).toDouble() >= 0.4, qPrintable(downtime.first()));
        QVERIFY2(match.captured(2).toDouble() < 0.4, qPrintable(downtime.first()));
    }

    void onlyAStepThatChangesTheClusterMakesARollbackWorthOffering()
    {
        // What the wizard and a resumed run decide from a journal: checks and pulls
        // change nothing users notice, and neither do steps never started or passed
        // over after a failure.
        const Procedure upgrade = ProcedureCatalog::upgrade();
        RunRecord record;
        for (const auto &step : upgrade.steps) {
            StepRecord recorded;
            recorded.id = step.id;
            record.steps.append(recorded);
        }
        const auto set = [&record](const char *id, StepState state) {
            for (auto &step : record.steps) {
                if (step.id == QLatin1String(id))
                    step.state = state;
            }
        };
        set("preflight", StepState::Succeeded);
        set("pull", StepState::Succeeded);
        set("start-others", StepState::SkippedAfterFailure);
        QVERIFY(!ResumePlan::changedCluster(record, upgrade));
        set("lb-maintenance", StepState::Running); // killed in the middle of the switch
        QVERIFY(ResumePlan::changedCluster(record, upgrade));
    }

    void failedMigrationStopLeavesMaintenanceThenRollbackLater()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.cluster.failMigrationTo.insert(QStringLiteral("2.2.15"));
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Failed));
        QVERIFY(result.hint.contains(QStringLiteral("rollback")));
        QVERIFY(run.cluster.maintenance);
        QVERIFY(!run.cluster.node(QStringLiteral("app-2")).running);

        // `rollback --run ID`: a new process, facts from the journal only.
        const RunRecord record = run.record();
        QVERIFY(record.isUnfinished());
        run.open(record.runId);
        run.context->restoreFacts(record.facts);
        run.cluster.failMigrationTo.clear();
        static const Procedure procedure = ProcedureCatalog::upgrade();
        static const Procedure rollback = ProcedureCatalog::rollback();
        const auto rolled = ProcedureRunner(procedure, &rollback).rollBack(*run.context, QStringLiteral("by hand"));
        QCOMPARE(toString(rolled.outcome), toString(RunOutcome::RolledBack));
        QCOMPARE(run.cluster.dbVersion, QStringLiteral("2.2.14"));
        QCOMPARE(run.cluster.runningCount(), 3);
        QVERIFY(!run.cluster.maintenance);
        QCOMPARE(toString(run.record().outcome), toString(RunOutcome::RolledBack));
    }

    void nodeWithAnotherReleaseIsNeverStarted()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.cluster.ignoreSetVersionOn.insert(QStringLiteral("app-2"));
        const auto result = upgrade(run);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Failed));
        QVERIFY(result.message.startsWith(QStringLiteral("app-2: the host has release 2.2.14, not 2.2.15")));
        QVERIFY(!run.cluster.events.contains(QStringLiteral("start:app-2")));
        QCOMPARE(run.cluster.dbVersion, QStringLiteral("2.2.14"));
    }

    void interruptedRunResumesAtTheExactStep()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        QVERIFY(upgrade(run).outcome == RunOutcome::Succeeded);
        // Cut the journal where a killed console would have left it: inside set-version,
        // with the cluster rolled back to that moment.
        const QString path = run.journal->path();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArrayList lines = file.readAll().split('\n');
        file.close();
        int cut = 0;
        while (!lines.at(cut).contains("\"step_started\"") || !lines.at(cut).contains("\"set-version\""))
            ++cut;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.mid(0, cut + 1).join('\n') + '\n');
        file.close();

        Run again(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        again.cluster.maintenance = true;
        for (const auto &node : again.inventory.app.nodes)
            again.cluster.stop(node);
        again.cluster.events.clear();
        QVERIFY(QFile::copy(path, again.dir.filePath(QStringLiteral("resumed"))));
        // Read before the resuming console opens it to write, as resume does.
        const RunRecord record = *JournalReader::read(again.dir.filePath(QStringLiteral("resumed")));
        again.open(QStringLiteral("resumed"));
        QCOMPARE(toString(record.outcome), toString(RunOutcome::Interrupted));
        QCOMPARE(record.steps.at(record.resumeIndex()).id, QStringLiteral("set-version"));
        QCOMPARE(toString(record.steps.at(record.resumeIndex()).state), toString(StepState::Interrupted));

        again.context->restoreFacts(record.facts);
        static const Procedure procedure = ProcedureCatalog::upgrade();
        const auto result = ProcedureRunner(procedure).resume(*again.context, record.resumeIndex(), true,
                                                              QStringLiteral("lb in maintenance"));
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Succeeded));
        QVERIFY(again.cluster.events.first().startsWith(QStringLiteral("set-version:")));
        QVERIFY(again.cluster.events.filter(QStringLiteral("pull:")).isEmpty());
        QVERIFY(again.cluster.events.filter(QStringLiteral("backup")).isEmpty());
        QCOMPARE(again.cluster.dbVersion, QStringLiteral("2.2.15"));
        QVERIFY(!again.cluster.maintenance);
        const RunRecord done = again.record();
        QCOMPARE(done.resumeCount, 1);
        QCOMPARE(toString(done.outcome), toString(RunOutcome::Succeeded));
    }

    void retryRunsTheStepAgain()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.cluster.failStarts.insert(QStringLiteral("app-1"), 1);
        run.observer.onFailure = FailurePolicy::Retry;
        QCOMPARE(toString(upgrade(run).outcome), toString(RunOutcome::Succeeded));
        QCOMPARE(run.cluster.events.count(QStringLiteral("start:app-1")), 2);
        QVERIFY(run.observer.finished.contains(QStringLiteral("start-first:failed")));
        QVERIFY(run.observer.finished.contains(QStringLiteral("start-first:succeeded")));
        const RunRecord record = run.record();
        QCOMPARE(toString(record.step(QStringLiteral("start-first"))->state), toString(StepState::Succeeded));
        QCOMPARE(record.decisions.last().answer, QStringLiteral("retry"));
    }

    void stepDoneByHandIsRecordedWithItsReason()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        run.cluster.failStarts.insert(QStringLiteral("app-3"), 100);
        run.observer.onFailure = FailurePolicy::MarkDoneByHand;
        QCOMPARE(toString(upgrade(run).outcome), toString(RunOutcome::Succeeded));
        const RunRecord record = run.record();
        const StepRecord *others = record.step(QStringLiteral("start-others"));
        QCOMPARE(toString(others->state), toString(StepState::DoneByHand));
        QCOMPARE(toString(others->nodes.value(QStringLiteral("app-3")).state), toString(StepState::Failed));
        QCOMPARE(toString(others->nodes.value(QStringLiteral("app-2")).state), toString(StepState::Succeeded));
        QCOMPARE(record.decisions.last().answer, QStringLiteral("by-hand"));
        QCOMPARE(record.decisions.last().reason, QStringLiteral("test"));
    }

    void rollbackIsNotOfferedBeforeTheClusterChanged()
    {
        // Preflight fails (a node reports a newer release): nothing to roll back.
        Run newer(QStringLiteral("2.2.16"), QStringLiteral("2.2.15"));
        newer.observer.onFailure = FailurePolicy::RollBack;
        QCOMPARE(toString(upgrade(newer).outcome), toString(RunOutcome::Refused));
        QVERIFY(!newer.observer.offered.first().contains(FailurePolicy::RollBack));
        QVERIFY(!newer.cluster.events.contains(QStringLiteral("restore")));
    }

    void firstStartStartsOneNodeFirst()
    {
        Run run(QStringLiteral("2.2.15"), QString(), false);
        const auto result = ProcedureRunner(ProcedureCatalog::firstStart()).run(*run.context);
        QCOMPARE(toString(result.outcome), toString(RunOutcome::Succeeded));
        const auto &events = run.cluster.events;
        QCOMPARE(events.first(), QStringLiteral("start:app-1"));
        QCOMPARE(run.cluster.dbVersion, QStringLiteral("2.2.15"));
        QCOMPARE(run.cluster.runningCount(), 3);
    }

    void maintenanceLeavesOneNodeThenAll()
    {
        Run run(QStringLiteral("2.2.15"), QString());
        QCOMPARE(toString(ProcedureRunner(ProcedureCatalog::maintenanceBegin()).run(*run.context).outcome),
                 toString(RunOutcome::Succeeded));
        QCOMPARE(run.cluster.runningCount(), 1);
        QVERIFY(run.cluster.node(QStringLiteral("app-1")).running);
        QCOMPARE(run.cluster.upstream, QStringList{QStringLiteral("app-1")});
        QVERIFY(run.cluster.indexOf(QStringLiteral("lb:upstream:app-1")) < run.cluster.indexOf(QStringLiteral("stop:app-2")));
        QVERIFY(run.observer.confirmed.contains(QStringLiteral("stop-others")));

        run.open(QStringLiteral("run-2"));
        QCOMPARE(toString(ProcedureRunner(ProcedureCatalog::maintenanceEnd()).run(*run.context).outcome),
                 toString(RunOutcome::Succeeded));
        QCOMPARE(run.cluster.runningCount(), 3);
        QCOMPARE(run.cluster.upstream.size(), 3);
    }

    void dryRunShowsEveryStepAndChangesNothing()
    {
        Run run(QStringLiteral("2.2.14"), QStringLiteral("2.2.15"));
        const Procedure procedure = ProcedureCatalog::upgrade();
        const auto plan = ProcedureRunner::dryRun(procedure, *run.context);
        // Every step but the copy of the backup, for which no folder was given.
        QCOMPARE(plan.size(), procedure.steps.size() - 1);
        for (const auto &entry : plan)
            QVERIFY(entry.first->id != QLatin1String("backup-copy"));
        int stopCommands = 0;
        for (const auto &entry : plan) {
            if (entry.first->id == QLatin1String("stop-all"))
                stopCommands = int(entry.second.size());
        }
        QCOMPARE(stopCommands, 3);
        QVERIFY(run.cluster.events.isEmpty());
    }

    void aLogTailReadAgainShowsOnlyItsNewLines()
    {
        const QStringList first{QStringLiteral("yarn run v1.22.22"), QStringLiteral("Done in 0.96s."),
                                QStringLiteral("load plugin [acl]"), QStringLiteral("Done in 0.96s.")};
        // A `tail -n 4` two seconds later: two lines fell off the front, two are new.
        const QStringList second{QStringLiteral("load plugin [acl]"), QStringLiteral("Done in 0.96s."),
                                 QStringLiteral("load plugin [users]"), QStringLiteral("Done in 0.96s.")};
        QCOMPARE(NodeReadiness::unseenLines({}, first), first);
        QCOMPARE(NodeReadiness::unseenLines(first, second),
                 (QStringList{QStringLiteral("load plugin [users]"), QStringLiteral("Done in 0.96s.")}));
        QCOMPARE(NodeReadiness::unseenLines(second, second), QStringList());
        // A runtime that filters by time returns only new lines: nothing to take off.
        const QStringList fresh{QStringLiteral("app has been started")};
        QCOMPARE(NodeReadiness::unseenLines(second, fresh), fresh);
    }

    void verdictNeedsHealthVersionAndCleanLog()
    {
        AppNode node;
        node.name = QStringLiteral("app-1");
        NodeSnapshot probe;
        probe.health = NodeSnapshot::Health::Ready;
        probe.dbVersion = QStringLiteral("2.2.14");
        QVERIFY(!NodeReadiness::judge(node, probe, QStringLiteral("2.2.15"), {}).ok);
        probe.dbVersion = QStringLiteral("2.2.15");
        QVERIFY(NodeReadiness::judge(node, probe, QStringLiteral("2.2.15"), {}).ok);
        QVERIFY(!NodeReadiness::judge(node, probe, QStringLiteral("2.2.15"), {QStringLiteral("MigrationError")}).ok);
        probe.health = NodeSnapshot::Health::Failed;
        probe.code = QStringLiteral("APP_ERROR");
        probe.message = QStringLiteral("Migration m1 (up) failed: boom");
        QCOMPARE(NodeReadiness::judge(node, probe, QStringLiteral("2.2.15"), {}).reason,
                 QStringLiteral("app-1: migration failed (APP_ERROR): Migration m1 (up) failed: boom"));
    }
};

QTEST_GUILESS_MAIN(TestProcedureRunner)
#include "TestProcedureRunner.moc"
