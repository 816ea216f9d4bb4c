#include "FakeCommandRunner.h"

#include <adapters/ComposeRuntime.h>
#include <inventory/InventoryLoader.h>

#include <QTest>

using nb::ComposeRuntime;
using nb::RunState;

namespace {

nb::Inventory inventory()
{
    const auto result = nb::InventoryLoader::parse(R"(
cluster: prod
ssh: {user: deploy}
app:
  compose: {project_dir: /opt/nocobase, service: app}
  nodes:
    - {name: app-1, host: 10.0.0.11}
    - {name: app-2, host: 10.0.0.12, compose: {project_dir: /srv/my nocobase, file: prod.yml}}
load_balancer: {kind: manual}
)", QStringLiteral("inline.yaml"));
    Q_ASSERT(result.inventory);
    return *result.inventory;
}

const QByteArray ComposeText = R"(# NocoBase, production
services:
  app:
    image: "nocobase/nocobase:1.8.3"   # pinned
    restart: always
    volumes:
      - ./storage:/app/nocobase/storage
  worker:
    image: nocobase/nocobase:1.8.3
)";

const QString ConfigJson = QStringLiteral(
    R"({"name":"nocobase","services":{"app":{"image":"nocobase/nocobase:%1","restart":"always"}}})");

} // namespace

class TestComposeRuntime : public QObject
{
    Q_OBJECT

private slots:
    void commandLinesAreExact()
    {
        const nb::Inventory inv = inventory();
        FakeCommandRunner runner;
        ComposeRuntime runtime(inv, runner);
        const auto &a = inv.app.nodes.at(0);
        const auto &b = inv.app.nodes.at(1);
        QCOMPARE(runtime.statusCommand(a).text(), QStringLiteral("cd '/opt/nocobase' && docker compose ps -a --format json 'app'"));
        QCOMPARE(runtime.startCommand(b).text(),
                 QStringLiteral("cd '/srv/my nocobase' && docker compose -f 'prod.yml' up -d 'app'"));
        QCOMPARE(runtime.stopCommand(a).text(), QStringLiteral("cd '/opt/nocobase' && docker compose stop 'app'"));
        QCOMPARE(runtime.configCommand(a).text(), QStringLiteral("cd '/opt/nocobase' && docker compose config --format json"));
        QCOMPARE(runtime.validateCommand(a).text(), QStringLiteral("cd '/opt/nocobase' && docker compose config --quiet"));
        QCOMPARE(runtime.logsCommand(a, 500, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)).text(),
                 QStringLiteral("cd '/opt/nocobase' && docker compose logs --no-color --no-log-prefix --tail '500' "
                                "--since '2026-01-02T03:04:05Z' 'app'"));

