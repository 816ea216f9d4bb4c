#include "GuiChecks.h"

#include <dialogs/ChangedHostKeyDialog.h>
#include <dialogs/CredentialDialog.h>
#include <dialogs/GuiSshPolicy.h>
#include <dialogs/HostKeyDialog.h>
#include <dialogs/StaleLockDialog.h>
#include <secrets/SecretStore.h>

#include <QApplication>
#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QScopeGuard>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>

namespace {

nb::HostKeyQuestion question(const QString &label = QStringLiteral("app-1"))
{
    return {label, QStringLiteral("10.0.0.11"), 2222, QStringLiteral("ssh-ed25519"),
            QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"),
            QStringLiteral("/home/op/.ssh/known_hosts")};
}

nb::ChangedHostKey change()
{
    return {QStringLiteral("lb"), QStringLiteral("10.0.0.10"), 22, QStringLiteral("ssh-ed25519"),
            QStringLiteral("SHA256:AAAAQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"),
            QStringLiteral("/home/op/.ssh/known_hosts"), {3},
            QStringLiteral("ssh-keygen -R '10.0.0.10' -f '/home/op/.ssh/known_hosts'")};
}

nb::SecretRequest password(const QString &user = QStringLiteral("deploy"))
{
    return {nb::SecretRequest::Kind::Password, QStringLiteral("app-1"), user, QStringLiteral("Password for deploy@app-1:"),
            {}, false};
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Every control the operator can reach must tell a screen reader what it is.

// Shortcuts (Alt+letter) go to the active window only.
bool showActive(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// Alt+letter as the operator types it: into whatever has the focus. A button pressed
// this way clicks after a short animation, so checks that follow wait for it.
void pressMnemonic(QWidget *window, Qt::Key key)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && focus->window() == window ? focus : window, key, Qt::AltModifier);
}

QString shoot(QWidget *widget, const QString &name)
{
    const QString path = QDir::temp().filePath(QStringLiteral("nbconsole-%1.png").arg(name));
    widget->grab().save(path);
    return path;
}

} // namespace

