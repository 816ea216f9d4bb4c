#include "FakeCommandRunner.h"

#include <adapters/CustomLoadBalancer.h>
#include <adapters/HaproxyLoadBalancer.h>
#include <adapters/ManualLoadBalancer.h>
#include <adapters/NginxLoadBalancer.h>
#include <inventory/InventoryLoader.h>

#include <QTest>

using nb::LbMode;

namespace {

nb::Inventory parse(const QByteArray &yaml)
{
    const auto result = nb::InventoryLoader::parse(yaml, QStringLiteral("inline.yaml"));
    Q_ASSERT(result.inventory);
    return *result.inventory;
}

nb::Inventory nginxInventory()
{
    return parse(R"(
cluster: prod
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 10.0.0.11}
    - {name: app-2, host: 10.0.0.12}
    - {name: app-3, host: app-3.ssh, address: 10.0.0.13}
load_balancer:
  kind: nginx
  host: 10.0.0.10
  upstream_file: /etc/nginx/nocobase/upstream.conf
  mode_file: /etc/nginx/nocobase/mode.conf
  nginx: sudo -n /usr/sbin/nginx
)");
}

const QString Upstream = QStringLiteral("/etc/nginx/nocobase/upstream.conf");
const QString Mode = QStringLiteral("/etc/nginx/nocobase/mode.conf");

nb::Inventory haproxyInventory()
{
    return parse(R"(
cluster: prod
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 10.0.0.11}
    - {name: app-2, host: 10.0.0.12}
load_balancer:
  kind: haproxy
  host: 10.0.0.10
  haproxy: {socket: /run/haproxy/admin.sock, backend: nocobase, servers: {app-1: web1}, socat: sudo -n socat}
)");
}

QString serversState(int adminWeb1, int adminApp2)
{
    return QStringLiteral(
               "1\n# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight srv_iweight "
               "srv_time_since_last_change srv_check_status\n"
               "3 nocobase 1 web1 10.0.0.11 2 %1 1 1 12 6\n"
               "3 nocobase 2 app-2 10.0.0.12 2 %2 1 1 12 6\n")
        .arg(adminWeb1)
        .arg(adminApp2);
}

} // namespace

class TestLoadBalancers : public QObject
{
    Q_OBJECT

private slots:
    void nginxFilesAreExact()
    {
        const nb::Inventory inv = nginxInventory();
        FakeCommandRunner runner;
        nb::NginxLoadBalancer lb(inv, runner);
        QCOMPARE(lb.upstreamContent({QStringLiteral("app-1"), QStringLiteral("app-3")}),
                 QStringLiteral("# Written by nbconsole: the NocoBase nodes that get traffic.\n"
                                "server 10.0.0.11:13000; # app-1\nserver 10.0.0.13:13000; # app-3\n"));
        QCOMPARE(lb.modeContent(false), QStringLiteral("# Written by nbconsole: serve. Requests go to the upstream.\n"));
        QCOMPARE(lb.modeContent(true), QStringLiteral(
            "# Written by nbconsole: maintenance. Every request is answered 503 with the page.\n"
            "error_page 503 /nbconsole-maintenance.html;\n"
            "error_page 404 =503 /nbconsole-maintenance.html;\n"
            "if ($uri != /nbconsole-maintenance.html) {\n    return 503;\n}\n"
            "location = /nbconsole-maintenance.html {\n    internal;\n    root \"/etc/nginx/nocobase\";\n"
            "    default_type text/html;\n    add_header Retry-After 120 always;\n"
            "    add_header Cache-Control no-store always;\n}\n"));
        QCOMPARE(lb.testCommand().text(), QStringLiteral("sudo -n /usr/sbin/nginx -t"));
        QCOMPARE(lb.reloadCommand().text(), QStringLiteral("sudo -n /usr/sbin/nginx -s reload"));
    }

