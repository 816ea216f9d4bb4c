#include "FakeCommandRunner.h"

#include <adapters/CustomRuntime.h>
#include <adapters/KubernetesRuntime.h>
#include <adapters/Pm2Runtime.h>
#include <adapters/SystemdRuntime.h>
#include <inventory/InventoryLoader.h>

#include <QTest>

using nb::RunState;

namespace {

nb::Inventory load(const QString &name)
{
    const auto result = nb::InventoryLoader::loadFile(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/") + name);
    Q_ASSERT(result.inventory);
    return *result.inventory;
}

QStringList texts(const nb::PlannedCommands &planned)
{
    QStringList result;
    for (const auto &command : planned)
        result.append(command.host + QStringLiteral(": ") + command.command);
    return result;
}

} // namespace

class TestScriptedRuntimes : public QObject
{
    Q_OBJECT

private slots:
    void systemdCommands()
    {
        const nb::Inventory inv = load(QStringLiteral("systemd-haproxy.yaml"));
        FakeCommandRunner runner;
        nb::SystemdRuntime runtime(inv, runner);
        const auto &one = inv.app.nodes.at(0);
        const auto &two = inv.app.nodes.at(1);
        QCOMPARE(runtime.statusCommand(one).text(), QStringLiteral("sudo -n systemctl 'is-active' 'nocobase.service'"));
        QCOMPARE(runtime.startCommand(two).text(),
                 QStringLiteral("sudo -n systemctl 'start' 'nocobase-a.service' 'nocobase-b.service'"));
        QCOMPARE(runtime.stopCommand(one).text(), QStringLiteral("sudo -n systemctl 'stop' 'nocobase.service'"));
        QCOMPARE(runtime.releaseCommand(one).text(), QStringLiteral("cat /opt/nocobase/RELEASE"));
        QCOMPARE(runtime.logsCommand(two, 100, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)).text(),
                 QStringLiteral("journalctl --no-pager -o cat -n '100' --since '2026-03-01 12:00:00 UTC' "
                                "-u 'nocobase-a.service' -u 'nocobase-b.service'"));
        QCOMPARE(texts(runtime.plannedCommands(nb::RuntimeAdapter::Action::SetVersion, one, QStringLiteral("2.0.1"))),
                 (QStringList{QStringLiteral("app-1: cat /opt/nocobase/RELEASE"),
                              QStringLiteral("app-1: sudo -n /opt/nocobase/bin/switch-release '2.0.1'"),
                              QStringLiteral("app-1: cat /opt/nocobase/RELEASE")}));

        runner.when(QStringLiteral("is-active"), {3, QStringLiteral("active\ninactive"), {}});
        const auto mixed = runtime.status(two);
        QCOMPARE(mixed.state, RunState::Unknown);
        QCOMPARE(mixed.detail, QStringLiteral("app-2: units are nocobase-a.service active, nocobase-b.service inactive"));
        FakeCommandRunner down;
        down.when(QStringLiteral("is-active"), {3, QStringLiteral("failed"), {}});
        QCOMPARE(nb::SystemdRuntime(inv, down).status(one).state, RunState::Stopped);
    }

    void systemdVersionChangeIsReadBack()
    {
        const nb::Inventory inv = load(QStringLiteral("systemd-haproxy.yaml"));
        FakeCommandRunner runner;
        runner.when(QStringLiteral("cat /opt/nocobase/RELEASE"), {0, QStringLiteral("2.0.0"), {}}, true);
        runner.when(QStringLiteral("cat /opt/nocobase/RELEASE"), {0, QStringLiteral("2.0.0"), {}}, true);
        runner.when(QStringLiteral("cat /opt/nocobase/RELEASE"), {0, QStringLiteral("2.0.0"), {}});
        const auto change = nb::SystemdRuntime(inv, runner).setVersion(inv.app.nodes.at(0), QStringLiteral("2.0.1"));
        QVERIFY(!change.ok);
        QCOMPARE(change.before, QStringLiteral("2.0.0"));
        QCOMPARE(change.error, QStringLiteral("app-1: the host reports release 2.0.0 after the change, not 2.0.1"));
        QVERIFY(runner.commands().contains(QStringLiteral("sudo -n /opt/nocobase/bin/switch-release '2.0.1'")));
    }

    void pm2Commands()
    {
        const nb::Inventory inv = load(QStringLiteral("pm2-custom-lb.yaml"));
        FakeCommandRunner runner;
        nb::Pm2Runtime runtime(inv, runner);
        const auto &a = inv.app.nodes.at(0);
        const auto &b = inv.app.nodes.at(1);
        QCOMPARE(runtime.statusCommand(a).text(), QStringLiteral("pm2 jlist"));
        QCOMPARE(runtime.startCommand(b).text(), QStringLiteral("cd '/srv/my-nocobase-app' && pm2 start 'nocobase-b'"));
        QCOMPARE(runtime.stopCommand(a).text(), QStringLiteral("pm2 stop 'nocobase'"));
        QCOMPARE(runtime.releaseCommand(a).text(),
                 QStringLiteral("cat -- '/srv/my-nocobase-app/node_modules/@nocobase/app/package.json'"));
        QCOMPARE(runtime.logsCommand(a, 50, {}).text(), QStringLiteral("pm2 logs 'nocobase' --nostream --raw --lines '50'"));

        runner.when(QStringLiteral("jlist"), {0, QStringLiteral(
            R"([{"name":"nocobase","pm2_env":{"status":"online"}},{"name":"nocobase-b","pm2_env":{"status":"stopped"}}])"), {}});
        runner.when(QStringLiteral("package.json"), {0, QStringLiteral("{\n  \"name\": \"@nocobase/app\",\n  \"version\": \"2.2.15\"\n}"), {}});
        QCOMPARE(runtime.status(a).state, RunState::Running);
        QCOMPARE(runtime.status(b).state, RunState::Stopped);
        QCOMPARE(runtime.release(a).value, QStringLiteral("2.2.15"));
        // No set_version in this inventory: the change is refused, with the reason.
        const auto change = runtime.setVersion(a, QStringLiteral("2.3.0"));
        QVERIFY(!change.ok);
        QCOMPARE(change.error, QStringLiteral("a: the pm2 runtime has no set_version command in the inventory; "
                                              "install 2.3.0 on the host by hand"));
    }

