#include <dialogs/CredentialDialog.h>
#include <dialogs/GuiSshPolicy.h>
#include <secrets/SecretStore.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>

#include <future>

namespace {

nb::SecretRequest password()
{
    return {nb::SecretRequest::Kind::Password, QStringLiteral("app-1"), QStringLiteral("deploy"),
            QStringLiteral("Password for deploy@app-1:"), {}, false};
}

} // namespace

// Without a keychain the credential dialog must say so and still let the operator log
// in with the answer, used once and stored nowhere.
class TestSshDialogsNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void failedSaveIsToldAndTheAnswerUsedOnce()
    {
        nb::SecretStore store;
        CredentialDialog dialog(password(), QStringLiteral("c"), &store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = dialog.findChild<QCheckBox *>(QStringLiteral("saveInKeychainBox"));
        auto *state = dialog.findChild<QLabel *>(QStringLiteral("keychainState"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("answerEdit")), QStringLiteral("once-only"));
        save->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("could not store")), 20000);
        QVERIFY(dialog.isVisible()); // the operator reads why before going on
        QVERIFY(!save->isEnabled() && !save->isChecked());
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("nbconsole-credential-no-keychain.png")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.answer(), QStringLiteral("once-only"));
        QVERIFY(!dialog.savedInKeychain());
    }

    void policyToldTheKeychainIsMissingBeforeAsking()
    {
        GuiSshPolicy gui(QStringLiteral("c"), nullptr);
        const nb::SshPolicy engine = gui.policy();
        auto answer = std::async(std::launch::async, [&engine] { return engine.secret(password()); });
        const auto unblock = qScopeGuard([&gui] { gui.close(); });
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<CredentialDialog *>(gui.currentDialog()), 20000);
        QWidget *dialog = gui.currentDialog();
        auto *save = dialog->findChild<QCheckBox *>(QStringLiteral("saveInKeychainBox"));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("keychainState"))->text().contains(QStringLiteral("not available")));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("answerEdit"));
        QTest::keyClicks(edit, QStringLiteral("typed"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QCOMPARE(answer.get(), std::optional<QString>(QStringLiteral("typed")));
    }
};

int main(int argc, char **argv)
{
    // Before anything touches D-Bus: no session bus, and no X display to autolaunch one.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QApplication app(argc, argv);
    TestSshDialogsNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestSshDialogsNoKeychain.moc"
