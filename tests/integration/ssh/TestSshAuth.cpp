#include "SshLab.h"

#include <ssh/SshPool.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using nb::CommandResult;
using nb::SecretRequest;
using nb::SshPool;

// Logging in and trusting hosts, against the lab's real sshd.
class TestSshAuth : public QObject
{
    Q_OBJECT

private:
    SshLab m_lab;
    QTemporaryDir m_tmp;
    QString m_agentPid;

    static CommandResult whoami(SshPool &pool, const nb::SshEndpoint &endpoint)
    {
        return pool.run(endpoint, nb::ShellCommand("id -un"));
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

    // What OpenSSH itself says the key's fingerprint is.
    QString opensshFingerprint(const QString &publicKey)
    {
        const QString path = writeFile(QStringLiteral("host.pub"), publicKey.toUtf8() + '\n');
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), path});
        keygen.waitForFinished(10000);
        return QString::fromUtf8(keygen.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
    }

    // An endpoint that can only get in by what the test offers: no usable key file.
    nb::SshEndpoint withoutKey(const QString &name)
    {
        nb::SshEndpoint endpoint = m_lab.endpoint(name);
        endpoint.identityFile = m_tmp.filePath(QStringLiteral("no-such-key"));
        return endpoint;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), "NBLAB_DIR must name a running lab (lab.json)");
        qunsetenv("SSH_AUTH_SOCK"); // each test decides whether an agent exists
    }

    void cleanupTestCase()
    {
        if (!m_agentPid.isEmpty())
            QProcess::execute(QStringLiteral("kill"), {m_agentPid});
    }

    void keyFileLogsIn()
    {
        SshPool pool;
        const CommandResult result = whoami(pool, m_lab.endpoint(QStringLiteral("app-1")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.stdoutText(), m_lab.user);
    }

    void agentLogsIn()
    {
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-s")});
        QVERIFY(agent.waitForFinished(10000));
        const QString script = QString::fromUtf8(agent.readAllStandardOutput());
        const QString socket = QRegularExpression(QStringLiteral("SSH_AUTH_SOCK=([^;]+);")).match(script).captured(1);
        m_agentPid = QRegularExpression(QStringLiteral("SSH_AGENT_PID=(\\d+);")).match(script).captured(1);
        QVERIFY(!socket.isEmpty() && !m_agentPid.isEmpty());
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_lab.clientKey});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);

        const nb::SshEndpoint endpoint = withoutKey(QStringLiteral("app-2"));
        {
            SshPool pool;
            const CommandResult without = whoami(pool, endpoint);
            QCOMPARE(without.outcome, CommandResult::Outcome::NotRun);
            QVERIFY2(without.error.startsWith(QStringLiteral("app-2: could not log in as nblab")), qPrintable(without.error));
        }
        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        SshPool pool;
        const CommandResult with = whoami(pool, endpoint);
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY2(with.succeeded(), qPrintable(with.error));
        QCOMPARE(with.stdoutText(), m_lab.user);
    }

    void encryptedKeyAsksForThePassphrase()
    {
        nb::SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("app-1"));
        endpoint.identityFile = m_lab.encryptedKey;

        SshPool strict; // the default policy has nobody to ask
        const CommandResult refused = whoami(strict, endpoint);
        QCOMPARE(refused.outcome, CommandResult::Outcome::NotRun);
        QVERIFY2(refused.error.contains(QStringLiteral("encrypted")), qPrintable(refused.error));
        QVERIFY(refused.error.contains(m_lab.encryptedKey));

        QVector<SecretRequest> asked;
        nb::SshPolicy policy;
        policy.secret = [&](const SecretRequest &request) -> std::optional<QString> {
            asked.append(request);
            return request.kind == SecretRequest::Kind::KeyPassphrase ? std::optional<QString>(m_lab.passphrase)
                                                                      : std::nullopt;
        };
        SshPool pool(policy);
        const CommandResult result = whoami(pool, endpoint);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().kind, SecretRequest::Kind::KeyPassphrase);
        QCOMPARE(asked.first().keyFile, m_lab.encryptedKey);
        QCOMPARE(asked.first().hostLabel, QStringLiteral("app-1"));

        nb::SshPolicy wrong;
        wrong.secret = [](const SecretRequest &) { return std::optional<QString>(QStringLiteral("not it")); };
        SshPool wrongPool(wrong);
        QCOMPARE(whoami(wrongPool, endpoint).outcome, CommandResult::Outcome::NotRun);
    }

    void passwordLogsIn()
    {
        QVector<SecretRequest::Kind> asked;
        nb::SshPolicy policy;
        policy.secret = [&](const SecretRequest &request) -> std::optional<QString> {
            asked.append(request.kind);
            if (request.kind == SecretRequest::Kind::Password)
                return m_lab.password;
            return std::nullopt;
        };
        SshPool pool(policy);
        const CommandResult result = whoami(pool, withoutKey(QStringLiteral("app-3")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(asked, QVector<SecretRequest::Kind>{SecretRequest::Kind::Password});
    }

    void keyboardInteractiveLogsIn()
    {
        QStringList prompts;
        nb::SshPolicy policy;
        policy.secret = [&](const SecretRequest &request) -> std::optional<QString> {
            if (request.kind != SecretRequest::Kind::KeyboardInteractive)
                return std::nullopt;
            prompts.append(request.prompt);
            return m_lab.password;
        };
        SshPool pool(policy);
        const CommandResult result = whoami(pool, withoutKey(QStringLiteral("lb")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(prompts.size(), 1);
        QVERIFY2(prompts.first().contains(QStringLiteral("assword")), qPrintable(prompts.first()));
    }

    void wrongPasswordIsAClearError()
    {
        nb::SshPolicy policy;
        policy.secret = [](const SecretRequest &) { return std::optional<QString>(QStringLiteral("wrong")); };
        SshPool pool(policy);
        const CommandResult result = whoami(pool, withoutKey(QStringLiteral("db")));
        QCOMPARE(result.outcome, CommandResult::Outcome::NotRun);
        QVERIFY2(result.error.startsWith(QStringLiteral("db: could not log in as nblab")), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("password")));
    }

    void unknownHostKeyIsRejectedByDefault()
    {
        nb::SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("app-1"));
        endpoint.knownHostsFile = writeFile(QStringLiteral("empty_known_hosts"), {});
        SshPool pool;
        const CommandResult result = whoami(pool, endpoint);
        QCOMPARE(result.outcome, CommandResult::Outcome::NotRun);
        const QString fingerprint = opensshFingerprint(m_lab.host(QStringLiteral("app-1")).hostKey);
        QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
        QVERIFY2(result.error.contains(fingerprint), qPrintable(result.error + QLatin1String(" / ") + fingerprint));
        QVERIFY(result.error.contains(endpoint.knownHostsFile));
        QVERIFY(result.error.startsWith(QStringLiteral("app-1: ")));
    }

    void unknownHostKeyCanBeAcceptedOnceOrSaved()
    {
        nb::SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("app-2"));
        endpoint.knownHostsFile = writeFile(QStringLiteral("new_known_hosts"), {});
        QVector<nb::HostKeyQuestion> questions;
        nb::HostKeyDecision answer = nb::HostKeyDecision::AcceptOnce;
        nb::SshPolicy policy;
        policy.unknownHostKey = [&](const nb::HostKeyQuestion &question) {
            questions.append(question);
            return answer;
        };
        {
            SshPool pool(policy);
            QVERIFY(whoami(pool, endpoint).succeeded());
        }
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().fingerprint, opensshFingerprint(m_lab.host(QStringLiteral("app-2")).hostKey));
        QCOMPARE(questions.first().keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(questions.first().host, m_lab.host(QStringLiteral("app-2")).address);
        QCOMPARE(QFileInfo(endpoint.knownHostsFile).size(), 0); // accepted once: nothing saved

        answer = nb::HostKeyDecision::AcceptAndSave;
        {
            SshPool pool(policy);
            QVERIFY(whoami(pool, endpoint).succeeded());
        }
        QCOMPARE(questions.size(), 2);
        SshPool strict; // saved: the strict default now trusts it
        const CommandResult again = whoami(strict, endpoint);
        QVERIFY2(again.succeeded(), qPrintable(again.error));
        QCOMPARE(questions.size(), 2);
    }

    void changedHostKeyIsRefusedNamingFileAndLine()
    {
        nb::SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("app-1"));
        // app-1's address listed with app-2's key, on line 3.
        endpoint.knownHostsFile = writeFile(
            QStringLiteral("changed_known_hosts"),
            "# managed by hand\n" + m_lab.host(QStringLiteral("lb")).address.toUtf8() + ' '
                + m_lab.host(QStringLiteral("lb")).hostKey.toUtf8() + '\n' + endpoint.host.toUtf8() + ' '
                + m_lab.host(QStringLiteral("app-2")).hostKey.toUtf8() + '\n');
        bool asked = false;
        nb::SshPolicy trusting; // even a policy that accepts new keys must refuse a changed one
        trusting.unknownHostKey = [&](const nb::HostKeyQuestion &) {
            asked = true;
            return nb::HostKeyDecision::AcceptAndSave;
        };
        for (int attempt = 0; attempt < 2; ++attempt) {
            SshPool pool(trusting);
            const CommandResult result = whoami(pool, endpoint);
            QCOMPARE(result.outcome, CommandResult::Outcome::NotRun);
            QVERIFY2(result.error.contains(endpoint.knownHostsFile + QStringLiteral(", line 3")), qPrintable(result.error));
            QVERIFY(result.error.contains(QStringLiteral("CHANGED")));
            QVERIFY(result.error.startsWith(QStringLiteral("app-1: ")));
        }
        QVERIFY(!asked);
    }

    void sshConfigIsHonouredAndExplicitFieldsWin()
    {
        nb::SshEndpoint alias;
        alias.label = QStringLiteral("via-config");
        alias.host = QStringLiteral("app-3"); // HostName, User, IdentityFile, known hosts: all from ssh_config
        alias.sshConfigFile = m_lab.sshConfig;
        SshPool pool;
        const CommandResult result = pool.run(alias, nb::ShellCommand("echo $NBLAB_HOST; id -un"));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.stdoutLines(), (QStringList{QStringLiteral("app-3"), m_lab.user}));

        alias.port = 2; // nothing listens there: the explicit port must beat ssh_config's
        const CommandResult explicitPort = pool.run(alias, nb::ShellCommand("true"));
        QCOMPARE(explicitPort.outcome, CommandResult::Outcome::NotRun);
        QVERIFY2(explicitPort.error.contains(m_lab.host(QStringLiteral("app-3")).address + QStringLiteral(":2")),
                 qPrintable(explicitPort.error));
    }

    void unreachableHostFailsFast()
    {
        nb::SshEndpoint endpoint = m_lab.endpoint(QStringLiteral("app-1"), QStringLiteral("ghost"));
        endpoint.host = m_lab.net + QStringLiteral(".250");
        SshPool pool;
        QElapsedTimer clock;
        clock.start();
        const CommandResult result = whoami(pool, endpoint);
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(result.outcome, CommandResult::Outcome::NotRun);
        QVERIFY2(result.error.startsWith(QStringLiteral("ghost: could not connect to nblab@") + endpoint.host),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestSshAuth)
#include "TestSshAuth.moc"
