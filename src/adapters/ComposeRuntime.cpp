#include "ComposeRuntime.h"

#include "ComposeFile.h"
#include "HostCommand.h"
#include <core/Translate.h>
#include <ssh/InventoryEndpoints.h>
#include "UnifiedDiff.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ComposeRuntime", text);
}

// `docker compose ps --format json` prints one object per line (Compose >= 2.21) or
// one array (older releases); both are read.
QJsonArray psRecords(const QString &output)
{
    const QByteArray trimmed = output.trimmed().toUtf8();
    if (trimmed.startsWith('['))
        return QJsonDocument::fromJson(trimmed).array();
    QJsonArray records;
    for (const QByteArray &line : trimmed.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed());
        if (doc.isObject())
            records.append(doc.object());
    }
    return records;
}

} // namespace

ComposeRuntime::ComposeRuntime(const Inventory &inventory, CommandRunner &runner)
    : m_inventory(inventory), m_runner(runner)
{
}

ShellCommand ComposeRuntime::compose(const AppNode &node) const
{
    const ComposeSettings settings = m_inventory.effectiveCompose(node);
    ShellCommand docker("docker");
    docker.raw("compose");
    if (!settings.file.isEmpty())
        docker.raw("-f").arg(settings.file, ShellValueKind::Name);
    ShellCommand command("cd");
    command.arg(settings.projectDir, ShellValueKind::AbsolutePath).andThen(docker);
    return command;
}

ShellCommand ComposeRuntime::statusCommand(const AppNode &node) const
{
    return compose(node).raw("ps -a --format json").arg(m_inventory.effectiveCompose(node).service,
                                                         ShellValueKind::Name);
}

ShellCommand ComposeRuntime::configCommand(const AppNode &node) const
{
    return compose(node).raw("config --format json");
}

ShellCommand ComposeRuntime::validateCommand(const AppNode &node) const
{
    return compose(node).raw("config --quiet");
}

ShellCommand ComposeRuntime::logsCommand(const AppNode &node, int lines, const QDateTime &since) const
{
    ShellCommand command = compose(node).raw("logs --no-color --no-log-prefix --tail");
    command.arg(QString::number(std::max(lines, 0)));
    if (since.isValid())
        command.raw("--since").arg(since.toUTC().toString(Qt::ISODate));
    return command.arg(m_inventory.effectiveCompose(node).service, ShellValueKind::Name);
}

ShellCommand ComposeRuntime::listFilesCommand(const AppNode &node) const
{
    ShellCommand list("ls");
    list.raw("-1 --").args(ComposeFile::defaultFileNames(), ShellValueKind::Name);
    ShellCommand command("cd");
    command.arg(m_inventory.effectiveCompose(node).projectDir, ShellValueKind::AbsolutePath).andThen(list);
    return command;
}

RuntimeStatus ComposeRuntime::status(const AppNode &node)
{
    HostCommand host(m_runner, endpointForNode(m_inventory, node));
    const CommandResult result = host.run(statusCommand(node), Timeouts::Query);
    if (!result.succeeded())
        return {RunState::Unknown, host.failure(tr("docker compose ps"), result)};
    const QString service = m_inventory.effectiveCompose(node).service;
    for (const QJsonValue &value : psRecords(result.stdoutText())) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("Service")).toString() != service)
            continue;
        const QString state = record.value(QStringLiteral("State")).toString();
        const QString detail = record.value(QStringLiteral("Status")).toString();
        if (state == QLatin1String("running"))
            return {RunState::Running, detail};
        if (state == QLatin1String("exited") || state == QLatin1String("created")
            || state == QLatin1String("dead"))
            return {RunState::Stopped, detail};
        return {RunState::Unknown, tr("%1: container is %2 (%3)").arg(node.name, state, detail)};
    }
    return {RunState::Stopped, tr("no container")};
}

ShellCommand ComposeRuntime::startCommand(const AppNode &node) const
{
    return compose(node).raw("up -d").arg(m_inventory.effectiveCompose(node).service, ShellValueKind::Name);
}

ShellCommand ComposeRuntime::stopCommand(const AppNode &node) const
{
    return compose(node).raw("stop").arg(m_inventory.effectiveCompose(node).service, ShellValueKind::Name);
}

AdapterResult ComposeRuntime::start(const AppNode &node)
{
    HostCommand host(m_runner, endpointForNode(m_inventory, node));
    return host.check(startCommand(node), tr("docker compose up"), Timeouts::StartStop);
}

AdapterResult ComposeRuntime::stop(const AppNode &node)
{
    HostCommand host(m_runner, endpointForNode(m_inventory, node));
    return host.check(stopCommand(node), tr("docker compose stop"), Timeouts::StartStop);
}

