#include "WizardLabDriver.h"

#include <journal/JournalStore.h>
#include <procedure/ProcedureCatalog.h>

#include <QMessageBox>

#include <algorithm>
#include <memory>

// The in-app maintenance wizard against the lab, page by page: begin leaves one node
// behind the load balancer, the checklist waits for the operator, end brings every
// node back. Each state is checked from outside: the nginx upstream file, the app
// hosts' containers and HTTP answers.
class TestMaintenanceWizardLab : public QObject
{
    Q_OBJECT

private:
    WizardLabDriver m_driver;

    using Asked = WizardLabDriver::Asked;

    template<typename T>
    static T *child(QWidget &wizard, const char *name)
    {
        return WizardLabDriver::child<T>(wizard, name);
    }

    ProcedureWizard *startMaintenance() const
    {
        return m_driver.startWizard(ProcedureWizard::Kind::Maintenance, m_driver.lab.versions().first());
    }

    QStringList sorted(QStringList list) const
    {
        list.sort();
        return list;
    }

    // Every node runs and is healthy, and the load balancer serves from all of them.
    void checkWholeClusterServes() const
    {
        const int nodes = int(m_driver.lab.nodeUrls.size());
        QCOMPARE(m_driver.containerStates(), QStringList(nodes, QStringLiteral("running")));
        QCOMPARE(m_driver.lab.healthyNodes(), nodes);
        QCOMPARE(sorted(m_driver.upstreamAddresses()), sorted(m_driver.appAddresses()));
        QCOMPARE(m_driver.lbAnswers(8), QList<int>(8, 200));
    }

private slots:
    void initTestCase() { m_driver.initSuite(); }

    void init()
    {
        QVERIFY(m_driver.resetLab());
        QVERIFY(m_driver.firstStartByCli());
    }

    void beginChecklistAndEndPageByPage()
    {
        std::unique_ptr<ProcedureWizard> wizard(startMaintenance());
        QStringList titles;
        while (WizardLabDriver::waitForQuestion(*wizard) == Asked::Run) {
            if (titles.size() == 2) // the last step: commands, and the log of the first two
                WizardLabDriver::screenshot(*wizard, QStringLiteral("maintenance-step"));
            const QString title = m_driver.confirmAndRun(*wizard);
            QVERIFY(!title.isEmpty());
            titles.append(title);
        }
        QCOMPARE(wizard->currentPage(), int(ProcedureWizard::ChecklistPage));
        QVERIFY2(wizard->outcome() == nb::RunOutcome::Succeeded,
                 qPrintable(child<QLabel>(*wizard, "summaryMessage")->text()));
        QCOMPARE(titles.size(), 3); // preflight, load balancer to the first node, stop the others

        // One node runs, and the load balancer sends every request to it.
        const int nodes = int(m_driver.lab.nodeUrls.size());
        QStringList oneRunning(nodes, QStringLiteral("exited"));
        oneRunning.first() = QStringLiteral("running");
        QCOMPARE(m_driver.containerStates(), oneRunning);
        QCOMPARE(m_driver.lab.answeringNodes(), 1);
        QCOMPARE(ProcedureLab::get(m_driver.lab.nodeUrls.first() + QStringLiteral("__health_check")).second,
                 QByteArray("ok"));
        QCOMPARE(m_driver.upstreamAddresses(), QStringList{m_driver.appAddresses().first()});
        QCOMPARE(m_driver.lbAnswers(8), QList<int>(8, 200));

        // End waits for both confirmations; what was done is optional.
        auto *end = child<QPushButton>(*wizard, "endMaintenanceButton");
        auto *finished = child<QCheckBox>(*wizard, "checklistConfirm1");
        auto *verified = child<QCheckBox>(*wizard, "checklistConfirm2");
        auto *plugins = child<QCheckBox>(*wizard, "checklistWork1");
        QVERIFY(finished && verified && plugins);
        QVERIFY2(!end->isEnabled(), "End is allowed before the operator confirmed the checklist");
        plugins->setChecked(true);
        finished->setChecked(true);
        QVERIFY2(!end->isEnabled(), "End is allowed with one confirmation missing");
        verified->setChecked(true);
        QVERIFY(end->isEnabled());
        finished->setChecked(false);
        QVERIFY(!end->isEnabled());
        finished->setChecked(true);
        WizardLabDriver::screenshot(*wizard, QStringLiteral("maintenance-checklist"));
        QTest::mouseClick(end, Qt::LeftButton);

        titles = m_driver.runToEnd(*wizard);
        QCOMPARE(wizard->currentPage(), int(ProcedureWizard::SummaryPage));
        QVERIFY2(wizard->outcome() == nb::RunOutcome::Succeeded,
                 qPrintable(child<QLabel>(*wizard, "summaryMessage")->text()));
        QCOMPARE(titles.size(), 3); // preflight, start the others, load balancer to every node
        checkWholeClusterServes();

        QString error;
        const auto record = nb::JournalStore().find(m_driver.inventory.cluster, wizard->runId(), &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->procedure, QStringLiteral("maintenance-end"));
        QCOMPARE(record->options.value(QStringLiteral("work_done")).toArray(), QJsonArray{plugins->text()});
    }

