#include "SshLab.h"

#include <ssh/ExecJob.h>
#include <ssh/SshPool.h>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <map>
#include <mutex>
#include <numeric>

using nb::CommandOptions;
using nb::CommandResult;
using nb::OutputLine;
using nb::OutputLines;
using nb::ShellCommand;
using nb::SshPool;

// Running commands on the lab's real hosts: streams, exit codes, timeouts, cancel,
// dropped connections, fan-out, big output, SFTP and the tunnel.
class TestSshExec : public QObject
{
    Q_OBJECT

private:
    SshLab m_lab;
    QTemporaryDir m_tmp;

    static QString tag()
    {
        return QString::number(QRandomGenerator::global()->generate64(), 36);
    }

    // Lines of a command run on the host over its own connection, for looking at the
    // host from the side (pgrep while another session is busy).
    QStringList look(const QString &host, const ShellCommand &command)
    {
        SshPool side;
        return side.run(m_lab.endpoint(host, QStringLiteral("observer")), command).stdoutLines();
    }

    static QStringList pids(const QStringList &arguments)
    {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"), arguments);
        pgrep.waitForFinished(5000);
        return QString::fromUtf8(pgrep.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // The per-connection sshd processes of a lab host (monitor and session child).
    QStringList sessionSshds(const QString &host)
    {
        QFile pidFile(m_lab.sshdPidFile(host));
        if (!pidFile.open(QIODevice::ReadOnly))
            return {};
        const QString listener = QString::fromUtf8(pidFile.readAll()).trimmed();
        QStringList result;
        for (const QString &monitor : pids({QStringLiteral("-x"), QStringLiteral("sshd"), QStringLiteral("-P"), listener})) {
            result.append(monitor);
            result.append(pids({QStringLiteral("-x"), QStringLiteral("sshd"), QStringLiteral("-P"), monitor}));
        }
        return result;
    }

    static void signalAll(const QStringList &processIds, int signal)
    {
        for (const QString &pid : processIds)
            ::kill(pid_t(pid.toInt()), signal);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), "NBLAB_DIR must name a running lab (lab.json)");
        qunsetenv("SSH_AUTH_SOCK");
    }

    void exitCodesAndStreamsStayApart()
    {
        SshPool pool;
        const CommandResult result =
            pool.run(m_lab.endpoint(QStringLiteral("app-1")), ShellCommand("echo out1; echo err1 >&2; echo out2; exit 3"));
        QCOMPARE(result.outcome, CommandResult::Outcome::Exited);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(!result.succeeded());
        QVERIFY2(result.error.contains(QStringLiteral("app-1")) && result.error.contains(QStringLiteral("3")),
                 qPrintable(result.error));
        QCOMPARE(result.stdoutLines(), (QStringList{QStringLiteral("out1"), QStringLiteral("out2")}));
        QStringList errors;
        for (const OutputLine &line : result.lines) {
            QCOMPARE(line.host, QStringLiteral("app-1"));
            if (line.stream == OutputLine::Stream::Stderr)
                errors.append(line.text);
        }
        QCOMPARE(errors, QStringList{QStringLiteral("err1")});
    }

    void signalEndsTheCommand()
    {
        SshPool pool;
        const CommandResult result = pool.run(m_lab.endpoint(QStringLiteral("app-1")), ShellCommand("kill -KILL $$"));
        QCOMPARE(result.outcome, CommandResult::Outcome::Signalled);
        QCOMPARE(result.exitSignal, QStringLiteral("KILL"));
    }

    void invalidCommandIsNotSent()
    {
        SshPool pool;
        const CommandResult result =
            pool.run(m_lab.endpoint(QStringLiteral("app-1")), ShellCommand::fromOperatorText(QStringLiteral("  ")));
        QCOMPARE(result.outcome, CommandResult::Outcome::NotRun);
        QVERIFY(result.error.startsWith(QStringLiteral("app-1: ")));
    }