AdapterResult ComposeRuntime::configuredImage(const AppNode &node)
{
    HostCommand host(m_runner, endpointForNode(m_inventory, node));
    const CommandResult result = host.run(configCommand(node), Timeouts::Query);
    if (!result.succeeded())
        return AdapterResult::failure(host.failure(tr("docker compose config"), result));
    const QString service = m_inventory.effectiveCompose(node).service;
    const QJsonObject config = QJsonDocument::fromJson(result.stdoutText().toUtf8()).object();
    const QString image = config.value(QStringLiteral("services")).toObject().value(service).toObject()
                              .value(QStringLiteral("image")).toString();
    if (image.isEmpty())
        return AdapterResult::failure(tr("%1: the compose project has no image for service '%2'")
                                          .arg(node.name, service));
    return AdapterResult::success(image);
}

AdapterResult ComposeRuntime::release(const AppNode &node)
{
    AdapterResult image = configuredImage(node);
    if (image.ok)
        image.value = ComposeFile::splitImage(image.value).tag;
    return image;
}

AdapterResult ComposeRuntime::pull(const AppNode &node, const QString &version)
{
    const QString why = ShellCommand::validate(version, ShellValueKind::Version);
    if (!why.isEmpty())
        return AdapterResult::failure(tr("%1: %2").arg(node.name, why));
    const AdapterResult image = configuredImage(node);
    if (!image.ok)
        return image;
    const auto reference = ComposeFile::splitImage(image.value);
    HostCommand host(m_runner, endpointForNode(m_inventory, node));
    // Pulling the target's exact image before the compose file changes keeps the
    // download out of the maintenance window; once the file names it, compose pulls it.
    if (reference.tag == version) {
        return host.check(compose(node).raw("pull").arg(m_inventory.effectiveCompose(node).service,
                                                        ShellValueKind::Name),
                          tr("docker compose pull"), Timeouts::Pull);
    }
    ShellCommand pullImage("docker");
    pullImage.raw("pull").arg(reference.repository + QLatin1Char(':') + version);
    return host.check(pullImage, tr("docker pull of %1:%2").arg(reference.repository, version), Timeouts::Pull);
}

QString ComposeRuntime::composeFilePath(const AppNode &node, QString *error)
{
    const ComposeSettings settings = m_inventory.effectiveCompose(node);
    const QString dir = settings.projectDir.endsWith(QLatin1Char('/')) ? settings.projectDir
                                                                      : settings.projectDir + QLatin1Char('/');
    if (!settings.file.isEmpty())
        return dir + settings.file;
    HostCommand host(m_runner, endpointForNode(m_inventory, node));
    // ls exits non-zero when some candidates are missing; what it lists is what counts.
    const CommandResult result = host.run(listFilesCommand(node), Timeouts::Query);
    const QStringList present = result.stdoutLines();
    for (const QString &name : ComposeFile::defaultFileNames()) {
        if (present.contains(name))
            return dir + name;
    }
    *error = result.outcome == CommandResult::Outcome::Exited
        ? tr("%1: no compose file in %2").arg(node.name, settings.projectDir)
        : host.failure(tr("looking for the compose file"), result);
    return {};
}

ComposeRuntime::FileEdit ComposeRuntime::prepareEdit(const AppNode &node, const QString &version)
{
    FileEdit edit;
    edit.change.after = version;
    const QString why = ShellCommand::validate(version, ShellValueKind::Version);
    if (!why.isEmpty()) {
        edit.change.error = tr("%1: %2").arg(node.name, why);
        return edit;
    }
    edit.path = composeFilePath(node, &edit.change.error);
    if (edit.path.isEmpty())
        return edit;
    // The exact bytes, so the rewrite cannot touch line endings or a missing final newline.
    QTemporaryDir local;
    const QString copy = local.filePath(QStringLiteral("compose.yaml"));
    const CommandResult fetched = m_runner.download(endpointForNode(m_inventory, node), edit.path, copy);
    QFile file(copy);
    if (!fetched.succeeded() || !file.open(QIODevice::ReadOnly)) {
        edit.change.error = HostCommand(m_runner, endpointForNode(m_inventory, node))
                                .failure(tr("reading %1").arg(edit.path), fetched);
        return edit;
    }
    edit.original = file.readAll();
    QString error;
    const auto edited = ComposeFile::withImageTag(edit.original, m_inventory.effectiveCompose(node).service,
                                                  version, &error);
    if (!edited) {
        edit.change.error = tr("%1: %2: %3").arg(node.name, edit.path, error);
        return edit;
    }
    edit.edited = *edited;
    const AdapterResult current = release(node);
    edit.change.before = current.ok ? current.value : QString();
    edit.change.diff = UnifiedDiff::make(QString::fromUtf8(edit.original), QString::fromUtf8(edit.edited),
                                         edit.path);
    edit.change.ok = true;
    return edit;
}

