#include <inventory/InventoryLoader.h>
#include <secrets/DatabasePassword.h>
#include <secrets/SecretStore.h>

#include <QElapsedTimer>
#include <QTest>

using nb::SecretResult;
using nb::SecretStore;

// Without a session bus there is no keychain: the console must say so quickly and
// ask for the password instead of storing it anywhere else.
class TestNoSecureStorage : public QObject
{
    Q_OBJECT

private slots:
    void noBusMeansNoSecureStorage()
    {
        SecretStore store;
        QElapsedTimer clock;
        clock.start();
        const SecretResult written = store.writeNow(SecretStore::key(QStringLiteral("c"), QStringLiteral("database")),
                                                    QStringLiteral("secret"));
        QCOMPARE(written.status, SecretResult::Status::NoSecureStorage);
        QVERIFY2(written.message.startsWith(QStringLiteral("no secure storage for passwords is available (")),
                 qPrintable(written.message));
        QVERIFY(written.message.endsWith(QStringLiteral("the password will be asked each time and not stored anywhere")));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(store.readNow(SecretStore::key(QStringLiteral("c"), QStringLiteral("database"))).status,
                 SecretResult::Status::NoSecureStorage);
    }

    void keychainPasswordIsAskedAndTheOperatorTold()
    {
        const auto loaded = nb::InventoryLoader::parse(R"(
cluster: c
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 10.0.0.11}
load_balancer: {kind: manual}
database: {host: db, name: nocobase, user: nocobase, backup_dir: /b}
)", QStringLiteral("inline.yaml"));
        QVERIFY(loaded.inventory);
        SecretStore store;
        int asked = 0;
        const auto result = nb::DatabasePassword::resolve(*loaded.inventory, store, [&](const QString &) {
            ++asked;
            return std::optional<QString>(QStringLiteral("typed"));
        });
        QVERIFY(result.ok);
        QCOMPARE(*result.password, QStringLiteral("typed"));
        QCOMPARE(asked, 1);
        QVERIFY2(result.notice.startsWith(QStringLiteral("no secure storage")), qPrintable(result.notice));
    }

    void keychainWithNobodyToAskSaysWhatToDo()
    {
        const auto loaded = nb::InventoryLoader::parse(R"(
cluster: c
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 127.0.99.11}
load_balancer: {kind: manual}
database: {host: db, name: nocobase, user: nocobase, password: keychain, backup_dir: /b}
)", QStringLiteral("inline.yaml"));
        QVERIFY(loaded.inventory);
        SecretStore store;
        QElapsedTimer clock;
        clock.start();
        // What --yes without a terminal gives: nobody answers.
        const auto result = nb::DatabasePassword::resolve(*loaded.inventory, store,
                                                          [](const QString &) { return std::optional<QString>(); });
        QVERIFY(!result.ok);
        QVERIFY(!result.password);
        QVERIFY2(result.error.startsWith(QStringLiteral("db: ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("nocobase")), qPrintable(result.error));
        QVERIFY2(result.hint.contains(QStringLiteral("env:NAME")), qPrintable(result.hint));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void environmentAndNoneNeedNoKeychain()
    {
        const QString yaml = QStringLiteral(R"(
cluster: c
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 127.0.99.11}
load_balancer: {kind: manual}
database: {host: db, name: nocobase, user: nocobase, password: "%1", backup_dir: /b}
)");
        SecretStore store;
        const auto neverAsked = [](const QString &) -> std::optional<QString> {
            qFatal("the terminal must not be asked");
        };
        const auto resolve = [&](const QString &how) {
            const auto loaded = nb::InventoryLoader::parse(yaml.arg(how).toUtf8(), QStringLiteral("inline.yaml"));
            return loaded.inventory ? nb::DatabasePassword::resolve(*loaded.inventory, store, neverAsked)
                                    : nb::PasswordResolution{};
        };
        qputenv("NB_TEST_DB_PASSWORD", "from-env");
        auto result = resolve(QStringLiteral("env:NB_TEST_DB_PASSWORD"));
        QVERIFY(result.ok);
        QCOMPARE(*result.password, QStringLiteral("from-env"));
        qunsetenv("NB_TEST_DB_PASSWORD");
        result = resolve(QStringLiteral("env:NB_TEST_DB_PASSWORD"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("NB_TEST_DB_PASSWORD")), qPrintable(result.error));
        result = resolve(QStringLiteral("none"));
        QVERIFY(result.ok);
        QVERIFY(!result.password);
    }
};

int main(int argc, char **argv)
{
    // Before anything touches D-Bus: no session bus, and no X display to autolaunch one.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QCoreApplication app(argc, argv);
    TestNoSecureStorage test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestNoSecureStorage.moc"