    void kubernetesCommands()
    {
        const nb::Inventory inv = load(QStringLiteral("kubernetes-manual-lb.yaml"));
        FakeCommandRunner runner;
        nb::KubernetesRuntime runtime(inv, runner);
        const auto &node = inv.app.nodes.at(0);
        const QString kubectl = QStringLiteral("kubectl --kubeconfig '/etc/kube/admin.conf' --context 'prod' -n 'nocobase' ");
        QCOMPARE(runtime.statusCommand(node).text(),
                 kubectl + QStringLiteral("get 'deployment/nocobase-app' -o 'jsonpath={.spec.replicas} {.status.readyReplicas}'"));
        QCOMPARE(runtime.startCommand(node).text(), kubectl + QStringLiteral("scale 'deployment/nocobase-app' --replicas=1"));
        QCOMPARE(runtime.stopCommand(node).text(), kubectl + QStringLiteral("scale 'deployment/nocobase-app' --replicas=0"));
        QCOMPARE(runtime.releaseCommand(node).text(),
                 kubectl + QStringLiteral("get 'deployment/nocobase-app' -o "
                                          "'jsonpath={.spec.template.spec.containers[?(@.name==\"app\")].image}'"));
        QCOMPARE(runtime.logsCommand(node, 20, {}).text(),
                 kubectl + QStringLiteral("logs 'deployment/nocobase-app' -c 'app' '--tail=20'"));
        const auto set = runtime.setVersionCommands(node, QStringLiteral("2.3.0"));
        QCOMPARE(set.size(), 2);
        QCOMPARE(set.at(0).text(), kubectl + QStringLiteral("set image 'deployment/nocobase-app' "
                                                            "'app=registry.example.org:5000/nocobase/nocobase:2.3.0'"));
        QCOMPARE(set.at(1).text(), kubectl + QStringLiteral("rollout status 'deployment/nocobase-app' '--timeout=600s'"));

        runner.when(QStringLiteral("jsonpath={.spec.template"), {0, QStringLiteral("registry.example.org:5000/nocobase/nocobase:2.2.0"), {}});
        runner.when(QStringLiteral("rollout status"), {1, {}, QStringLiteral("error: deployment \"nocobase-app\" exceeded its progress deadline")});
        runner.when(QStringLiteral("jsonpath={.spec.replicas}"), {0, QStringLiteral("1 1"), {}});
        QCOMPARE(runtime.status(node).state, RunState::Running);
        QCOMPARE(runtime.release(node).value, QStringLiteral("2.2.0"));
        const auto change = runtime.setVersion(node, QStringLiteral("2.3.0"));
        QVERIFY(!change.ok);
        QCOMPARE(runner.commands().last(), kubectl + QStringLiteral("rollout undo 'deployment/nocobase-app'"));
        QCOMPARE(change.error, QStringLiteral("pod-set-1: changing the release to 2.3.0 failed (exit code 1: error: "
                                              "deployment \"nocobase-app\" exceeded its progress deadline) The change "
                                              "was undone."));
    }

    void customTemplatesAreFilledQuoted()
    {
        const nb::Inventory inv = load(QStringLiteral("custom-runtime.yaml"));
        FakeCommandRunner runner;
        nb::CustomRuntime runtime(inv, runner);
        const auto &node = inv.app.nodes.at(0);
        QCOMPARE(runtime.setVersionCommands(node, QStringLiteral("2.0.0-full")).at(0).text(),
                 QStringLiteral("nbctl set-version '2.0.0-full'"));
        QCOMPARE(runtime.logsCommand(node, 30, {}).text(), QStringLiteral("nbctl logs -n '30'"));
        QVERIFY(!runtime.setVersionCommands(node, QStringLiteral("$(reboot)")).at(0).isValid());
        runner.when(QStringLiteral("nbctl status"), {3, QStringLiteral("stopped since 10:00"), {}});
        const auto status = runtime.status(node);
        QCOMPARE(status.state, RunState::Stopped);
        QCOMPARE(status.detail, QStringLiteral("stopped since 10:00"));
        FakeCommandRunner broken;
        broken.when(QStringLiteral("nbctl status"), {2, {}, QStringLiteral("nbctl: config missing")});
        QCOMPARE(nb::CustomRuntime(inv, broken).status(node).detail,
                 QStringLiteral("app-1: status exited 2: nbctl: config missing"));
        // Nothing to pull without a pull template: success, and nothing sent.
        QVERIFY(runtime.pull(node, QStringLiteral("2.0.0")).ok);
        QVERIFY(!runner.commands().contains(QStringLiteral("nbctl pull")));
    }
};

QTEST_GUILESS_MAIN(TestScriptedRuntimes)
#include "TestScriptedRuntimes.moc"