VersionChange ComposeRuntime::previewVersion(const AppNode &node, const QString &version)
{
    return prepareEdit(node, version).change;
}

VersionChange ComposeRuntime::setVersion(const AppNode &node, const QString &version)
{
    FileEdit edit = prepareEdit(node, version);
    VersionChange &change = edit.change;
    if (!change.ok || edit.original == edit.edited)
        return change;
    change.ok = false;

    HostCommand host(m_runner, endpointForNode(m_inventory, node));
    change.backupPath = edit.path + QStringLiteral(".nbconsole-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    ShellCommand backup("cp");
    backup.raw("-p --").arg(edit.path, ShellValueKind::AbsolutePath).arg(change.backupPath, ShellValueKind::AbsolutePath);
    const AdapterResult saved = host.check(backup, tr("keeping a backup of %1").arg(edit.path), Timeouts::Query);
    if (!saved.ok) {
        change.error = saved.error;
        change.backupPath.clear();
        return change;
    }
    ShellCommand mode("stat");
    mode.raw("-c %a").arg(edit.path, ShellValueKind::AbsolutePath);
    const CommandResult modeResult = host.run(mode, Timeouts::Query);
    bool modeOk = false;
    const int permissions = modeResult.stdoutText().trimmed().toInt(&modeOk, 8);

    const CommandResult written = host.upload(edit.path, edit.edited, modeOk ? permissions : 0644);
    const CommandResult validated = written.succeeded() ? host.run(validateCommand(node), Timeouts::Query)
                                                        : written;
    if (!validated.succeeded()) {
        ShellCommand restore("cp");
        restore.raw("-p --").arg(change.backupPath, ShellValueKind::AbsolutePath).arg(edit.path, ShellValueKind::AbsolutePath);
        const AdapterResult restored = host.check(restore, tr("restoring %1").arg(edit.path), Timeouts::Query);
        change.error = written.succeeded()
            ? host.failure(tr("docker compose config --quiet after the version change"), validated)
            : host.failure(tr("writing %1").arg(edit.path), written);
        change.error += restored.ok ? tr(" The previous file was restored.")
                                    : tr(" Restoring the previous file failed too: %1").arg(restored.error);
        return change;
    }
    const AdapterResult readBack = release(node);
    if (!readBack.ok || readBack.value != version) {
        change.error = readBack.ok ? tr("%1: the compose project reports version %2 after the change, not %3")
                                         .arg(node.name, readBack.value, version)
                                   : readBack.error;
        return change;
    }
    change.ok = true;
    return change;
}

AdapterResult ComposeRuntime::logs(const AppNode &node, int lines, const QDateTime &since)
{
    HostCommand host(m_runner, endpointForNode(m_inventory, node));
    return host.check(logsCommand(node, lines, since), tr("docker compose logs"), Timeouts::Query);
}

PlannedCommands ComposeRuntime::plannedCommands(Action action, const AppNode &node, const QString &version) const
{
    const HostCommand host(m_runner, endpointForNode(m_inventory, node));
    const QString service = m_inventory.effectiveCompose(node).service;
    switch (action) {
    case Action::Status:
        return {host.plan(statusCommand(node))};
    case Action::Start:
        return {host.plan(startCommand(node))};
    case Action::Stop:
        return {host.plan(stopCommand(node))};
    case Action::Pull: {
        ShellCommand pullImage("docker");
        pullImage.raw("pull").arg(QStringLiteral("IMAGE:") + version);
        return {host.plan(configCommand(node)), host.plan(pullImage)};
    }
    case Action::Release:
        return {host.plan(configCommand(node))};
    case Action::SetVersion: {
        const QString file = QStringLiteral("COMPOSE_FILE");
        return {host.plan(listFilesCommand(node)),
                {host.endpoint().label, tr("(download the compose file, change only the image tag of '%1' to %2, show the diff)")
                                            .arg(service, version)},
                {host.endpoint().label, tr("cp -p -- %1 %1.nbconsole-TIMESTAMP").arg(file)},
                host.planUpload(file, tr("the edited compose file")),
                host.plan(validateCommand(node)),
                {host.endpoint().label, tr("(if that fails: cp -p -- %1.nbconsole-TIMESTAMP %1)").arg(file)},
                host.plan(configCommand(node))};
    }
    case Action::Logs:
        return {host.plan(logsCommand(node, 200, {}))};
    }
    return {};
}

} // namespace nb
