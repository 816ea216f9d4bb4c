#include "WizardLabDriver.h"

#include <journal/JournalStore.h>
#include <procedure/ProcedureCatalog.h>

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>

#include <algorithm>
#include <memory>

// The upgrade wizard against the lab, as an operator uses it: pick the version (the
// field refuses what the cluster must not get), run every page to a healthy cluster
// and export the report; and cancel a run, keep it going, then have it rolled back.
// The lab's registry has 2.2.12 to 2.2.16 and `latest`; the cluster starts on 2.2.14.
class TestUpgradeWizardLab : public QObject
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

    QString runVersion() const { return m_driver.lab.versions().first(); }

    // Opens the file dialog of an export button, saves to `path` and waits for the file.
    static void exportTo(ProcedureWizard &wizard, const char *button, const QString &path)
    {
        bool sawDialog = false;
        WizardLabDriver::whenModalOpens([&sawDialog, path](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            sawDialog = dialog != nullptr;
            if (!dialog) {
                modal->close();
                return;
            }
            dialog->selectFile(path);
            // Qt's dialog may still put the suggested name back once its folder has
            // loaded; the name field is what accept() reads, so set it as a person types.
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
        });
        QTest::mouseClick(child<QPushButton>(wizard, button), Qt::LeftButton);
        QVERIFY2(sawDialog, "Export did not ask where to save");
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(path).size() > 0,
                                  qPrintable(child<QLabel>(wizard, "exportState")->text()), 10000);
        QVERIFY(child<QLabel>(wizard, "exportState")->text().contains(path));
    }

    void checkServingOn(const QString &version) const
    {
        const int nodes = int(m_driver.lab.nodeUrls.size());
        QCOMPARE(m_driver.lab.versions(), QStringList(nodes, version));
        QCOMPARE(m_driver.lab.healthyNodes(), nodes);
        QCOMPARE(m_driver.lbAnswers(5), QList<int>(5, 200));
    }