    void outputStreamsWhileTheCommandRuns()
    {
        SshPool pool;
        QElapsedTimer clock;
        QVector<qint64> arrivals;
        QStringList texts;
        const auto sink = [&](const OutputLines &batch) {
            arrivals.append(clock.elapsed());
            for (const OutputLine &line : batch)
                texts.append(line.text);
        };
        const auto endpoint = m_lab.endpoint(QStringLiteral("app-2"));
        pool.run(endpoint, ShellCommand("true")); // connect first: time only the command
        clock.start();
        const CommandResult result =
            pool.run(endpoint, ShellCommand("for i in 1 2 3; do echo line$i; sleep 0.4; done"), {}, sink);
        QVERIFY(result.succeeded());
        QCOMPARE(texts, (QStringList{QStringLiteral("line1"), QStringLiteral("line2"), QStringLiteral("line3")}));
        QCOMPARE(arrivals.size(), 3); // one batch per line: they came while it ran
        QVERIFY2(arrivals.first() < 300, qPrintable(QString::number(arrivals.first())));
        QVERIFY(arrivals.last() >= 700);
    }

    void oneSessionServesManyCommands()
    {
        SshPool pool;
        const auto endpoint = m_lab.endpoint(QStringLiteral("app-3"));
        // $PPID of a command is the sshd process of its connection.
        const QString first = pool.run(endpoint, ShellCommand("echo $PPID")).stdoutText();
        const QString second = pool.run(endpoint, ShellCommand("echo $PPID")).stdoutText();
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);
        SshPool other;
        QVERIFY(other.run(endpoint, ShellCommand("echo $PPID")).stdoutText() != first);
    }

    void closingThePoolSaysGoodbyeToTheHost()
    {
        // A host that sees the socket close without SSH's goodbye takes it for a lost
        // connection: its log says so and its sshd spends more on the clean-up.
        const QString host = QStringLiteral("app-3");
        QString clientPort;
        {
            SshPool pool;
            const CommandResult result = pool.run(m_lab.endpoint(host), ShellCommand("echo $SSH_CLIENT"));
            QVERIFY(result.succeeded());
            clientPort = result.stdoutText().section(QLatin1Char(' '), 1, 1);
            QVERIFY2(!clientPort.isEmpty(), qPrintable(result.stdoutText()));
        }
        // sshd writes its log after the connection has gone; wait for the last word.
        const QString logPath = m_lab.dir + QStringLiteral("/hosts/") + host + QStringLiteral("/ssh/sshd.log");
        const QString port = QStringLiteral(" port ") + clientPort;
        const auto linesAboutTheConnection = [&] {
            QFile log(logPath);
            QStringList about;
            if (log.open(QIODevice::ReadOnly)) {
                // sshd ends the lines of its -E log with "\r\n".
                for (const QString &raw : QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'))) {
                    const QString line = raw.trimmed();
                    if (line.contains(port + QLatin1Char(':')) || line.endsWith(port))
                        about.append(line);
                }
            }
            return about.join(QLatin1Char('\n'));
        };
        QTRY_VERIFY_WITH_TIMEOUT(linesAboutTheConnection().contains(QStringLiteral("Disconnected from user")), 5000);
        const QString said = linesAboutTheConnection();
        QVERIFY2(said.contains(QStringLiteral("Received disconnect from")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("Connection closed")), qPrintable(said));
    }

    void timeoutStopsTheCommand()
    {
        SshPool pool;
        CommandOptions options;
        options.timeout = std::chrono::seconds(1);
        const QString marker = QStringLiteral("nbtimeout-") + tag();
        QElapsedTimer clock;
        clock.start();
        const CommandResult result = pool.run(m_lab.endpoint(QStringLiteral("app-1")),
                                              ShellCommand("sleep 30; echo").arg(marker), options);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(result.outcome, CommandResult::Outcome::TimedOut);
        QVERIFY2(result.error.contains(QStringLiteral("1 s")), qPrintable(result.error));
    }

    void cancelMidOutputKillsTheRemoteProcess()
    {
        SshPool pool;
        CommandOptions options;
        const QString marker = QStringLiteral("nbcancel-") + tag();
        QElapsedTimer sinceCancel;
        int linesSeen = 0;
        const auto sink = [&](const OutputLines &batch) {
            linesSeen += int(batch.size());
            if (linesSeen >= 5 && !options.cancel.isCancelled()) {
                sinceCancel.start();
                options.cancel.cancel();
            }
        };
        // The marker sits in the remote shell's own command line, so pgrep finds it.
        const ShellCommand endless =
            ShellCommand("while :; do echo tick; sleep 0.02; done; echo").arg(marker);
        const CommandResult result = pool.run(m_lab.endpoint(QStringLiteral("app-2")), endless, options, sink);
        QVERIFY2(sinceCancel.elapsed() < 2500, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(result.outcome, CommandResult::Outcome::Cancelled);
        QVERIFY(linesSeen >= 5);

        // "[n]bcancel-…" matches the marker but not this pgrep's own command line.
        const ShellCommand find = ShellCommand("pgrep -f -u nblab").arg(QLatin1Char('[') + marker.left(1) + QLatin1Char(']') + marker.mid(1)).raw("|| echo none");
        QStringList seen;
        for (int i = 0; i < 20; ++i) {
            seen = look(QStringLiteral("app-2"), find);
            if (seen == QStringList{QStringLiteral("none")})
                break;
            QThread::msleep(100);
        }
        QCOMPARE(seen, QStringList{QStringLiteral("none")});
    }

    void droppedConnectionIsAnErrorWithinTheKeepaliveWindow_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("sshd killed") << SIGKILL;
        QTest::newRow("sshd frozen (only keepalives notice)") << SIGSTOP;
    }

    void droppedConnectionIsAnErrorWithinTheKeepaliveWindow()
    {
        QFETCH(int, signal);
        nb::SshPolicy policy;
        policy.keepaliveInterval = std::chrono::seconds(1);
        policy.keepaliveCountMax = 3;
        SshPool pool(policy);
        const QString host = QStringLiteral("app-3");
        const QString marker = QStringLiteral("nbdrop-") + tag();
        QStringList sshds;
        QElapsedTimer sinceDrop;
        const auto sink = [&](const OutputLines &batch) {
            if (sshds.isEmpty() && !batch.isEmpty()) {
                sshds = sessionSshds(host);
                sinceDrop.start();
                signalAll(sshds, signal);
            }
        };
        const CommandResult result =
            pool.run(m_lab.endpoint(host), ShellCommand("echo started; sleep 60; echo").arg(marker), {}, sink);
        const qint64 detectedAfter = sinceDrop.elapsed();
        signalAll(sshds, SIGCONT);
        signalAll(sshds, SIGKILL);
        QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-f"), marker});

        QVERIFY(!sshds.isEmpty());
        QCOMPARE(result.outcome, CommandResult::Outcome::Disconnected);
        QVERIFY2(result.error.startsWith(QStringLiteral("app-3: the connection to ")), qPrintable(result.error));
        QVERIFY2(detectedAfter < policy.keepaliveWindow().count() + 1500, qPrintable(QString::number(detectedAfter)));
        // The pool replaces the dead session on the next command.
        const CommandResult next = pool.run(m_lab.endpoint(host), ShellCommand("echo back"));
        QVERIFY2(next.succeeded(), qPrintable(next.error));
    }

    void twentyHostsAtOnceKeepTheirOrder()
    {
        // Twenty sessions at once; with a lab of twenty hosts each is its own host.
        QVector<nb::SshEndpoint> endpoints;
        for (int i = 0; i < 20; ++i) {
            const SshLab::Host &host = m_lab.hosts.at(i % m_lab.hosts.size());
            endpoints.append(m_lab.endpoint(host.name, QStringLiteral("h%1").arg(i, 2, 10, QLatin1Char('0'))));
        }
        std::map<QString, QVector<int>> received;
        SshPool pool;
        CommandOptions options;
        options.keepOutput = false;
        const auto results = pool.runOnAll(endpoints,
                                           ShellCommand("for i in $(seq 1 2000); do echo $i; [ $((i % 500)) = 0 ] && sleep 0.05; done"),
                                           options, [&](const OutputLines &batch) {
                                               for (const OutputLine &line : batch)
                                                   received[line.host].append(line.text.toInt());
                                           });
        QCOMPARE(results.size(), 20);
        QVector<int> expected(2000);
        std::iota(expected.begin(), expected.end(), 1);
        for (int i = 0; i < 20; ++i) {
            QVERIFY2(results.at(i).succeeded(), qPrintable(results.at(i).error));
            QCOMPARE(received[endpoints.at(i).label], expected);
        }
    }

    void largeOutputArrivesExactlyOnceInOrder()
    {
        SshPool pool;
        CommandOptions options;
        options.keepOutput = false;
        qint64 next = 1;
        qint64 outOfOrder = 0;
        int batches = 0;
        const CommandResult result =
            pool.run(m_lab.endpoint(QStringLiteral("app-1")), ShellCommand("seq 1 300000"), options,
                     [&](const OutputLines &batch) {
                         ++batches;
                         for (const OutputLine &line : batch) {
                             if (line.text.toLongLong() != next)
                                 ++outOfOrder;
                             ++next;
                         }
                     });
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(next - 1, qint64(300000));
        QCOMPARE(outOfOrder, qint64(0));
        QVERIFY(result.lines.isEmpty());
        QVERIFY2(batches < 3000, qPrintable(QString::number(batches))); // batched, not per line
    }

    void secretsAreMaskedAndStdinStaysOffTheCommandLine()
    {
        SshPool pool;
        CommandOptions options;
        options.secrets = {QStringLiteral("S3cr3t-pw")};
        options.standardInput = "S3cr3t-pw\n";
        const CommandResult result = pool.run(
            m_lab.endpoint(QStringLiteral("app-1")),
            ShellCommand("read -r secret; echo \"got:$secret\"; echo \"$secret\" >&2; ps -eo args | grep -c '[S]3cr3t-pw'; exit 4"),
            options);
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(result.stdoutLines(), (QStringList{QStringLiteral("got:***"), QStringLiteral("0")}));
        QCOMPARE(result.lines.size(), 3);
        for (const OutputLine &line : result.lines)
            QVERIFY(!line.text.contains(QStringLiteral("S3cr3t")));
        QVERIFY(!result.error.contains(QStringLiteral("S3cr3t")));
    }

    void uploadReplacesAtomicallyWithPermissions()
    {
        SshPool pool;
        const auto endpoint = m_lab.endpoint(QStringLiteral("lb"));
        const QString path = QStringLiteral("~/nbupload-") + tag() + QStringLiteral(".conf");
        const CommandResult first = pool.upload(endpoint, path, "first version\n", 0640);
        QVERIFY2(first.succeeded(), qPrintable(first.error));
        const QByteArray second(100000, 'x');
        QVERIFY(pool.upload(endpoint, path, second, 0600).succeeded());
        const ShellCommand check = ShellCommand("stat -c %a").arg(path, nb::ShellValueKind::AbsolutePath)
                                       .raw("&& wc -c <").arg(path, nb::ShellValueKind::AbsolutePath)
                                       .raw("&& ls -a ~ | grep -c nbconsole- ; rm -f").arg(path, nb::ShellValueKind::AbsolutePath);
        QCOMPARE(pool.run(endpoint, check).stdoutLines(),
                 (QStringList{QStringLiteral("600"), QStringLiteral("100000"), QStringLiteral("0")}));

        const CommandResult refused = pool.upload(endpoint, QStringLiteral("/proc/nbconsole-nowhere/file"), "x");
        QVERIFY(!refused.succeeded());
        QVERIFY2(refused.error.startsWith(QStringLiteral("lb: ")), qPrintable(refused.error));
    }

    void downloadReportsProgress()
    {
        SshPool pool;
        const auto endpoint = m_lab.endpoint(QStringLiteral("db"));
        const QString remote = QStringLiteral("~/nbdownload-") + tag();
        QVERIFY(pool.run(endpoint, ShellCommand("seq 1 50000 >").arg(remote, nb::ShellValueKind::AbsolutePath)).succeeded());
        const QString local = m_tmp.filePath(QStringLiteral("downloaded"));
        QVector<QPair<qint64, qint64>> progress;
        const CommandResult result = pool.download(endpoint, remote, local, [&](qint64 done, qint64 total) {
            progress.append({done, total});
        });
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QFile file(local);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("1\n2\n3\n") && content.endsWith("\n50000\n"));
        QVERIFY(progress.size() > 1);
        QCOMPARE(progress.last(), qMakePair(qint64(content.size()), qint64(content.size())));
        pool.run(endpoint, ShellCommand("rm -f").arg(remote, nb::ShellValueKind::AbsolutePath));

        const CommandResult missing = pool.download(endpoint, QStringLiteral("/nonexistent/file"), local);
        QVERIFY(!missing.succeeded());
        QVERIFY2(missing.error.contains(QStringLiteral("/nonexistent/file")), qPrintable(missing.error));
    }

    void httpGetThroughTheTunnel()
    {
        QTemporaryDir site;
        QFile health(site.filePath(QStringLiteral("health")));
        QVERIFY(health.open(QIODevice::WriteOnly));
        health.write("ok");
        health.close();
        const int port = 20000 + int(QRandomGenerator::global()->bounded(20000));
        QProcess server;
        server.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port), QStringLiteral("--bind"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), site.path()});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     QTcpSocket probe;
                                     probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
                                     return probe.waitForConnected(200);
                                 }()),
                                 10000);

        SshPool pool;
        const auto endpoint = m_lab.endpoint(QStringLiteral("app-1"));
        const nb::HttpResponse ok = pool.httpGetViaTunnel(endpoint, QStringLiteral("127.0.0.1"), port, QStringLiteral("/health"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("ok"));
        QCOMPARE(pool.httpGetViaTunnel(endpoint, QStringLiteral("127.0.0.1"), port, QStringLiteral("/missing")).status, 404);
        server.kill();
        server.waitForFinished();
        const nb::HttpResponse refused =
            pool.httpGetViaTunnel(endpoint, QStringLiteral("127.0.0.1"), port, QStringLiteral("/health"));
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.error.startsWith(QStringLiteral("app-1: ")) && refused.error.contains(QString::number(port)),
                 qPrintable(refused.error));
    }

    // nginx drops a proxied request whose client half-closed (499, no answer): the
    // tunnel must keep its side open until the answer is in. A stand-in app on
    // app-1's address and port serves the body nginx proxies.
    void httpGetThroughTheLoadBalancerIsProxied()
    {
        QTemporaryDir site;
        QVERIFY(QDir(site.path()).mkpath(QStringLiteral("api")));
        QFile health(site.filePath(QStringLiteral("api/__health_check")));
        QVERIFY(health.open(QIODevice::WriteOnly));
        const QByteArray body = QByteArray("ok-through-nginx-") + tag().toUtf8();
        health.write(body);
        health.close();
        const QString appAddress = m_lab.host(QStringLiteral("app-1")).address;
        QProcess server;
        server.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("13000"), QStringLiteral("--bind"),
                      appAddress, QStringLiteral("--directory"), site.path()});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     QTcpSocket probe;
                                     probe.connectToHost(appAddress, 13000);
                                     return probe.waitForConnected(200);
                                 }()),
                                 10000);

        SshPool pool;
        const auto lb = m_lab.host(QStringLiteral("lb")).address;
        QElapsedTimer clock;
        clock.start();
        const nb::HttpResponse answer = pool.httpGetViaTunnel(m_lab.endpoint(QStringLiteral("lb")), lb, 8080,
                                                              QStringLiteral("/api/__health_check"),
                                                              std::chrono::seconds(10));
        server.kill();
        server.waitForFinished();
        QVERIFY2(answer.status == 200, qPrintable(QString::number(answer.status) + QLatin1Char(' ') + answer.error));
        QCOMPARE(answer.body, body);
        // Complete by Content-Length, not by waiting for the timeout.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void execJobBatchesIntoTheGuiThread()
    {
        SshPool pool;
        nb::ExecJob job(pool);
        int lines = 0;
        int batches = 0;
        bool onGuiThread = true;
        connect(&job, &nb::ExecJob::linesReady, this, [&](const OutputLines &batch) {
            onGuiThread = onGuiThread && QThread::currentThread() == thread();
            ++batches;
            lines += int(batch.size());
        });
        QSignalSpy finished(&job, &nb::ExecJob::finished);
        job.start({m_lab.endpoint(QStringLiteral("app-1")), m_lab.endpoint(QStringLiteral("app-2"))},
                  ShellCommand("seq 1 20000"));
        QVERIFY(finished.wait(30000));
        const auto results = finished.first().first().value<QVector<CommandResult>>();
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).succeeded() && results.at(1).succeeded());
        QCOMPARE(lines, 40000);
        QVERIFY(onGuiThread);
        QVERIFY2(batches < 400, qPrintable(QString::number(batches)));
    }

    void deletingARunningJobCancelsItPromptly()
    {
        SshPool pool;
        QElapsedTimer clock;
        {
            nb::ExecJob job(pool);
            QSignalSpy lines(&job, &nb::ExecJob::linesReady);
            job.start({m_lab.endpoint(QStringLiteral("app-3"))}, ShellCommand("echo started; sleep 30"));
            QVERIFY(lines.wait(10000));
            clock.start();
        }
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSshExec)
#include "TestSshExec.moc"
