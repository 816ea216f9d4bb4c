#include <procedure/ClusterLock.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

namespace {

// Runs the lock's commands in a local shell whose HOME is a temporary folder: the real
// shell semantics (noclobber, ~ expansion) without a remote host.
class LocalShellRunner : public CommandRunner
{
public:
    explicit LocalShellRunner(const QString &home) : m_home(home) {}

    CommandResult run(const SshEndpoint &endpoint, const ShellCommand &command, const CommandOptions &,
                      const LineSink &) override
    {
        CommandResult result;
        if (!command.isValid()) {
            result.error = command.errorString();
            return result;
        }
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command.text()});
        process.waitForFinished(10000);
        result.outcome = CommandResult::Outcome::Exited;
        result.exitCode = process.exitCode();
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            result.lines.append({endpoint.label, OutputLine::Stream::Stdout, 0, line});
        return result;
    }
    CommandResult upload(const SshEndpoint &, const QString &, const QByteArray &, int) override { return {}; }
    CommandResult download(const SshEndpoint &, const QString &, const QString &,
                           const std::function<void(qint64, qint64)> &) override
    {
        return {};
    }

private:
    QString m_home;
};

} // namespace

class TestClusterLock : public QObject
{
    Q_OBJECT

private slots:
    void secondRunIsRefusedNamingTheOwner()
    {
        QTemporaryDir home;
        LocalShellRunner runner(home.path());
        SshEndpoint lb;
        lb.label = QStringLiteral("lb");
        ClusterLock lock(runner, lb, ClusterLock::defaultPath(QStringLiteral("prod-eu")));

        const auto first = lock.acquire(QStringLiteral("run-a"));
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral(".local/state/nbconsole/prod-eu.lock"))));

        const auto second = lock.acquire(QStringLiteral("run-b"));
        QVERIFY(!second.ok);
        QVERIFY(second.error.isEmpty());
        QCOMPARE(second.holder.runId, QStringLiteral("run-a"));
        QCOMPARE(second.holder.owner, ClusterLock::operatorIdentity());
        QVERIFY(!second.holder.since.isEmpty());

        // The run that holds it (resumed after a crash) gets it back.
        QVERIFY(lock.acquire(QStringLiteral("run-a")).ok);
        // Another run cannot release it; the holder can.
        QVERIFY(lock.release(QStringLiteral("run-b")).ok);
        QCOMPARE(lock.read().holder.runId, QStringLiteral("run-a"));
        QVERIFY(lock.release(QStringLiteral("run-a")).ok);
        QVERIFY(lock.read().holder.isEmpty());
        QVERIFY(lock.acquire(QStringLiteral("run-b")).ok);
    }

    void brokenLockCanBeTakenAgain()
    {
        QTemporaryDir home;
        LocalShellRunner runner(home.path());
        SshEndpoint lb;
        lb.label = QStringLiteral("lb");
        ClusterLock lock(runner, lb, ClusterLock::defaultPath(QStringLiteral("c1")));
        QVERIFY(lock.acquire(QStringLiteral("stale")).ok);
        QVERIFY(!lock.acquire(QStringLiteral("new")).ok);
        QVERIFY(lock.breakLock().ok);
        QVERIFY(lock.acquire(QStringLiteral("new")).ok);
    }

    void lockLivesOnTheLoadBalancerOrTheFirstNode()
    {
        Inventory inventory;
        inventory.cluster = QStringLiteral("c1");
        for (const char *name : {"app-1", "app-2"}) {
            AppNode node;
            node.name = QString::fromLatin1(name);
            node.host = node.name + QStringLiteral(".example");
            inventory.app.nodes.append(node);
        }
        inventory.loadBalancer.kind = QStringLiteral("nginx");
        inventory.loadBalancer.host = QStringLiteral("lb.example");
        QCOMPARE(ClusterLock::hostFor(inventory).label, QStringLiteral("lb"));
        QCOMPARE(ClusterLock::hostFor(inventory).host, QStringLiteral("lb.example"));

        // A cloud load balancer has no host to keep it: every console then uses the
        // first app node's host, so two of them still exclude each other.
        inventory.loadBalancer.kind = QStringLiteral("manual");
        inventory.loadBalancer.host.clear();
        QCOMPARE(ClusterLock::hostFor(inventory).label, QStringLiteral("app-1"));
        QCOMPARE(ClusterLock::hostFor(inventory).host, QStringLiteral("app-1.example"));
    }
};

QTEST_GUILESS_MAIN(TestClusterLock)
#include "TestClusterLock.moc"
