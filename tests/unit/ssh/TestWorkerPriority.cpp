// The console runs its host threads below the UI thread; the CLI leaves them alone.
// Checked on the threads an SshPool really starts, against a port nobody listens on.

#include <core/WorkerPriority.h>
#include <ssh/ShellCommand.h>
#include <ssh/SshPool.h>

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

namespace {

// The nice value of every thread of this process, read as `ps -L` would.
QList<int> threadNiceValues()
{
    QList<int> values;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // Fields after the command name (which may hold spaces) start at the state, field 3;
        // the nice value is field 19.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        values.append(fields.value(19 - 3).toInt());
    }
    return values;
}

nb::SshEndpoint nobodyListening()
{
    QTcpServer probe; // a port that was free a moment ago and is closed again
    probe.listen(QHostAddress::LocalHost);
    const int port = probe.serverPort();
    probe.close();
    nb::SshEndpoint endpoint;
    endpoint.label = QStringLiteral("app-1");
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = port;
    endpoint.user = QStringLiteral("nobody");
    endpoint.sshConfigFile = QStringLiteral("/dev/null");
    return endpoint;
}

} // namespace

class TestWorkerPriority : public QObject
{
    Q_OBJECT

private slots:
    void hostThreadsRunBelowTheUiThreadOnlyWhenAsked()
    {
        const int uiNice = getpriority(PRIO_PROCESS, 0);
        const nb::SshEndpoint endpoint = nobodyListening();

        nb::WorkerPriority::setBelowUi(false);
        {
            nb::SshPool pool;
            const auto result = pool.run(endpoint, nb::ShellCommand::fromOperatorText(QStringLiteral("true")));
            QCOMPARE(result.outcome, nb::CommandResult::Outcome::NotRun);
            const QList<int> values = threadNiceValues();
            QVERIFY(values.size() >= 2); // this thread and the host's
            QCOMPARE(values.count(uiNice), values.size()); // as the CLI runs them
        }

        nb::WorkerPriority::setBelowUi(true);
        nb::SshPool pool;
        const auto result = pool.run(endpoint, nb::ShellCommand::fromOperatorText(QStringLiteral("true")));
        QCOMPARE(result.outcome, nb::CommandResult::Outcome::NotRun);
        const QList<int> values = threadNiceValues();
        QVERIFY2(values.count(uiNice + nb::WorkerPriority::NiceLevelsBelowUi) >= 1, qPrintable(QStringLiteral("no thread below the UI thread")));
        QCOMPARE(getpriority(PRIO_PROCESS, 0), uiNice); // the UI thread itself is untouched
        nb::WorkerPriority::setBelowUi(false);
    }
};

QTEST_GUILESS_MAIN(TestWorkerPriority)
#include "TestWorkerPriority.moc"