// The SSH and lock dialogs as an operator meets them: what they show, what Enter,
// Escape and each button answer, and the policy that carries questions from the SSH
// worker threads to them and the answers back.
class TestSshDialogs : public QObject
{
    Q_OBJECT

private slots:
    void hostKeyDialogShowsTheKeyAndRejectsByDefault()
    {
        HostKeyDialog dialog(question());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("app-1")));
        auto *fingerprint = child<QLineEdit>(&dialog, "fingerprintField");
        QCOMPARE(fingerprint->text(), question().fingerprint);
        QVERIFY(fingerprint->isReadOnly());
        QVERIFY(fingerprint->focusPolicy() & Qt::TabFocus);
        QCOMPARE(child<QLabel>(&dialog, "knownHostsLabel")->text(), question().knownHostsFile);
        const QStringList shown = [&dialog] {
            QStringList texts;
            for (auto *label : dialog.findChildren<QLabel *>())
                texts.append(label->text());
            return texts;
        }();
        QVERIFY(shown.contains(QStringLiteral("10.0.0.11:2222")));
        QVERIFY(shown.contains(QStringLiteral("ssh-ed25519")));
        GuiChecks::verifyAccessibleNames(dialog);
        auto *reject = child<QPushButton>(&dialog, "rejectButton");
        QVERIFY(reject->isDefault());
        QVERIFY(!child<QPushButton>(&dialog, "acceptOnceButton")->isDefault());
        QVERIFY(!child<QPushButton>(&dialog, "acceptSaveButton")->isDefault());
        shoot(&dialog, QStringLiteral("host-key-dialog"));

        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.decision(), nb::HostKeyDecision::Reject);
    }

    void hostKeyDialogEscapeRejects()
    {
        HostKeyDialog dialog(question());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.decision(), nb::HostKeyDecision::Reject);
    }

    void hostKeyDialogButtonsAnswer_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("decision");
        QTest::newRow("once") << QStringLiteral("acceptOnceButton") << int(nb::HostKeyDecision::AcceptOnce);
        QTest::newRow("save") << QStringLiteral("acceptSaveButton") << int(nb::HostKeyDecision::AcceptAndSave);
        QTest::newRow("reject") << QStringLiteral("rejectButton") << int(nb::HostKeyDecision::Reject);
    }

    void hostKeyDialogButtonsAnswer()
    {
        QFETCH(QString, button);
        QFETCH(int, decision);
        HostKeyDialog dialog(question());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(int(dialog.decision()), decision);
    }

    void hostKeyDialogKeyboardMnemonicAcceptsOnce()
    {
        HostKeyDialog dialog(question());
        QVERIFY(showActive(&dialog));
        pressMnemonic(&dialog, Qt::Key_O);
        QTRY_COMPARE(dialog.decision(), nb::HostKeyDecision::AcceptOnce);
    }

    void changedKeyDialogShowsTheFixToCopy()
    {
        ChangedHostKeyDialog dialog(change());
        QVERIFY(showActive(&dialog));
        auto *command = child<QLineEdit>(&dialog, "fixCommandField");
        QCOMPARE(command->text(), change().fixCommand);
        QVERIFY(command->isReadOnly());
        QCOMPARE(child<QLabel>(&dialog, "oldKeyLabel")->text(), QStringLiteral("/home/op/.ssh/known_hosts, line 3"));
        QVERIFY(child<QLabel>(&dialog, "changedKeyHeadline")->text().contains(QStringLiteral("10.0.0.10:22")));
        QCOMPARE(child<QLineEdit>(&dialog, "fingerprintField")->text(), change().fingerprint);
        GuiChecks::verifyAccessibleNames(dialog);
        QVERIFY(child<QPushButton>(&dialog, "closeButton")->isDefault());
        shoot(&dialog, QStringLiteral("changed-host-key-dialog"));
        QApplication::clipboard()->clear();
        pressMnemonic(&dialog, Qt::Key_C);
        QTRY_COMPARE(QApplication::clipboard()->text(), change().fixCommand);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void credentialDialogHidesTypingUnlessAskedToEcho()
    {
        CredentialDialog hidden(password(), QStringLiteral("c"), nullptr);
        auto *answer = child<QLineEdit>(&hidden, "answerEdit");
        QCOMPARE(answer->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QCheckBox>(&hidden, "saveInKeychainBox")->isVisibleTo(&hidden));

        nb::SecretRequest question{nb::SecretRequest::Kind::KeyboardInteractive, QStringLiteral("app-1"),
                                   QStringLiteral("deploy"), QStringLiteral("Your favourite colour?"), {}, true};
        nb::SecretStore store;
        CredentialDialog echoed(question, QStringLiteral("c"), &store);
        echoed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&echoed));
        QCOMPARE(child<QLineEdit>(&echoed, "answerEdit")->echoMode(), QLineEdit::Normal);
        // One-time codes must never be offered for keeping.
        QVERIFY(!child<QCheckBox>(&echoed, "saveInKeychainBox")->isVisible());
        QVERIFY(child<QLabel>(&echoed, "keychainState")->text().contains(QStringLiteral("one-time")));
        QVERIFY(echoed.findChildren<QLabel *>().size() > 1);
        bool promptShown = false;
        for (auto *label : echoed.findChildren<QLabel *>())
            promptShown |= label->text() == question.prompt;
        QVERIFY(promptShown);
        GuiChecks::verifyAccessibleNames(echoed);
    }

    void credentialDialogEnterAnswersEscapeSkips()
    {
        CredentialDialog dialog(password(), QStringLiteral("c"), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLineEdit>(&dialog, "answerEdit")->hasFocus());
        QTest::keyClicks(child<QLineEdit>(&dialog, "answerEdit"), QStringLiteral("s3cret word"));
        QTest::keyClick(child<QLineEdit>(&dialog, "answerEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.answer(), QStringLiteral("s3cret word"));
        QVERIFY(!dialog.savedInKeychain());

        CredentialDialog skipped(password(), QStringLiteral("c"), nullptr);
        skipped.show();
        QVERIFY(QTest::qWaitForWindowExposed(&skipped));
        QTest::keyClick(&skipped, Qt::Key_Escape);
        QCOMPARE(skipped.result(), int(QDialog::Rejected));
    }

    void passphraseIsKeptOnlyForAKnownKeyFile()
    {
        nb::SecretRequest passphrase{nb::SecretRequest::Kind::KeyPassphrase, QStringLiteral("app-1"),
                                     QStringLiteral("deploy"), QStringLiteral("Passphrase:"),
                                     QStringLiteral("/home/op/.ssh/id_ed25519"), false};
        QCOMPARE(CredentialDialog::keychainKey(passphrase, QStringLiteral("prod")),
                 std::optional<QString>(QStringLiteral("prod/ssh-key-passphrase//home/op/.ssh/id_ed25519")));
        passphrase.keyFile = QStringLiteral("(a key from ssh_config or ~/.ssh)");
        QVERIFY(!CredentialDialog::keychainKey(passphrase, QStringLiteral("prod")));
        QCOMPARE(CredentialDialog::keychainKey(password(), QStringLiteral("prod")),
                 std::optional<QString>(QStringLiteral("prod/ssh-password/deploy@app-1")));
    }

    void savedPasswordGoesToTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a session bus with an unlocked keyring: run through scripts/test.sh");
        const QString cluster = QStringLiteral("dialogs-") + QUuid::createUuid().toString(QUuid::Id128);
        nb::SecretStore store;
        CredentialDialog dialog(password(), cluster, &store);
        QVERIFY(showActive(&dialog));
        auto *save = child<QCheckBox>(&dialog, "saveInKeychainBox");
        QVERIFY(save->isVisible() && save->isEnabled() && !save->isChecked());
        shoot(&dialog, QStringLiteral("credential-dialog"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "answerEdit"), QStringLiteral("kept-pa$$ word"));
        pressMnemonic(&dialog, Qt::Key_K);
        QTRY_VERIFY(save->isChecked());
        QTest::keyClick(child<QLineEdit>(&dialog, "answerEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QVERIFY(dialog.savedInKeychain());
        const QString key = *CredentialDialog::keychainKey(password(), cluster);
        const nb::SecretResult stored = store.readNow(key);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.value, QStringLiteral("kept-pa$$ word"));

        // The policy offers the stored password without asking, once.
        GuiSshPolicy policy(cluster, nullptr);
        const nb::SshPolicy engine = policy.policy();
        auto answer = std::async(std::launch::async, [&engine] { return engine.secret(password()); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 20000);
        QCOMPARE(answer.get(), std::optional<QString>(QStringLiteral("kept-pa$$ word")));
        QVERIFY(!policy.currentDialog());
        // Asked again in the same pool, the stored one was refused: the operator is asked.
        auto again = std::async(std::launch::async, [&engine] { return engine.secret(password()); });
        const auto unblock = qScopeGuard([&policy] { policy.close(); });
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<CredentialDialog *>(policy.currentDialog()), 20000);
        QVERIFY(store.removeNow(key).ok());
        policy.close();
        QCOMPARE(again.get(), std::nullopt);
    }

    void staleLockBreaksOnlyAfterTheExactClusterName()
    {
        const nb::LockHolder holder{QStringLiteral("ops@desk-7"), QStringLiteral("20261127-0100-ab12"),
                                    QDateTime::currentDateTimeUtc().addSecs(-(3 * 3600 + 12 * 60)).toString(Qt::ISODate)};
        std::atomic<int> breaks{0};
        StaleLockDialog dialog(QStringLiteral("prod-eu"), holder, [&breaks] {
            ++breaks;
            nb::ClusterLock::Result result;
            result.ok = true;
            return result;
        });
        QVERIFY(showActive(&dialog));
        QCOMPARE(child<QLabel>(&dialog, "ownerLabel")->text(), holder.owner);
        QCOMPARE(child<QLabel>(&dialog, "runLabel")->text(), holder.runId);
        QVERIFY2(child<QLabel>(&dialog, "sinceLabel")->text().contains(QStringLiteral("(3 h 12 min ago)")),
                 qPrintable(child<QLabel>(&dialog, "sinceLabel")->text()));
        GuiChecks::verifyAccessibleNames(dialog);
        auto *breakButton = child<QPushButton>(&dialog, "breakLockButton");
        auto *name = child<QLineEdit>(&dialog, "clusterNameEdit");
        QVERIFY(child<QPushButton>(&dialog, "keepLockButton")->isDefault());
        QVERIFY(name->hasFocus());
        QVERIFY(!breakButton->isEnabled());
        QTest::keyClicks(name, QStringLiteral("prod-e"));
        QVERIFY(!breakButton->isEnabled());
        QTest::keyClicks(name, QStringLiteral("uu"));
        QVERIFY(!breakButton->isEnabled());
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(breakButton->isEnabled());
        shoot(&dialog, QStringLiteral("stale-lock-dialog"));
        // Enter in the name field is not "break": the default stays the safe answer.
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(breaks.load(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        QVERIFY(showActive(&dialog));
        pressMnemonic(&dialog, Qt::Key_R);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(breaks.load(), 1);
    }

    void staleLockBreakFailureIsShownAndTheDialogStays()
    {
        StaleLockDialog dialog(QStringLiteral("c"), {QStringLiteral("a@b"), QStringLiteral("r1"), QStringLiteral("x")},
                               [] {
                                   nb::ClusterLock::Result result;
                                   result.error = QStringLiteral("lb: cannot use the cluster lock /l: refused");
                                   return result;
                               });
        dialog.show();
        QCOMPARE(child<QLabel>(&dialog, "sinceLabel")->text(), QStringLiteral("x")); // not a time: shown as it is
        child<QLineEdit>(&dialog, "clusterNameEdit")->setText(QStringLiteral("c"));
        QTest::mouseClick(child<QPushButton>(&dialog, "breakLockButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&dialog, "lockState")->text().contains(QStringLiteral("refused")));
        QTRY_VERIFY(child<QPushButton>(&dialog, "breakLockButton")->isEnabled());
        QVERIFY(dialog.isVisible());
    }

    void lockAgeReadsLikeAPerson()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-27T12:00:00Z"), Qt::ISODate);
        QCOMPARE(StaleLockDialog::age(QStringLiteral("2026-11-27T11:59:15Z"), now), QStringLiteral("45 s"));
        QCOMPARE(StaleLockDialog::age(QStringLiteral("2026-11-27T11:35:00Z"), now), QStringLiteral("25 min"));
        QCOMPARE(StaleLockDialog::age(QStringLiteral("2026-11-27T08:48:00Z"), now), QStringLiteral("3 h 12 min"));
        QCOMPARE(StaleLockDialog::age(QStringLiteral("2026-11-25T10:00:00Z"), now), QStringLiteral("2 d 2 h"));
        QCOMPARE(StaleLockDialog::age(QStringLiteral("garbage"), now), QString());
    }

    void policyAsksTheGuiThreadFromAWorker()
    {
        GuiSshPolicy gui(QStringLiteral("c"), nullptr);
        const nb::SshPolicy engine = gui.policy();
        std::thread::id askedOn;
        auto decision = std::async(std::launch::async, [&engine, &askedOn] {
            askedOn = std::this_thread::get_id();
            return engine.unknownHostKey(question());
        });
        const auto unblock = qScopeGuard([&gui] { gui.close(); });
        QTRY_VERIFY(qobject_cast<HostKeyDialog *>(gui.currentDialog()));
        QVERIFY(askedOn != std::this_thread::get_id());
        // The worker really waits for the operator.
        QCOMPARE(decision.wait_for(std::chrono::milliseconds(200)), std::future_status::timeout);
        QTest::mouseClick(child<QPushButton>(gui.currentDialog(), "acceptOnceButton"), Qt::LeftButton);
        QTRY_VERIFY(decision.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QCOMPARE(decision.get(), nb::HostKeyDecision::AcceptOnce);

        auto secret = std::async(std::launch::async, [&engine] {
            return engine.secret({nb::SecretRequest::Kind::KeyboardInteractive, QStringLiteral("app-1"),
                                  QStringLiteral("deploy"), QStringLiteral("Code:"), {}, false});
        });
        const auto unblockSecret = qScopeGuard([&gui] { gui.close(); });
        QTRY_VERIFY(qobject_cast<CredentialDialog *>(gui.currentDialog()));
        QWidget *dialog = gui.currentDialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "answerEdit"), QStringLiteral("123456"));
        QTest::keyClick(child<QLineEdit>(dialog, "answerEdit"), Qt::Key_Return);
        QTRY_VERIFY(secret.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QCOMPARE(secret.get(), std::optional<QString>(QStringLiteral("123456")));
    }

    void policyShowsQuestionsOneAtATime()
    {
        GuiSshPolicy gui(QStringLiteral("c"), nullptr);
        const nb::SshPolicy engine = gui.policy();
        auto first = std::async(std::launch::async, [&engine] { return engine.unknownHostKey(question(QStringLiteral("app-1"))); });
        auto second = std::async(std::launch::async, [&engine] { return engine.unknownHostKey(question(QStringLiteral("app-2"))); });
        // A failed check must not leave the workers waiting (their futures block).
        const auto unblock = qScopeGuard([&gui] { gui.close(); });
        QTRY_VERIFY(gui.currentDialog());
        QTest::qWait(100);
        const auto windows = QApplication::topLevelWidgets();
        QCOMPARE(std::count_if(windows.begin(), windows.end(),
                               [](QWidget *w) { return qobject_cast<HostKeyDialog *>(w) && w->isVisible(); }),
                 1);
        const QString firstTitle = gui.currentDialog()->windowTitle();
        QTest::keyClick(gui.currentDialog(), Qt::Key_Escape);
        QTRY_VERIFY(gui.currentDialog() && gui.currentDialog()->windowTitle() != firstTitle);
        QTest::mouseClick(child<QPushButton>(gui.currentDialog(), "acceptSaveButton"), Qt::LeftButton);
        const auto firstAnswer = first.get();
        const auto secondAnswer = second.get();
        // Whichever came first was rejected, the other saved.
        QCOMPARE(QSet<int>({int(firstAnswer), int(secondAnswer)}),
                 QSet<int>({int(nb::HostKeyDecision::Reject), int(nb::HostKeyDecision::AcceptAndSave)}));
    }

    void closingAnswersAWaitingWorkerSafely()
    {
        auto gui = std::make_unique<GuiSshPolicy>(QStringLiteral("c"), nullptr);
        const nb::SshPolicy engine = gui->policy();
        auto decision = std::async(std::launch::async, [&engine] { return engine.unknownHostKey(question()); });
        auto secret = std::async(std::launch::async, [&engine] {
            return engine.secret({nb::SecretRequest::Kind::KeyboardInteractive, QStringLiteral("app-2"),
                                  QStringLiteral("deploy"), QStringLiteral("Code:"), {}, false});
        });
        QTRY_VERIFY(gui->currentDialog());
        QPointer<QDialog> open(gui->currentDialog());
        QElapsedTimer clock;
        clock.start();
        gui.reset(); // the window closes while a worker waits: no hang, the safe answers
        QCOMPARE(decision.get(), nb::HostKeyDecision::Reject);
        QCOMPARE(secret.get(), std::nullopt);
        QVERIFY(clock.elapsed() < 2000);
        QTRY_VERIFY(!open || !open->isVisible());
        // The engine's copy outlives the dialogs: it answers at once, safely.
        QCOMPARE(engine.unknownHostKey(question()), nb::HostKeyDecision::Reject);
        QCOMPARE(engine.secret(password()), std::nullopt);
    }

    void askedOnTheGuiThreadItselfItDoesNotDeadlock()
    {
        GuiSshPolicy gui(QStringLiteral("c"), nullptr);
        const nb::SshPolicy engine = gui.policy();
        connect(&gui, &GuiSshPolicy::dialogOpened, this, [](QDialog *dialog) {
            QTimer::singleShot(50, dialog, [dialog] {
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("acceptOnceButton")), Qt::LeftButton);
            });
        });
        QCOMPARE(engine.unknownHostKey(question()), nb::HostKeyDecision::AcceptOnce);
    }

    void changedKeyIsShownOncePerKeyWithoutBlocking()
    {
        GuiSshPolicy gui(QStringLiteral("c"), nullptr);
        const nb::SshPolicy engine = gui.policy();
        QElapsedTimer clock;
        clock.start();
        std::thread([&engine] {
            for (int i = 0; i < 3; ++i) // a monitor retrying must not stack dialogs
                engine.hostKeyChanged(change());
        }).join();
        QVERIFY(clock.elapsed() < 1000);
        QTRY_VERIFY(qobject_cast<ChangedHostKeyDialog *>(gui.currentDialog()));
        QTest::keyClick(gui.currentDialog(), Qt::Key_Escape);
        QTest::qWait(100);
        QVERIFY(!gui.currentDialog());
    }
};

QTEST_MAIN(TestSshDialogs)
#include "TestSshDialogs.moc"
