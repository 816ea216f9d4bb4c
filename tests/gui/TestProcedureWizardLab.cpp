#include "WizardLabDriver.h"

#include <journal/JournalStore.h>

#include <QRadioButton>

#include <memory>

// Drives the procedure wizards page by page against the lab, as an operator would:
// read the step, confirm it, press Run, and check the cluster from outside afterwards.
class TestProcedureWizardLab : public QObject
{
    Q_OBJECT

private:
    WizardLabDriver m_driver;
    ProcedureLab &m_lab = m_driver.lab;

    using Asked = WizardLabDriver::Asked;

    template<typename T>
    static T *child(ProcedureWizard &wizard, const char *name)
    {
        return WizardLabDriver::child<T>(wizard, name);
    }
    static Asked waitForQuestion(ProcedureWizard &wizard) { return WizardLabDriver::waitForQuestion(wizard); }
    void confirmAndRun(ProcedureWizard &wizard) { QVERIFY(!m_driver.confirmAndRun(wizard).isEmpty()); }

    ProcedureWizard *startWizard(ProcedureWizard::Kind kind, const QString &version = QString())
    {
        return m_driver.startWizard(kind, QStringLiteral("2.2.14"), version);
    }

    void firstStartByCli() { QVERIFY(m_driver.firstStartByCli()); }

private slots:
    void initTestCase() { m_driver.initSuite(); }
    void init() { QVERIFY(m_driver.resetLab()); }

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

        const auto record = nb::JournalStore().latestUnfinished(m_driver.inventory.cluster);
        QVERIFY(record);
        QCOMPARE(record->procedure, QStringLiteral("first-start"));
        wizard.reset(new ProcedureWizard(ProcedureWizard::Kind::FirstStart, m_driver.inventory, QString()));
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
        QTest::keyClicks(nameEdit, QStringLiteral("not-") + m_driver.inventory.cluster);
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
