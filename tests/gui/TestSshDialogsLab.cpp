#include "SshLab.h"

#include <dialogs/ChangedHostKeyDialog.h>
#include <dialogs/CredentialDialog.h>
#include <dialogs/GuiSshPolicy.h>
#include <dialogs/HostKeyDialog.h>
#include <dialogs/StaleLockDialog.h>
#include <inventory/InventoryLoader.h>
#include <procedure/ClusterLock.h>
#include <ssh/InventoryEndpoints.h>
#include <ssh/SshPool.h>
#include <wizard/ProcedureWizard.h>

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <future>

using nb::CommandResult;

// The dialogs behind real SSH connections to the lab: the engine's worker threads ask
// through the GUI policy, the operator answers in the dialog, and the answer decides
// what really happens on the host. known_hosts starts EMPTY here, so every lab host is
// unknown, as on an operator's first day.
class TestSshDialogsLab : public QObject
{
    Q_OBJECT

private:
    SshLab m_lab;
    QTemporaryDir m_dir;
    QString m_emptyKnownHosts;
    std::optional<nb::Inventory> m_inventory;

    nb::SshEndpoint unknownEndpoint(const QString &name) const
    {
        nb::SshEndpoint endpoint = m_lab.endpoint(name);
        endpoint.knownHostsFile = m_emptyKnownHosts;
        return endpoint;
    }

    static std::future<CommandResult> runLater(nb::SshPool &pool, const nb::SshEndpoint &endpoint)
    {
        return std::async(std::launch::async, [&pool, endpoint] {
            return pool.run(endpoint, nb::ShellCommand("echo $NBLAB_HOST; id -un"));
        });
    }

