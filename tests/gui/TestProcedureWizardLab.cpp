#include "ProcedureLab.h"

#include <inventory/InventoryLoader.h>
#include <journal/JournalStore.h>
#include <wizard/ProcedureWizard.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

// Drives the procedure wizards page by page against the lab, as an operator would:
// read the step, confirm it, press Run, and check the cluster from outside afterwards.
class TestProcedureWizardLab : public QObject
{
    Q_OBJECT

private:
    ProcedureLab m_lab;
    std::optional<nb::Inventory> m_inventory;

    bool resetLab() const
    {
        const QString command = qEnvironmentVariable("NBLAB_RESET_COMMAND");
        if (command.isEmpty())
            return m_lab.reset();
        QProcess process;
        process.startCommand(command);
        return process.waitForFinished(180000) && process.exitCode() == 0;
    }

    template<typename T>
    static T *child(ProcedureWizard &wizard, const char *name)
    {
        return wizard.findChild<T *>(QString::fromLatin1(name));
    }

    enum class Asked { Run, Failure, Done };

    // Waits until the wizard asks for Run or for a choice after a failure, or ends.
    static Asked waitForQuestion(ProcedureWizard &wizard)
    {
        auto *decline = child<QPushButton>(wizard, "declineButton");
        auto *failure = child<QWidget>(wizard, "failureBox");
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 300000) {
            if (wizard.currentPage() == ProcedureWizard::SummaryPage)
                return Asked::Done;
            if (decline->isVisible())
                return Asked::Run;
            if (failure->isVisible())
                return Asked::Failure;
            QTest::qWait(50);
        }
        return Asked::Done;
    }

    // Gives the confirmation the page asks for (tick, or type the cluster name after
    // checking that a wrong name keeps Run disabled), then presses Run.
    void confirmAndRun(ProcedureWizard &wizard)
    {
        auto *run = child<QPushButton>(wizard, "runButton");
        auto *nameEdit = child<QLineEdit>(wizard, "clusterNameEdit");
        auto *confirmBox = child<QCheckBox>(wizard, "confirmBox");
        QCOMPARE(wizard.currentPage(), int(ProcedureWizard::StepPage));
        QVERIFY(!child<QLabel>(wizard, "stepTitle")->text().isEmpty());
        QVERIFY(!child<QWidget>(wizard, "commandsView")->property("plainText").toString().isEmpty());
        if (nameEdit->isVisible()) {
            QVERIFY(!run->isEnabled());
            QTest::keyClicks(nameEdit, m_inventory->cluster + QStringLiteral("x"));
            QVERIFY2(!run->isEnabled(), "a wrong cluster name must keep Run disabled");
            nameEdit->setText(m_inventory->cluster);
        } else if (confirmBox->isVisible()) {
            QVERIFY(!run->isEnabled());
            confirmBox->setChecked(true);
        }
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
    }

    ProcedureWizard *startWizard(ProcedureWizard::Kind kind, const QString &version = QString())
    {
        auto *wizard = new ProcedureWizard(kind, *m_inventory, QStringLiteral("2.2.14"));
        wizard->show();
        if (!version.isEmpty())
            child<QLineEdit>(*wizard, "versionEdit")->setText(version);
        QTest::mouseClick(child<QPushButton>(*wizard, "startButton"), Qt::LeftButton);
        return wizard;
    }

    void firstStartByCli()
    {
        const auto run = m_lab.cli({QStringLiteral("first-start"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), "NBLAB_DIR must name a running lab (lab.json)");
        qputenv("XDG_DATA_HOME", m_lab.data.path().toLocal8Bit());
        const auto loaded = nb::InventoryLoader::loadFile(m_lab.inventory);
        QVERIFY2(loaded.inventory, qPrintable(m_lab.inventory));
        m_inventory = *loaded.inventory;
    }
    void init() { QVERIFY(resetLab()); }

    void firstStartConfirmedStepByStepLeavesEveryNodeHealthy()
    {
        std::unique_ptr<ProcedureWizard> wizard(startWizard(ProcedureWizard::Kind::FirstStart));
        int pages = 0;
        while (waitForQuestion(*wizard) == Asked::Run) {
            confirmAndRun(*wizard);
            ++pages;
        }
        QCOMPARE(wizard->currentPage(), int(ProcedureWizard::SummaryPage));
        QVERIFY2(wizard->outcome() == nb::RunOutcome::Succeeded,
                 qPrintable(child<QLabel>(*wizard, "summaryMessage")->text()));
        QCOMPARE(pages, 4); // preflight, first node, the other nodes, load balancer
        QCOMPARE(m_lab.healthyNodes(), int(m_lab.nodeUrls.size()));
        QCOMPARE(m_lab.versions(), QStringList(m_lab.nodeUrls.size(), QStringLiteral("2.2.14")));
        QCOMPARE(m_lab.lbStatus(), 200);
    }

    void closedWizardStopsTheRunAndItResumesAtTheExactStep()
    {
        std::unique_ptr<ProcedureWizard> wizard(startWizard(ProcedureWizard::Kind::FirstStart));
        for (int i = 0; i < 2; ++i) { // preflight, then the first node
            QVERIFY(waitForQuestion(*wizard) == Asked::Run);
            confirmAndRun(*wizard);
        }
        QVERIFY(waitForQuestion(*wizard) == Asked::Run);
        // Closing while the run waits must answer "no" and end the worker, not hang.
        QElapsedTimer closing;
        closing.start();
        wizard.reset();
        QVERIFY2(closing.elapsed() < 30000, "closing the wizard waited for the run");
        QCOMPARE(m_lab.healthyNodes(), 1);

        const auto record = nb::JournalStore().latestUnfinished(m_inventory->cluster);
        QVERIFY(record);
        QCOMPARE(record->procedure, QStringLiteral("first-start"));
        wizard.reset(new ProcedureWizard(ProcedureWizard::Kind::FirstStart, *m_inventory, QString()));
        wizard->setResume(*record);
        wizard->show();
        QTest::mouseClick(child<QPushButton>(*wizard, "startButton"), Qt::LeftButton);
        QStringList titles;
        while (waitForQuestion(*wizard) == Asked::Run) {
            titles.append(child<QLabel>(*wizard, "stepTitle")->text());
            confirmAndRun(*wizard);
        }
        QVERIFY2(wizard->outcome() == nb::RunOutcome::Succeeded,
                 qPrintable(child<QLabel>(*wizard, "summaryMessage")->text()));
        QCOMPARE(wizard->runId(), record->runId);
        QCOMPARE(titles.size(), 2); // the other nodes, then the load balancer
        QCOMPARE(m_lab.healthyNodes(), int(m_lab.nodeUrls.size()));
        QCOMPARE(m_lab.lbStatus(), 200);
    }

    void declinedUpgradeLeavesTheClusterServing()
    {
        firstStartByCli();
        std::unique_ptr<ProcedureWizard> wizard(startWizard(ProcedureWizard::Kind::Upgrade, QStringLiteral("2.2.15")));
        auto *nameEdit = child<QLineEdit>(*wizard, "clusterNameEdit");
        // Preflight and pull change nothing; the load balancer step asks for the name.
        while (waitForQuestion(*wizard) == Asked::Run && !nameEdit->isVisible())
            confirmAndRun(*wizard);
        QVERIFY(nameEdit->isVisible());
        QTest::keyClicks(nameEdit, QStringLiteral("not-") + m_inventory->cluster);
        QVERIFY(!child<QPushButton>(*wizard, "runButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(*wizard, "declineButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(ProcedureWizard::SummaryPage), 60000);
        QVERIFY(wizard->outcome() == nb::RunOutcome::Refused);
        QCOMPARE(m_lab.lbStatus(), 200);
        QCOMPARE(m_lab.healthyNodes(), int(m_lab.nodeUrls.size()));
        QCOMPARE(m_lab.versions(), QStringList(m_lab.nodeUrls.size(), QStringLiteral("2.2.14")));
    }

    void failedMigrationIsRolledBackFromTheFailurePage()
    {
        firstStartByCli();
        QVERIFY(m_lab.labCommand({QStringLiteral("registry"), QStringLiteral("--dir"), m_lab.dir, QStringLiteral("add"),
                                  QStringLiteral("2.2.17"), QStringLiteral("--fail-migration")}));
        std::unique_ptr<ProcedureWizard> wizard(startWizard(ProcedureWizard::Kind::Upgrade, QStringLiteral("2.2.17")));
        int failures = 0;
        for (Asked asked = waitForQuestion(*wizard); asked != Asked::Done; asked = waitForQuestion(*wizard)) {
            if (asked == Asked::Run) {
                confirmAndRun(*wizard);
                continue;
            }
            ++failures;
            auto *rollBack = child<QRadioButton>(*wizard, "failure_rollback");
            QVERIFY2(rollBack->isVisible(), "a failure after the version change offers the rollback");
            QVERIFY(!child<QPushButton>(*wizard, "failureButton")->isEnabled());
            rollBack->setChecked(true);
            QTest::mouseClick(child<QPushButton>(*wizard, "failureButton"), Qt::LeftButton);
        }
        QCOMPARE(failures, 1);
        QVERIFY2(wizard->outcome() == nb::RunOutcome::RolledBack,
                 qPrintable(child<QLabel>(*wizard, "summaryMessage")->text()));
        QCOMPARE(m_lab.versions(), QStringList(m_lab.nodeUrls.size(), QStringLiteral("2.2.14")));
        QCOMPARE(m_lab.healthyNodes(), int(m_lab.nodeUrls.size()));
        QCOMPARE(m_lab.lbStatus(), 200);
    }
};

QTEST_MAIN(TestProcedureWizardLab)
#include "TestProcedureWizardLab.moc"
