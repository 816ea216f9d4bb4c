#include "ProcedureLab.h"

#include <adapters/NginxLoadBalancer.h>
#include <inventory/InventoryLoader.h>
#include <ssh/SshPool.h>

#include <QRegularExpression>
#include <QTest>

// An upgrade of the lab behind a load balancer the console cannot drive (kind: manual),
// run through the real CLI on a terminal. The test is the operator: when the CLI shows
// what to do and asks "Done?", it switches the lab's nginx itself — or, once, does not —
// and answers.
class TestManualLoadBalancerLab : public QObject
{
    Q_OBJECT

    // The lab's inventory with its load balancer described as a cloud LB: no host, only
    // the public address. The lock then lives on app-1.
    QString writeManualInventory()
    {
        QFile original(m_lab.inventory);
        if (!original.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(original.readAll());
        static const QRegularExpression block(QStringLiteral("(?ms)^load_balancer:\\n.*?(?=^\\S)"));
        text.replace(block, QStringLiteral("load_balancer:\n  kind: manual\n  url: %1\n").arg(m_lab.lbUrl));
        const QString path = m_dir.filePath(QStringLiteral("manual.yaml"));
        QFile rewritten(path);
        if (!rewritten.open(QIODevice::WriteOnly) || rewritten.write(text.toUtf8()) != text.toUtf8().size())
            return {};
        return path;
    }

    struct Terminal
    {
        QProcess process;
        QString seen;

        // Waits for `text` in what the CLI printed since the last call.
        bool waitFor(const QString &text, int timeoutMs = 120000)
        {
            QElapsedTimer timer;
            timer.start();
            while (!seen.contains(text)) {
                if (timer.elapsed() > timeoutMs || process.state() == QProcess::NotRunning)
                    return false;
                process.waitForReadyRead(200);
                seen += QString::fromUtf8(process.readAll());
            }
            return true;
        }
        QString takeSeen()
        {
            const QString text = seen;
            seen.clear();
            return text;
        }
    };

    // The CLI on a pseudo-terminal (util-linux script), as an operator runs it.
    void startOnTerminal(Terminal &terminal, const QString &inventory, const QStringList &arguments)
    {
        QStringList command{QStringLiteral(NB_CLI_PATH), QStringLiteral("--inventory"), inventory};
        command += arguments;
        for (QString &word : command)
            word = QLatin1Char('\'') + word.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
        terminal.process.setProcessEnvironment(m_lab.cliEnvironment());
        terminal.process.start(QStringLiteral("script"), {QStringLiteral("-qefc"), command.join(QLatin1Char(' ')),
                                                          QStringLiteral("/dev/null")});
        QVERIFY(terminal.process.waitForStarted());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.load(), "NBLAB_DIR must name a running lab (lab.json)");
        const auto loaded = nb::InventoryLoader::loadFile(m_lab.inventory);
        QVERIFY(loaded.inventory);
        m_realInventory = *loaded.inventory;
    }

    void init()
    {
        QVERIFY(m_lab.reset());
        // Each lab host has a home of its own: the default lock path on app-1.
        m_lockPath = m_lab.dir + QStringLiteral("/hosts/app-1/home/.local/state/nbconsole/lab.lock");
        const auto started = m_lab.cli({QStringLiteral("first-start"), QStringLiteral("--yes")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
    }

    void upgradeWaitsForTheOperatorAtEachSwitch()
    {
        const QString inventory = writeManualInventory();
        QVERIFY(!inventory.isEmpty());
        nb::SshPool pool;
        nb::NginxLoadBalancer nginx(m_realInventory, pool);

        Terminal terminal;
        startOnTerminal(terminal, inventory, {QStringLiteral("upgrade"), QStringLiteral("--to"),
                                              QStringLiteral("2.2.15"), QStringLiteral("--yes")});
        // --yes confirms the console's own steps, not the operator's work by hand.
        QVERIFY2(terminal.waitFor(QStringLiteral("Done? [y/N]")), qPrintable(terminal.seen));
        const QString first = terminal.takeSeen();
        QVERIFY2(first.contains(QStringLiteral("503 and the maintenance page")), qPrintable(first));
        // Nothing stopped while the operator has not switched: all nodes still answer ok.
        QCOMPARE(m_lab.healthyNodes(), 3);
        QVERIFY2(QFile::exists(m_lockPath), "the lock is held on app-1 during the run");
        QVERIFY(nginx.setMaintenance(true).ok);
        terminal.process.write("y\n");

        QVERIFY2(terminal.waitFor(QStringLiteral("Done? [y/N]")), qPrintable(terminal.seen));
        const QString second = terminal.takeSeen();
        QVERIFY2(second.contains(QStringLiteral("remove the maintenance page")), qPrintable(second));
        // The nodes run the new release behind the maintenance page the operator set.
        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.15")));
        QCOMPARE(m_lab.lbStatus(), 503);
        QVERIFY(nginx.setMaintenance(false).ok);
        terminal.process.write("y\n");

        QVERIFY(terminal.process.waitForFinished(120000));
        terminal.seen += QString::fromUtf8(terminal.process.readAll());
        QVERIFY2(terminal.process.exitCode() == 0, qPrintable(terminal.seen));
        QCOMPARE(m_lab.lbStatus(), 200);
        QVERIFY2(!QFile::exists(m_lockPath), "the lock is released at the end");
    }

    void operatorWhoDidNotSwitchStopsTheRunBeforeAnyNode()
    {
        const QString inventory = writeManualInventory();
        QVERIFY(!inventory.isEmpty());
        Terminal terminal;
        startOnTerminal(terminal, inventory, {QStringLiteral("upgrade"), QStringLiteral("--to"),
                                              QStringLiteral("2.2.15"), QStringLiteral("--yes")});
        QVERIFY2(terminal.waitFor(QStringLiteral("Done? [y/N]")), qPrintable(terminal.seen));
        terminal.process.write("n\n");
        QVERIFY(terminal.process.waitForFinished(120000));
        terminal.seen += QString::fromUtf8(terminal.process.readAll());
        QVERIFY2(terminal.process.exitCode() != 0, qPrintable(terminal.seen));
        QVERIFY2(terminal.seen.contains(QStringLiteral("did not confirm")), qPrintable(terminal.seen));
        QCOMPARE(m_lab.healthyNodes(), 3);
        QCOMPARE(m_lab.versions(), QStringList(3, QStringLiteral("2.2.14")));
        QCOMPARE(m_lab.lbStatus(), 200);
    }

private:
    ProcedureLab m_lab;
    QTemporaryDir m_dir;
    QString m_lockPath;
    nb::Inventory m_realInventory;
};

QTEST_GUILESS_MAIN(TestManualLoadBalancerLab)
#include "TestManualLoadBalancerLab.moc"