    template<typename T>
    static T *waitForDialog(GuiSshPolicy &gui)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000) {
            if (auto *dialog = qobject_cast<T *>(gui.currentDialog()))
                return dialog;
            QTest::qWait(20);
        }
        return nullptr;
    }

    static CommandResult waitFor(std::future<CommandResult> &result)
    {
        while (result.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
            QTest::qWait(20);
        return result.get();
    }

    // What OpenSSH itself says the host key's fingerprint is.
    QString opensshFingerprint(const QString &name) const
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pub"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(m_lab.host(name).hostKey.toUtf8() + '\n');
        file.close();
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                                    QStringLiteral("-f"), path});
        keygen.waitForFinished();
        return QString::fromUtf8(keygen.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
    }

    bool writeKnownHosts(const QByteArray &content) const
    {
        QFile file(m_emptyKnownHosts);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), "NBLAB_DIR must name a running lab (lab.json)");
        QVERIFY(m_dir.isValid());
        m_emptyKnownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        // The lab's own inventory, copied with an empty known_hosts of our own.
        QFile original(m_lab.inventory);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray yaml = original.readAll();
        const QByteArray labKnownHosts = m_lab.knownHosts.toUtf8();
        QVERIFY(yaml.contains("known_hosts: " + labKnownHosts));
        yaml.replace("known_hosts: " + labKnownHosts, "known_hosts: " + m_emptyKnownHosts.toUtf8());
        const QString copy = m_dir.filePath(QStringLiteral("inventory.yaml"));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(yaml) == yaml.size());
        out.close();
        const auto loaded = nb::InventoryLoader::loadFile(copy);
        QVERIFY2(loaded.inventory, qPrintable(copy));
        m_inventory = *loaded.inventory;
        QCOMPARE(nb::endpointForLoadBalancer(*m_inventory).knownHostsFile, m_emptyKnownHosts);
    }

    void init() { QVERIFY(writeKnownHosts({})); }

    void acceptOnceLetsTheCommandRunAndSavesNothing()
    {
        GuiSshPolicy gui(m_inventory->cluster, nullptr);
        nb::SshPool pool(gui.policy());
        auto result = runLater(pool, unknownEndpoint(QStringLiteral("app-1")));
        const auto unblock = qScopeGuard([&gui] { gui.close(); });
        auto *dialog = waitForDialog<HostKeyDialog>(gui);
        QVERIFY2(dialog, "the unknown key must be asked about");
        const QString fingerprint = dialog->findChild<QLineEdit *>(QStringLiteral("fingerprintField"))->text();
        QCOMPARE(fingerprint, opensshFingerprint(QStringLiteral("app-1")));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("knownHostsLabel"))->text(), m_emptyKnownHosts);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("acceptOnceButton")), Qt::LeftButton);
        const CommandResult ran = waitFor(result);
        QVERIFY2(ran.succeeded(), qPrintable(ran.error));
        QCOMPARE(ran.stdoutLines(), (QStringList{QStringLiteral("app-1"), m_lab.user}));
        QFile knownHosts(m_emptyKnownHosts);
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        QCOMPARE(knownHosts.readAll(), QByteArray()); // once means once
    }

    void rejectFailsWithAClearError()
    {
        GuiSshPolicy gui(m_inventory->cluster, nullptr);
        nb::SshPool pool(gui.policy());
        auto result = runLater(pool, unknownEndpoint(QStringLiteral("app-1")));
        const auto unblock = qScopeGuard([&gui] { gui.close(); });
        auto *dialog = waitForDialog<HostKeyDialog>(gui);
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        const CommandResult ran = waitFor(result);
        QCOMPARE(ran.outcome, CommandResult::Outcome::NotRun);
        QVERIFY2(ran.error.startsWith(QStringLiteral("app-1: the host key of ")), qPrintable(ran.error));
        QVERIFY2(ran.error.contains(QStringLiteral("it was not accepted")), qPrintable(ran.error));
        QVERIFY2(ran.error.contains(opensshFingerprint(QStringLiteral("app-1"))), qPrintable(ran.error));
    }

    void changedKeyIsShownWithAFixThatWorks()
    {
        // app-1's address listed with the load balancer's key: a "changed" key.
        const nb::SshEndpoint endpoint = unknownEndpoint(QStringLiteral("app-1"));
        QVERIFY(writeKnownHosts("# by hand\n" + endpoint.host.toUtf8() + ' '
                                + m_lab.host(QStringLiteral("lb")).hostKey.toUtf8() + '\n'));
        GuiSshPolicy gui(m_inventory->cluster, nullptr);
        nb::SshPool pool(gui.policy());
        auto result = runLater(pool, endpoint);
        const auto unblock = qScopeGuard([&gui] { gui.close(); });
        const CommandResult ran = waitFor(result);
        QCOMPARE(ran.outcome, CommandResult::Outcome::NotRun);
        QVERIFY(ran.error.contains(QStringLiteral("CHANGED")));
        // The refusal does not stay inside the error string: the operator sees it.
        auto *dialog = waitForDialog<ChangedHostKeyDialog>(gui);
        QVERIFY2(dialog, "a changed key must be shown, not only logged");
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("oldKeyLabel"))->text(),
                 m_emptyKnownHosts + QStringLiteral(", line 2"));
        const QString fix = dialog->findChild<QLineEdit *>(QStringLiteral("fixCommandField"))->text();
        QVERIFY2(ran.error.contains(fix), qPrintable(ran.error));

        // Running the command exactly as shown removes the old key; the host is then
        // merely unknown and asked about.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), fix});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);
        QTest::keyClick(dialog, Qt::Key_Escape);
        GuiSshPolicy asking(m_inventory->cluster, nullptr);
        nb::SshPool fresh(asking.policy());
        auto retried = runLater(fresh, endpoint);
        const auto unblockAsking = qScopeGuard([&asking] { asking.close(); });
        auto *question = waitForDialog<HostKeyDialog>(asking);
        QVERIFY2(question, "after the fix the new key is asked about");
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("acceptOnceButton")), Qt::LeftButton);
        const CommandResult second = waitFor(retried);
        QVERIFY2(second.succeeded(), qPrintable(second.error));
    }

    void encryptedKeyAsksForItsPassphrase()
    {
        nb::SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("app-1"));
        endpoint.identityFile = m_lab.encryptedKey;
        GuiSshPolicy gui(m_inventory->cluster, nullptr);
        nb::SshPool pool(gui.policy());
        auto result = runLater(pool, endpoint);
        const auto unblock = qScopeGuard([&gui] { gui.close(); });
        auto *dialog = waitForDialog<CredentialDialog>(gui);
        QVERIFY2(dialog, "the passphrase must be asked for");
        auto *answer = dialog->findChild<QLineEdit *>(QStringLiteral("answerEdit"));
        QCOMPARE(answer->echoMode(), QLineEdit::Password);
        QTest::keyClicks(answer, m_lab.passphrase);
        QTest::keyClick(answer, Qt::Key_Return);
        const CommandResult ran = waitFor(result);
        QVERIFY2(ran.succeeded(), qPrintable(ran.error));
    }

    void staleLockOnTheLoadBalancerIsBrokenAfterTheTypedName()
    {
        // Another console's run holds the lock on the lab's load balancer host.
        nb::SshPool trusted;
        nb::ClusterLock held(trusted, m_lab.endpoint(QStringLiteral("lb")), nb::ClusterLock::pathFor(*m_inventory));
        QVERIFY(held.breakLock().ok);
        const auto taken = held.acquire(QStringLiteral("20261127-0100-other"));
        QVERIFY2(taken.ok, qPrintable(taken.error));
        const auto reading = held.read();
        QCOMPARE(reading.holder.runId, QStringLiteral("20261127-0100-other"));

        GuiSshPolicy gui(m_inventory->cluster, nullptr);
        StaleLockDialog dialog(m_inventory->cluster, reading.holder,
                               StaleLockDialog::breakerFor(*m_inventory, gui.policy()));
        dialog.show();
        const auto unblock = qScopeGuard([&gui] { gui.close(); });
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("ownerLabel"))->text(), reading.holder.owner);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sinceLabel"))->text().contains(QStringLiteral(" ago)")));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("clusterNameEdit"));
        auto *breakButton = dialog.findChild<QPushButton *>(QStringLiteral("breakLockButton"));
        QTest::keyClicks(name, m_inventory->cluster.toUpper());
        QVERIFY(!breakButton->isEnabled());
        name->clear();
        QTest::keyClicks(name, m_inventory->cluster);
        QVERIFY(breakButton->isEnabled());
        QTest::mouseClick(breakButton, Qt::LeftButton);
        // Our inventory copy does not know the load balancer's key yet: asked first.
        auto *question = waitForDialog<HostKeyDialog>(gui);
        QVERIFY(question);
        QVERIFY(question->windowTitle().contains(QStringLiteral("lb")));
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("acceptOnceButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        const auto after = held.read();
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QVERIFY(after.holder.isEmpty());
    }

    void wizardRefusedByAHeldLockOffersTheBreakAndRetries()
    {
        QTemporaryDir data; // the wizard's journal
        qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
        const auto loaded = nb::InventoryLoader::loadFile(m_lab.inventory); // the lab's keys are known
        QVERIFY(loaded.inventory);
        nb::SshPool trusted;
        nb::ClusterLock held(trusted, *loaded.inventory);
        QVERIFY(held.breakLock().ok);
        QVERIFY(held.acquire(QStringLiteral("20261127-0200-other")).ok);
        const auto cleanup = qScopeGuard([&held] { held.breakLock(); });

        auto wizard = std::make_unique<ProcedureWizard>(ProcedureWizard::Kind::FirstStart, *loaded.inventory,
                                                        QStringLiteral("2.2.14"));
        wizard->show();
        // The dialog runs modally inside the wizard: answer it from the event loop.
        QString owner;
        bool gatedBeforeTheName = false;
        QTimer operatorAtTheKeyboard;
        connect(&operatorAtTheKeyboard, &QTimer::timeout, this, [&] {
            auto *dialog = wizard->findChild<StaleLockDialog *>();
            if (!dialog || !dialog->isVisible() || !owner.isEmpty())
                return;
            owner = dialog->findChild<QLabel *>(QStringLiteral("runLabel"))->text();
            auto *breakButton = dialog->findChild<QPushButton *>(QStringLiteral("breakLockButton"));
            gatedBeforeTheName = !breakButton->isEnabled();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clusterNameEdit")), loaded.inventory->cluster);
            QTest::mouseClick(breakButton, Qt::LeftButton);
        });
        operatorAtTheKeyboard.start(50);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        // Broken and retried: the wizard's own run now holds the lock and shows its first step.
        QTRY_VERIFY_WITH_TIMEOUT(held.read().holder.runId == wizard->runId() && !wizard->runId().isEmpty(), 30000);
        QCOMPARE(owner, QStringLiteral("20261127-0200-other"));
        QVERIFY(gatedBeforeTheName);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(ProcedureWizard::StepPage), 30000);
        wizard.reset(); // stops the run at its first question and releases the lock
        QVERIFY(held.read().holder.isEmpty());
    }
};

QTEST_MAIN(TestSshDialogsLab)
#include "TestSshDialogsLab.moc"