        QVERIFY(runtime.start(a).ok);
        QVERIFY(runtime.stop(a).ok);
        QCOMPARE(runner.calls.at(0).host, QStringLiteral("app-1"));
        QCOMPARE(runner.calls.at(0).timeout, std::chrono::milliseconds(std::chrono::minutes(3)));
    }

    void statusReadsBothJsonShapes()
    {
        const nb::Inventory inv = inventory();
        const auto &node = inv.app.nodes.at(0);
        FakeCommandRunner lines;
        lines.when(QStringLiteral("ps -a"), {0, QStringLiteral(
            R"({"Name":"nocobase-app-1","Service":"app","State":"running","Status":"Up 5 minutes"})"), {}});
        const auto running = ComposeRuntime(inv, lines).status(node);
        QCOMPARE(running.state, RunState::Running);
        QCOMPARE(running.detail, QStringLiteral("Up 5 minutes"));

        FakeCommandRunner array;
        array.when(QStringLiteral("ps -a"), {0, QStringLiteral(
            R"([{"Name":"nocobase-app-1","Service":"app","State":"exited","Status":"Exited (0) 2 seconds ago"}])"), {}});
        const auto stopped = ComposeRuntime(inv, array).status(node);
        QCOMPARE(stopped.state, RunState::Stopped);
        QCOMPARE(stopped.detail, QStringLiteral("Exited (0) 2 seconds ago"));

        FakeCommandRunner none;
        QCOMPARE(ComposeRuntime(inv, none).status(node).state, RunState::Stopped);

        FakeCommandRunner broken;
        broken.when(QStringLiteral("ps -a"), {1, {}, QStringLiteral("no configuration file provided: not found")});
        const auto unknown = ComposeRuntime(inv, broken).status(node);
        QCOMPARE(unknown.state, RunState::Unknown);
        QCOMPARE(unknown.detail, QStringLiteral("app-1: docker compose ps failed (exit code 1: no configuration "
                                                "file provided: not found)"));
    }

    void releaseIsTheImageTag()
    {
        const nb::Inventory inv = inventory();
        FakeCommandRunner runner;
        runner.when(QStringLiteral("config --format json"), {0, ConfigJson.arg(QStringLiteral("1.8.3")), {}});
        const auto release = ComposeRuntime(inv, runner).release(inv.app.nodes.at(0));
        QVERIFY(release.ok);
        QCOMPARE(release.value, QStringLiteral("1.8.3"));
    }

    void pullFetchesTheTargetImageBeforeTheFileChanges()
    {
        const nb::Inventory inv = inventory();
        const auto &node = inv.app.nodes.at(0);
        FakeCommandRunner runner;
        runner.when(QStringLiteral("config --format json"), {0, ConfigJson.arg(QStringLiteral("1.8.3")), {}});
        ComposeRuntime runtime(inv, runner);
        QVERIFY(runtime.pull(node, QStringLiteral("1.9.0")).ok);
        QCOMPARE(runner.commands().last(), QStringLiteral("docker pull 'nocobase/nocobase:1.9.0'"));
        QCOMPARE(runner.calls.last().timeout, std::chrono::milliseconds(std::chrono::minutes(20)));
        QVERIFY(runtime.pull(node, QStringLiteral("1.8.3")).ok);
        QCOMPARE(runner.commands().last(), QStringLiteral("cd '/opt/nocobase' && docker compose pull 'app'"));

        const int sent = runner.calls.size();
        const auto refused = runtime.pull(node, QStringLiteral("1.9;reboot"));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, QStringLiteral("app-1: '1.9;reboot' is not a valid version (letters, digits, '.', '-' "
                                               "and '_' only)"));
        QCOMPARE(runner.calls.size(), sent);
    }

    void setVersionRewritesOnlyTheTagWithBackupAndCheck()
    {
        const nb::Inventory inv = inventory();
        const auto &node = inv.app.nodes.at(0);
        FakeCommandRunner runner;
        runner.files.insert(QStringLiteral("/opt/nocobase/docker-compose.yml"), ComposeText);
        runner.when(QStringLiteral("ls -1 --"), {2, QStringLiteral("docker-compose.yml"), QStringLiteral("ls: cannot access 'compose.yaml'")});
        runner.when(QStringLiteral("config --format json"), {0, ConfigJson.arg(QStringLiteral("1.8.3")), {}}, true);
        runner.when(QStringLiteral("config --format json"), {0, ConfigJson.arg(QStringLiteral("1.8.3")), {}}, true);
        runner.when(QStringLiteral("config --format json"), {0, ConfigJson.arg(QStringLiteral("1.9.0")), {}});
        runner.when(QStringLiteral("stat -c"), {0, QStringLiteral("640"), {}});
        ComposeRuntime runtime(inv, runner);

        const auto preview = runtime.previewVersion(node, QStringLiteral("1.9.0"));
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.before, QStringLiteral("1.8.3"));
        QCOMPARE(preview.diff, QStringLiteral(
            "--- /opt/nocobase/docker-compose.yml\n+++ /opt/nocobase/docker-compose.yml\n"
            "@@ -1,7 +1,7 @@\n # NocoBase, production\n services:\n   app:\n"
            "-    image: \"nocobase/nocobase:1.8.3\"   # pinned\n"
            "+    image: \"nocobase/nocobase:1.9.0\"   # pinned\n"
            "     restart: always\n     volumes:\n       - ./storage:/app/nocobase/storage\n"));
        QVERIFY(runner.uploads.isEmpty()); // a preview changes nothing

        const auto change = runtime.setVersion(node, QStringLiteral("1.9.0"));
        QVERIFY2(change.ok, qPrintable(change.error));
        QVERIFY(change.backupPath.startsWith(QStringLiteral("/opt/nocobase/docker-compose.yml.nbconsole-")));
        QByteArray expected = ComposeText;
        expected.replace("\"nocobase/nocobase:1.8.3\"", "\"nocobase/nocobase:1.9.0\"");
        QCOMPARE(runner.uploads.value(QStringLiteral("/opt/nocobase/docker-compose.yml")), expected);
        const QStringList sent = runner.commands();
        const auto index = [&](const QString &prefix) {
            for (int i = 0; i < sent.size(); ++i)
                if (sent.at(i).startsWith(prefix))
                    return i;
            return -1;
        };
        const int backup = index(QStringLiteral("cp -p -- '/opt/nocobase/docker-compose.yml' '/opt/nocobase/docker-compose.yml.nbconsole-"));
        const int upload = index(QStringLiteral("upload /opt/nocobase/docker-compose.yml 640"));
        const int check = index(QStringLiteral("cd '/opt/nocobase' && docker compose config --quiet"));
        QVERIFY(backup >= 0 && upload > backup && check > upload);
        QCOMPARE(sent.last(), QStringLiteral("cd '/opt/nocobase' && docker compose config --format json"));
    }

    void failedValidationRestoresTheBackup()
    {
        const nb::Inventory inv = inventory();
        const auto &node = inv.app.nodes.at(0);
        FakeCommandRunner runner;
        runner.files.insert(QStringLiteral("/opt/nocobase/compose.yaml"), ComposeText);
        runner.when(QStringLiteral("ls -1 --"), {0, QStringLiteral("compose.yaml\ndocker-compose.yml"), {}});
        runner.when(QStringLiteral("config --format json"), {0, ConfigJson.arg(QStringLiteral("1.8.3")), {}});
        runner.when(QStringLiteral("config --quiet"), {15, {}, QStringLiteral("services.app.image: invalid reference format")});
        const auto change = ComposeRuntime(inv, runner).setVersion(node, QStringLiteral("1.9.0"));
        QVERIFY(!change.ok);
        QCOMPARE(change.error, QStringLiteral("app-1: docker compose config --quiet after the version change failed "
                                              "(exit code 15: services.app.image: invalid reference format) The previous "
                                              "file was restored."));
        const QString restore = runner.commands().last();
        QVERIFY2(restore.startsWith(QStringLiteral("cp -p -- '/opt/nocobase/compose.yaml.nbconsole-")), qPrintable(restore));
        QVERIFY(restore.endsWith(QStringLiteral("' '/opt/nocobase/compose.yaml'")));
    }

    void imagesSetElsewhereAreNotRewritten()
    {
        const nb::Inventory inv = inventory();
        FakeCommandRunner runner;
        runner.files.insert(QStringLiteral("/opt/nocobase/compose.yaml"),
                            "services:\n  app:\n    image: ${NOCOBASE_IMAGE}\n");
        runner.when(QStringLiteral("ls -1 --"), {0, QStringLiteral("compose.yaml"), {}});
        const auto change = ComposeRuntime(inv, runner).setVersion(inv.app.nodes.at(0), QStringLiteral("1.9.0"));
        QVERIFY(!change.ok);
        QCOMPARE(change.error, QStringLiteral("app-1: /opt/nocobase/compose.yaml: the image of service 'app' is set "
                                              "through a variable (${NOCOBASE_IMAGE}); change the version where that "
                                              "variable is defined"));
        QVERIFY(runner.uploads.isEmpty());
    }

    // Whatever the console does through compose, no command removes volumes or data.
    void noCommandRemovesData()
    {
        const nb::Inventory inv = inventory();
        FakeCommandRunner runner;
        ComposeRuntime runtime(inv, runner);
        for (const auto &node : inv.app.nodes) {
            for (auto action : {ComposeRuntime::Action::Status, ComposeRuntime::Action::Start, ComposeRuntime::Action::Stop,
                                ComposeRuntime::Action::Pull, ComposeRuntime::Action::Release,
                                ComposeRuntime::Action::SetVersion, ComposeRuntime::Action::Logs}) {
                for (const auto &planned : runtime.plannedCommands(action, node, QStringLiteral("1.9.0"))) {
                    QVERIFY2(!planned.command.contains(QStringLiteral(" down")), qPrintable(planned.command));
                    QVERIFY2(!planned.command.contains(QStringLiteral(" rm ")), qPrintable(planned.command));
                    QVERIFY2(!planned.command.contains(QStringLiteral(" -v")), qPrintable(planned.command));
                    QVERIFY2(!planned.command.contains(QStringLiteral("volume")), qPrintable(planned.command));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestComposeRuntime)
#include "TestComposeRuntime.moc"