    void nginxMaintenanceUploadsPageTestsAndReloads()
    {
        const nb::Inventory inv = nginxInventory();
        FakeCommandRunner runner;
        runner.files.insert(Mode, "# serve\n");
        runner.files.insert(Upstream, "server 10.0.0.11:13000;\nserver 10.0.0.12:13000;\nserver 10.0.0.13:13000;\n");
        nb::NginxLoadBalancer lb(inv, runner);
        const auto result = lb.setMaintenance(true);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile page(QStringLiteral(":/maintenance/maintenance.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QCOMPARE(runner.uploads.value(QStringLiteral("/etc/nginx/nocobase/nbconsole-maintenance.html")), page.readAll());
        QCOMPARE(runner.uploads.value(Mode), lb.modeContent(true).toUtf8());
        const QStringList sent = runner.commands();
        QVERIFY(sent.indexOf(QStringLiteral("sudo -n /usr/sbin/nginx -t")) > sent.indexOf(QStringLiteral("upload ") + Mode + QStringLiteral(" 644")));
        QCOMPARE(sent.filter(QStringLiteral("-s reload")).size(), 1);
        for (const auto &call : runner.calls)
            QCOMPARE(call.host, QStringLiteral("lb"));

        const auto state = lb.state();
        QVERIFY(state.ok);
        QCOMPARE(state.mode, LbMode::Maintenance);
        QCOMPARE(state.upstream, (QStringList{QStringLiteral("app-1"), QStringLiteral("app-2"), QStringLiteral("app-3")}));
    }

    void nginxRefusalRestoresThePreviousFiles()
    {
        const nb::Inventory inv = nginxInventory();
        FakeCommandRunner runner;
        const QByteArray before = "server 10.0.0.11:13000;\nserver 10.0.0.12:13000;\n";
        runner.files.insert(Upstream, before);
        runner.when(QStringLiteral("nginx -t"), {1, {}, QStringLiteral(
            "nginx: [emerg] host not found in upstream \"10.0.0.13:13000\" in /etc/nginx/nocobase/upstream.conf:3\n"
            "nginx: configuration file /etc/nginx/nginx.conf test failed")});
        nb::NginxLoadBalancer lb(inv, runner);
        const auto result = lb.setUpstream({QStringLiteral("app-3")});
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral(
            "lb: nginx refused the new configuration (upstream app-3): [emerg] host not found in upstream "
            "\"10.0.0.13:13000\" in /etc/nginx/nocobase/upstream.conf:3. The previous files were restored."));
        QCOMPARE(runner.files.value(Upstream), before);
        QVERIFY(runner.commands().filter(QStringLiteral("reload")).isEmpty());
    }

    void nginxOneNodeModeIsRecognised()
    {
        const nb::Inventory inv = nginxInventory();
        FakeCommandRunner runner;
        runner.files.insert(Mode, "# serve\n");
        runner.files.insert(Upstream, "server 10.0.0.12:13000; # app-2\n");
        const auto state = nb::NginxLoadBalancer(inv, runner).state();
        QVERIFY(state.ok);
        QCOMPARE(state.mode, LbMode::OneNode);
        QCOMPARE(state.upstream, QStringList{QStringLiteral("app-2")});
        QVERIFY(nb::NginxLoadBalancer(inv, runner).setUpstream({QStringLiteral("app-9")}).error.contains(
            QStringLiteral("there is no node 'app-9'")));
    }

    void haproxyRuntimeApiCommands()
    {
        const nb::Inventory inv = haproxyInventory();
        FakeCommandRunner runner;
        nb::HaproxyLoadBalancer lb(inv, runner);
        QCOMPARE(lb.socketCommand(QStringLiteral("show servers state nocobase")).text(),
                 QStringLiteral("printf '%s\\n' 'show servers state nocobase' | sudo -n socat stdio "
                                "'UNIX-CONNECT:/run/haproxy/admin.sock'"));
        QCOMPARE(lb.setStateLine({QStringLiteral("app-2")}),
                 QStringLiteral("set server nocobase/web1 state maint; set server nocobase/app-2 state ready"));

        runner.when(QStringLiteral("show servers state"), {0, serversState(1, 0), {}}, true);
        const auto oneNode = lb.state();
        QVERIFY2(oneNode.ok, qPrintable(oneNode.error));
        QCOMPARE(oneNode.mode, LbMode::OneNode);
        QCOMPARE(oneNode.upstream, QStringList{QStringLiteral("app-2")});

        runner.when(QStringLiteral("show servers state"), {0, serversState(0, 0), {}}, true);
        QVERIFY(lb.setMaintenance(false).ok);
        QVERIFY(runner.commands().contains(QStringLiteral(
            "printf '%s\\n' 'set server nocobase/web1 state ready; set server nocobase/app-2 state ready' | "
            "sudo -n socat stdio 'UNIX-CONNECT:/run/haproxy/admin.sock'")));

        // A switch HAProxy did not carry out is reported, not assumed.
        runner.when(QStringLiteral("show servers state"), {0, serversState(0, 0), {}});
        const auto notApplied = lb.setMaintenance(true);
        QVERIFY(!notApplied.ok);
        QCOMPARE(notApplied.error, QStringLiteral("lb: after maintenance on HAProxy sends traffic to [app-1, app-2], not []"));
        FakeCommandRunner refusing;
        refusing.when(QStringLiteral("set server"), {0, QStringLiteral("No such server."), {}});
        QCOMPARE(nb::HaproxyLoadBalancer(inv, refusing).setUpstream({QStringLiteral("app-1")}).error,
                 QStringLiteral("lb: HAProxy refused upstream app-1: No such server."));
    }

    void customCommandsAndStatus()
    {
        const auto result = nb::InventoryLoader::loadFile(
            QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/pm2-custom-lb.yaml"));
        QVERIFY(result.inventory);
        FakeCommandRunner runner;
        nb::CustomLoadBalancer lb(*result.inventory, runner);
        QCOMPARE(lb.upstreamCommand({QStringLiteral("b")}).text(), QStringLiteral("lbctl upstream 'b'"));
        QCOMPARE(lb.upstreamCommand({QStringLiteral("a"), QStringLiteral("b")}).text(), QStringLiteral("lbctl upstream 'all'"));
        runner.when(QStringLiteral("lbctl status"), {0, QStringLiteral("one-node b"), {}});
        const auto state = lb.state();
        QVERIFY(state.ok);
        QCOMPARE(state.mode, LbMode::OneNode);
        QCOMPARE(state.upstream, QStringList{QStringLiteral("b")});
        QVERIFY(lb.setMaintenance(true).ok);
        QCOMPARE(runner.commands().last(), QStringLiteral("lbctl maintenance on"));
    }

    void manualSendsNothingAndAsksTheOperator()
    {
        const nb::Inventory inv = parse(R"(
cluster: prod
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 10.0.0.11}
load_balancer: {kind: manual}
)");
        nb::ManualLoadBalancer lb(inv);
        QVERIFY(lb.needsOperatorConfirmation());
        const auto result = lb.setUpstream({QStringLiteral("app-1")});
        QVERIFY(result.ok);
        QCOMPARE(result.value, QStringLiteral("On the load balancer, send traffic only to: app-1 (10.0.0.11:13000). "
                                              "Confirm when done."));
        QCOMPARE(lb.plannedCommands(nb::LoadBalancerAdapter::Action::MaintenanceOn).first().command,
                 QStringLiteral("(by hand) On the load balancer, answer every request with 503 and the maintenance "
                                "page, so no request reaches a node. Confirm when done."));
    }
};

QTEST_GUILESS_MAIN(TestLoadBalancers)
#include "TestLoadBalancers.moc"
