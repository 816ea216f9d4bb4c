#include "SshLab.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// nbconsole-cli exec as an operator or a script uses it, on the lab's inventory.
class TestExecCli : public QObject
{
    Q_OBJECT

private:
    SshLab m_lab;
    QTemporaryDir m_tmp;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(NB_CLI_PATH), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The lab's inventory, but trusting the host keys in knownHosts.
    QString inventoryWithKnownHosts(const QString &knownHosts)
    {
        QFile source(m_lab.inventory);
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(source.readAll());
        text.replace(QRegularExpression(QStringLiteral("known_hosts: .*")), QStringLiteral("known_hosts: ") + knownHosts);
        const QString path = m_tmp.filePath(QStringLiteral("inventory.yaml"));
        QFile target(path);
        if (!target.open(QIODevice::WriteOnly))
            return {};
        target.write(text.toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), "NBLAB_DIR must name a running lab (lab.json)");
    }

    void streamsEveryHostAndSummarises()
    {
        const Run run = cli({QStringLiteral("--inventory"), m_lab.inventory, QStringLiteral("exec"), QStringLiteral("--"),
                             QStringLiteral("echo \"hello from $NBLAB_HOST\"; echo warning >&2")});
        QCOMPARE(run.exitCode, 0);
        for (const QString &node : {QStringLiteral("app-1"), QStringLiteral("app-2"), QStringLiteral("app-3")}) {
            QVERIFY2(run.out.contains(node + QStringLiteral(" | hello from ") + node + QLatin1Char('\n')), qPrintable(run.out));
            QVERIFY(run.out.contains(node + QStringLiteral(" ! warning\n")));
            QVERIFY(QRegularExpression(QStringLiteral("\\n%1: exit 0 \\(\\d+\\.\\d\\d s\\)\\n").arg(node)).match(run.out).hasMatch());
        }
        QVERIFY(!run.out.contains(QStringLiteral("lb |")));
    }

    void failingHostMakesTheRunFail()
    {
        const Run run = cli({QStringLiteral("--inventory"), m_lab.inventory, QStringLiteral("exec"), QStringLiteral("--targets"),
                             QStringLiteral("app-1,lb"), QStringLiteral("--"),
                             QStringLiteral("test \"$NBLAB_HOST\" = app-1 || exit 7")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("app-1: exit 0")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("lb: exit 7")));
        QVERIFY2(run.err.startsWith(QStringLiteral("lb: the command exited with code 7.")), qPrintable(run.err));

        // The host's last error line is part of the message, not only a number.
        const Run said = cli({QStringLiteral("--inventory"), m_lab.inventory, QStringLiteral("exec"), QStringLiteral("--targets"),
                              QStringLiteral("app-1"), QStringLiteral("--"),
                              QStringLiteral("mkdir /proc/nbconsole-test")});
        QCOMPARE(said.exitCode, 1);
        QVERIFY2(said.err.contains(QStringLiteral("app-1: the command exited with code 1: mkdir: cannot create directory")),
                 qPrintable(said.err));
    }

    void badTargetsAndCommandsAreRefusedBeforeConnecting()
    {
        const Run unknown = cli({QStringLiteral("--inventory"), m_lab.inventory, QStringLiteral("exec"),
                                 QStringLiteral("--targets"), QStringLiteral("app-9"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("'app-9'")), qPrintable(unknown.err));
        const Run empty = cli({QStringLiteral("--inventory"), m_lab.inventory, QStringLiteral("exec")});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.err.contains(QStringLiteral("--")));
    }

    void newHostKeysNeedTheFlag()
    {
        const QString knownHosts = m_tmp.filePath(QStringLiteral("known_hosts"));
        const QString inventory = inventoryWithKnownHosts(knownHosts);
        const QStringList arguments{QStringLiteral("exec"), QStringLiteral("--targets"), QStringLiteral("app-2"),
                                    QStringLiteral("--"), QStringLiteral("echo in")};
        const Run refused = cli(QStringList{QStringLiteral("--inventory"), inventory} + arguments);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--accept-new-host-keys")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("SHA256:")));
        QVERIFY(!QFileInfo::exists(knownHosts) || QFileInfo(knownHosts).size() == 0);

        const Run accepted =
            cli(QStringList{QStringLiteral("--inventory"), inventory, QStringLiteral("--accept-new-host-keys")} + arguments);
        QCOMPARE(accepted.exitCode, 0);
        QVERIFY(accepted.out.contains(QStringLiteral("app-2 | in")));
        QVERIFY(QFileInfo(knownHosts).size() > 0);
        QCOMPARE(cli(QStringList{QStringLiteral("--inventory"), inventory} + arguments).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestExecCli)
#include "TestExecCli.moc"
