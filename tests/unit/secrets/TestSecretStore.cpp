#include <inventory/InventoryLoader.h>
#include <secrets/DatabasePassword.h>
#include <secrets/SecretStore.h>

#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

using nb::SecretResult;
using nb::SecretStore;

namespace {

nb::Inventory inventory(const QString &cluster, const QString &password)
{
    const auto result = nb::InventoryLoader::parse(QStringLiteral(R"(
cluster: %1
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 10.0.0.11}
load_balancer: {kind: manual}
database: {host: db, name: nocobase, user: nocobase, password: "%2", backup_dir: /b}
)").arg(cluster, password).toUtf8(), QStringLiteral("inline.yaml"));
    Q_ASSERT(result.inventory);
    return *result.inventory;
}

} // namespace

// Runs against a real Secret Service: scripts/test.sh starts the whole ctest run inside
// dbus-run-session with an unlocked gnome-keyring.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a session bus with an unlocked keyring: run through scripts/test.sh");
    }

    void storeReadDelete()
    {
        SecretStore store;
        const QString key = SecretStore::key(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128),
                                             QStringLiteral("database"));
        QCOMPARE(store.readNow(key).status, SecretResult::Status::NotFound);
        const SecretResult written = store.writeNow(key, QStringLiteral("pä$$ wörd"));
        QVERIFY2(written.ok(), qPrintable(written.message));
        const SecretResult read = store.readNow(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, QStringLiteral("pä$$ wörd"));
        QVERIFY(store.removeNow(key).ok());
        QCOMPARE(store.readNow(key).status, SecretResult::Status::NotFound);
    }

    void asynchronousCallsAnswerOnce()
    {
        SecretStore store;
        const QString key = SecretStore::key(QStringLiteral("async"), QStringLiteral("database"));
        int answers = 0;
        SecretResult last;
        store.write(key, QStringLiteral("x"), [&](const SecretResult &result) {
            ++answers;
            last = result;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 20000);
        QVERIFY2(last.ok(), qPrintable(last.message));
        QTest::qWait(200);
        QCOMPARE(answers, 1);
        QVERIFY(store.removeNow(key).ok());
    }

    void keychainPasswordIsAskedOnceThenStored()
    {
        SecretStore store;
        const QString cluster = QStringLiteral("c") + QUuid::createUuid().toString(QUuid::Id128);
        const nb::Inventory inv = inventory(cluster, QStringLiteral("keychain"));
        int asked = 0;
        const auto ask = [&](const QString &prompt) -> std::optional<QString> {
            ++asked;
            if (!prompt.contains(cluster))
                return std::nullopt;
            return QStringLiteral("from-the-operator");
        };
        const auto first = nb::DatabasePassword::resolve(inv, store, ask);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(*first.password, QStringLiteral("from-the-operator"));
        QVERIFY2(first.notice.isEmpty(), qPrintable(first.notice));
        const auto second = nb::DatabasePassword::resolve(inv, store, ask);
        QCOMPARE(*second.password, QStringLiteral("from-the-operator"));
        QCOMPARE(asked, 1);
        QVERIFY(store.removeNow(SecretStore::key(cluster, QStringLiteral("database"))).ok());
    }

    void otherPasswordSources()
    {
        SecretStore store;
        const auto never = [](const QString &) -> std::optional<QString> { return std::nullopt; };
        const auto none = nb::DatabasePassword::resolve(inventory(QStringLiteral("c"), QStringLiteral("none")), store, never);
        QVERIFY(none.ok);
        QVERIFY(!none.password);
        qputenv("NB_TEST_DB_PASSWORD", "from-env");
        const auto env = nb::DatabasePassword::resolve(inventory(QStringLiteral("c"), QStringLiteral("env:NB_TEST_DB_PASSWORD")),
                                                       store, never);
        QCOMPARE(*env.password, QStringLiteral("from-env"));
        const auto unset = nb::DatabasePassword::resolve(inventory(QStringLiteral("c"), QStringLiteral("env:NB_TEST_UNSET_X")),
                                                         store, never);
        QVERIFY(!unset.ok);
        QCOMPARE(unset.error, QStringLiteral("db: the environment variable NB_TEST_UNSET_X that should hold the database "
                                             "password is not set"));
        const auto cancelled = nb::DatabasePassword::resolve(inventory(QStringLiteral("c"), QStringLiteral("ask")), store, never);
        QVERIFY(!cancelled.ok);
        QCOMPARE(cancelled.error, QStringLiteral("db: no database password was given"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