private slots:
    void initTestCase() { m_driver.initSuite(); }

    void init()
    {
        QVERIFY(m_driver.resetLab());
        QVERIFY(m_driver.firstStartByCli());
    }

    void healthyUpgradeThroughEveryPageWithReport()
    {
        const QString current = runVersion();
        QCOMPARE(current, QStringLiteral("2.2.14"));
        std::unique_ptr<ProcedureWizard> wizard(
            new ProcedureWizard(ProcedureWizard::Kind::Upgrade, m_driver.inventory, current));
        wizard->show();
        QCOMPARE(child<QLabel>(*wizard, "currentVersion")->text(), current);
        // The copy is optional: the step list says when its step is passed over.
        const QString steps = child<QLabel>(*wizard, "stepList")->text();
        QVERIFY2(steps.contains(QStringLiteral("Copy the backup to this computer <i>(passed over when no folder "
                                               "was given for a copy)</i>")),
                 qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("<li>Back up the database</li>")), qPrintable(steps));
        auto *edit = child<QLineEdit>(*wizard, "versionEdit");
        auto *why = child<QLabel>(*wizard, "versionError");
        auto *start = child<QPushButton>(*wizard, "startButton");
        const auto type = [edit](const QString &text) {
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        // Both tags exist in the lab's registry: only the field stands in the way.
        type(QStringLiteral("latest"));
        QVERIFY(!start->isEnabled());
        QVERIFY2(why->isVisible() && why->text().contains(QStringLiteral("floating")), qPrintable(why->text()));
        type(QStringLiteral("2.2.13"));
        QVERIFY(!start->isEnabled());
        QVERIFY2(why->text().contains(QStringLiteral("2.2.13")) && why->text().contains(current)
                     && why->text().contains(QStringLiteral("downgrade")),
                 qPrintable(why->text()));
        WizardLabDriver::screenshot(*wizard, QStringLiteral("upgrade-version-refused"));
        type(QStringLiteral("2.2.15"));
        QVERIFY(start->isEnabled());
        QVERIFY(why->text().isEmpty());
        // A copy of the backup on this computer: a folder given by its full path.
        QTemporaryDir here;
        auto *copyEdit = child<QLineEdit>(*wizard, "backupCopyEdit");
        QTest::keyClicks(copyEdit, QStringLiteral("backups"));
        QVERIFY(!start->isEnabled());
        QVERIFY2(why->text().contains(QStringLiteral("full path")), qPrintable(why->text()));
        copyEdit->clear();
        QTest::keyClicks(copyEdit, here.filePath(QStringLiteral("backups")));
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);

        const nb::Procedure upgrade = nb::ProcedureCatalog::upgrade();
        const QString verifyTitle = upgrade.step(QStringLiteral("verify-first"))->title;
        QStringList titles;
        bool verifyWaited = false;
        Asked asked;
        while ((asked = WizardLabDriver::waitForQuestion(*wizard)) == Asked::Run) {
            if (child<QLabel>(*wizard, "stepTitle")->text().contains(verifyTitle)) {
                // The verification waits for the operator: the first node runs the new
                // version alone, the others stay stopped and users see the 503 page.
                QTest::qWait(1500);
                QVERIFY(child<QPushButton>(*wizard, "declineButton")->isVisible());
                QCOMPARE(m_driver.lab.answeringNodes(), 1);
                QCOMPARE(m_driver.lab.versions().first(), QStringLiteral("2.2.15"));
                QCOMPARE(m_driver.lab.lbStatus(), 503);
                WizardLabDriver::screenshot(*wizard, QStringLiteral("upgrade-step"));
                verifyWaited = true;
            }
            const QString title = m_driver.confirmAndRun(*wizard);
            QVERIFY(!title.isEmpty());
            titles.append(title);
        }
        QVERIFY(verifyWaited);
        // A failed step says which and why, rather than a page number later.
        QVERIFY2(asked != Asked::Failure, qPrintable(child<QLabel>(*wizard, "stepTitle")->text() + QStringLiteral(": ")
                                                     + child<QLabel>(*wizard, "stepState")->text()));
        QCOMPARE(wizard->currentPage(), int(ProcedureWizard::SummaryPage));
        QVERIFY2(wizard->outcome() == nb::RunOutcome::Succeeded,
                 qPrintable(child<QLabel>(*wizard, "summaryMessage")->text()));
        QCOMPARE(titles.size(), upgrade.steps.size());
        for (int i = 0; i < titles.size(); ++i)
            QVERIFY2(titles.at(i).contains(upgrade.steps.at(i).title.toHtmlEscaped()), qPrintable(titles.at(i)));
        checkServingOn(QStringLiteral("2.2.15"));
        const QStringList copies = QDir(here.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        QVERIFY2(copies.size() == 1 && copies.first().endsWith(QStringLiteral(".dump")), qPrintable(copies.join(u' ')));
        const QString notes = child<QPlainTextEdit>(*wizard, "summaryNotes")->toPlainText();
        QVERIFY2(notes.contains(QStringLiteral("Downtime")), qPrintable(notes));
        WizardLabDriver::screenshot(*wizard, QStringLiteral("upgrade-summary"));

        QTemporaryDir out;
        const QString html = out.filePath(QStringLiteral("upgrade.html"));
        const QString pdf = out.filePath(QStringLiteral("upgrade.pdf"));
        exportTo(*wizard, "exportHtmlButton", html);
        if (QTest::currentTestFailed())
            return;
        exportTo(*wizard, "exportPdfButton", pdf);
        if (QTest::currentTestFailed())
            return;
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(report.contains(wizard->runId()));
        for (const auto &step : upgrade.steps)
            QVERIFY2(report.contains(step.title.toHtmlEscaped()), qPrintable(step.title));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
    }

    void cancelMidRunKeepsRunningThenRollsBack()
    {
        QVERIFY(m_driver.lab.labCommand({QStringLiteral("registry"), QStringLiteral("--dir"), m_driver.lab.dir,
                                         QStringLiteral("add"), QStringLiteral("2.2.17"),
                                         QStringLiteral("--fail-migration")}));
        std::unique_ptr<ProcedureWizard> wizard(
            m_driver.startWizard(ProcedureWizard::Kind::Upgrade, runVersion(), QStringLiteral("2.2.17")));
        const nb::Procedure upgrade = nb::ProcedureCatalog::upgrade();
        const QString startFirst = upgrade.step(QStringLiteral("start-first"))->title;
        while (WizardLabDriver::waitForQuestion(*wizard) == Asked::Run) {
            const QString title = m_driver.confirmAndRun(*wizard);
            QVERIFY(!title.isEmpty());
            if (title.contains(startFirst))
                break;
        }
        // Cancel while the first node migrates: the question names the rollback's steps;
        // "keep running" lets the step go on to its end.
        QStringList offered;
        QString details;
        const auto answerWith = [&offered, &details](const char *choice) {
            WizardLabDriver::whenModalOpens([&offered, &details, choice](QWidget *modal) {
                offered.clear();
                for (const auto *button : modal->findChildren<QPushButton *>()) {
                    if (!button->objectName().isEmpty())
                        offered.append(button->objectName());
                }
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    details = box->informativeText();
                WizardLabDriver::screenshot(*modal, QStringLiteral("upgrade-cancel-question"));
                if (auto *button = modal->findChild<QPushButton *>(QString::fromLatin1(choice)))
                    button->click();
            });
        };
        answerWith("cancelKeepRunning");
        QTest::mouseClick(child<QPushButton>(*wizard, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!offered.isEmpty()); // the question is answered after the click returns
        QTRY_VERIFY(!QApplication::activeModalWidget());
        offered.sort();
        QCOMPARE(offered, QStringList({QStringLiteral("cancelKeepRunning"), QStringLiteral("cancelLeave"),
                                       QStringLiteral("cancelRollBack")}));
        const nb::Procedure rollback = nb::ProcedureCatalog::rollback();
        for (const auto &step : rollback.steps)
            QVERIFY2(details.contains(step.title.toHtmlEscaped()), qPrintable(details));
        QVERIFY(wizard->isVisible());

        QVERIFY(WizardLabDriver::waitForQuestion(*wizard) == Asked::Failure);
        QVERIFY(child<QRadioButton>(*wizard, "failure_rollback")->isVisible());
        WizardLabDriver::screenshot(*wizard, QStringLiteral("upgrade-failure"));
        offered.clear();
        answerWith("cancelRollBack");
        QTest::mouseClick(child<QPushButton>(*wizard, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(offered.contains(QStringLiteral("cancelRollBack")));

        const QStringList titles = m_driver.runToEnd(*wizard);
        QCOMPARE(wizard->currentPage(), int(ProcedureWizard::SummaryPage));
        QVERIFY2(wizard->outcome() == nb::RunOutcome::RolledBack,
                 qPrintable(child<QLabel>(*wizard, "summaryMessage")->text()));
        QCOMPARE(titles.size(), rollback.steps.size());
        checkServingOn(QStringLiteral("2.2.14"));

        QString error;
        const auto record = nb::JournalStore().find(m_driver.inventory.cluster, wizard->runId(), &error);
        QVERIFY2(record, qPrintable(error));
        QVERIFY(record->outcome == nb::RunOutcome::RolledBack);
        const auto cancel = std::find_if(record->decisions.cbegin(), record->decisions.cend(),
                                         [](const nb::DecisionRecord &decision) {
                                             return decision.kind == QLatin1String("cancel");
                                         });
        QVERIFY2(cancel != record->decisions.cend(), "the cancel is not in the journal");
        QCOMPARE(cancel->answer, QStringLiteral("rollback"));
        QCOMPARE(cancel->step, QStringLiteral("start-first"));
    }
};

QTEST_MAIN(TestUpgradeWizardLab)
#include "TestUpgradeWizardLab.moc"