    void declinedStepChangesNothing()
    {
        std::unique_ptr<ProcedureWizard> wizard(startMaintenance());
        QVERIFY(WizardLabDriver::waitForQuestion(*wizard) == Asked::Run);
        QVERIFY(!m_driver.confirmAndRun(*wizard).isEmpty()); // the preflight only looks
        QVERIFY(WizardLabDriver::waitForQuestion(*wizard) == Asked::Run);
        const auto begin = nb::ProcedureCatalog::maintenanceBegin();
        QVERIFY(child<QLabel>(*wizard, "stepTitle")->text().contains(begin.steps.at(1).title));
        QTest::mouseClick(child<QPushButton>(*wizard, "declineButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(ProcedureWizard::SummaryPage), 60000);

        QVERIFY2(wizard->outcome() == nb::RunOutcome::Refused,
                 qPrintable(child<QLabel>(*wizard, "summaryMessage")->text()));
        checkWholeClusterServes();
        // Nothing changed, so there is nothing to resume either.
        QVERIFY(!nb::JournalStore().latestUnfinished(m_driver.inventory.cluster));
    }

    void cancelAsksWhatToLeaveAndLeavesItSo()
    {
        std::unique_ptr<ProcedureWizard> wizard(startMaintenance());
        for (int i = 0; i < 2; ++i) { // preflight, load balancer to the first node
            QVERIFY(WizardLabDriver::waitForQuestion(*wizard) == Asked::Run);
            QVERIFY(!m_driver.confirmAndRun(*wizard).isEmpty());
        }
        QVERIFY(WizardLabDriver::waitForQuestion(*wizard) == Asked::Run);
        QVERIFY(child<QCheckBox>(*wizard, "confirmBox")->isVisible()); // stopping the others asks

        QStringList offered;
        WizardLabDriver::whenModalOpens([&offered](QWidget *modal) {
            for (const auto *button : modal->findChildren<QPushButton *>()) {
                if (!button->objectName().isEmpty())
                    offered.append(button->objectName());
            }
            if (auto *leave = modal->findChild<QPushButton *>(QStringLiteral("cancelLeave")))
                leave->click();
        });
        QTest::mouseClick(child<QPushButton>(*wizard, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!offered.isEmpty()); // the question is answered after the click returns
        offered.sort();
        // The in-app maintenance has no rollback to offer.
        QCOMPARE(offered, QStringList({QStringLiteral("cancelKeepRunning"), QStringLiteral("cancelLeave")}));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), 30000);

        // Left as it was when cancelled: the other nodes never stopped.
        const int nodes = int(m_driver.lab.nodeUrls.size());
        QCOMPARE(m_driver.containerStates(), QStringList(nodes, QStringLiteral("running")));
        QCOMPARE(m_driver.upstreamAddresses(), QStringList{m_driver.appAddresses().first()});
        QString error;
        const auto record = nb::JournalStore().find(m_driver.inventory.cluster, wizard->runId(), &error);
        QVERIFY2(record, qPrintable(error));
        QVERIFY(record->outcome == nb::RunOutcome::Failed); // changed, so it can be resumed
        const auto cancel = std::find_if(record->decisions.cbegin(), record->decisions.cend(),
                                         [](const nb::DecisionRecord &decision) {
                                             return decision.kind == QLatin1String("cancel");
                                         });
        QVERIFY2(cancel != record->decisions.cend(), "the cancel is not in the journal");
        QCOMPARE(cancel->answer, QStringLiteral("leave"));
        QCOMPARE(cancel->step, QStringLiteral("stop-others"));
    }
};

QTEST_MAIN(TestMaintenanceWizardLab)
#include "TestMaintenanceWizardLab.moc"
