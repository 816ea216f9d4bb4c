#include "ScriptedRuntime.h"

#include "HostCommand.h"
#include <core/Translate.h>
#include <ssh/InventoryEndpoints.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ScriptedRuntime", text);
}

} // namespace

ScriptedRuntime::ScriptedRuntime(const Inventory &inventory, CommandRunner &runner)
    : m_inventory(inventory), m_runner(runner)
{
}

HostCommand ScriptedRuntime::host(const AppNode &node) const
{
    return HostCommand(m_runner, endpointForNode(m_inventory, node));
}

ShellCommand ScriptedRuntime::pullCommand(const AppNode &, const QString &) const
{
    return {};
}

ShellCommand ScriptedRuntime::undoCommand(const AppNode &) const
{
    return {};
}

QString ScriptedRuntime::readRelease(const CommandResult &result) const
{
    const QStringList lines = result.stdoutLines();
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

RuntimeStatus ScriptedRuntime::status(const AppNode &node)
{
    HostCommand target = host(node);
    const CommandResult result = target.run(statusCommand(node), Timeouts::Query);
    if (result.outcome != CommandResult::Outcome::Exited)
        return {RunState::Unknown, target.failure(tr("%1 status").arg(name()), result)};
    return readStatus(node, result);
}

AdapterResult ScriptedRuntime::start(const AppNode &node)
{
    return host(node).check(startCommand(node), tr("%1 start").arg(name()), Timeouts::StartStop);
}

AdapterResult ScriptedRuntime::stop(const AppNode &node)
{
    return host(node).check(stopCommand(node), tr("%1 stop").arg(name()), Timeouts::StartStop);
}

AdapterResult ScriptedRuntime::pull(const AppNode &node, const QString &version)
{
    const QString why = ShellCommand::validate(version, ShellValueKind::Version);
    if (!why.isEmpty())
        return AdapterResult::failure(tr("%1: %2").arg(node.name, why));
    const ShellCommand command = pullCommand(node, version);
    if (command.text().isEmpty() && command.isValid())
        return AdapterResult::success(tr("nothing to fetch ahead for the %1 runtime").arg(m_inventory.app.runtime));
    return host(node).check(command, tr("fetching %1").arg(version), Timeouts::Pull);
}

AdapterResult ScriptedRuntime::release(const AppNode &node)
{
    HostCommand target = host(node);
    const CommandResult result = target.run(releaseCommand(node), Timeouts::Query);
    if (!result.succeeded())
        return AdapterResult::failure(target.failure(tr("reading the installed release"), result));
    const QString version = readRelease(result);
    if (version.isEmpty())
        return AdapterResult::failure(tr("%1: reading the installed release gave no version").arg(node.name));
    return AdapterResult::success(version);
}

VersionChange ScriptedRuntime::previewVersion(const AppNode &node, const QString &version)
{
    VersionChange change;
    change.after = version;
    const QString why = ShellCommand::validate(version, ShellValueKind::Version);
    if (!why.isEmpty()) {
        change.error = tr("%1: %2").arg(node.name, why);
        return change;
    }
    if (setVersionCommands(node, version).isEmpty()) {
        change.error = tr("%1: the %2 runtime has no set_version command in the inventory; install %3 on "
                          "the host by hand").arg(node.name, m_inventory.app.runtime, version);
        return change;
    }
    const AdapterResult current = release(node);
    change.before = current.ok ? current.value : QString();
    change.ok = true;
    return change;
}

VersionChange ScriptedRuntime::setVersion(const AppNode &node, const QString &version)
{
    VersionChange change = previewVersion(node, version);
    if (!change.ok || change.before == version)
        return change;
    change.ok = false;
    HostCommand target = host(node);
    for (const ShellCommand &command : setVersionCommands(node, version)) {
        const AdapterResult step = target.check(command, tr("changing the release to %1").arg(version),
                                                Timeouts::Pull);
        if (!step.ok) {
            change.error = step.error;
            const ShellCommand undo = undoCommand(node);
            if (!undo.text().isEmpty()) {
                const AdapterResult undone = target.check(undo, tr("undoing the change"), Timeouts::StartStop);
                change.error += undone.ok ? tr(" The change was undone.") : tr(" Undoing it failed too: %1").arg(undone.error);
            }
            return change;
        }
    }
    const AdapterResult readBack = release(node);
    if (!readBack.ok || readBack.value != version) {
        change.error = readBack.ok ? tr("%1: the host reports release %2 after the change, not %3")
                                         .arg(node.name, readBack.value, version)
                                   : readBack.error;
        return change;
    }
    change.ok = true;
    return change;
}

AdapterResult ScriptedRuntime::logs(const AppNode &node, int lines, const QDateTime &since)
{
    return host(node).check(logsCommand(node, lines, since), tr("reading the logs"), Timeouts::Query);
}

PlannedCommands ScriptedRuntime::plannedCommands(Action action, const AppNode &node, const QString &version) const
{
    const HostCommand target = host(node);
    switch (action) {
    case Action::Status:
        return {target.plan(statusCommand(node))};
    case Action::Start:
        return {target.plan(startCommand(node))};
    case Action::Stop:
        return {target.plan(stopCommand(node))};
    case Action::Pull: {
        const ShellCommand command = pullCommand(node, version);
        return command.text().isEmpty() && command.isValid() ? PlannedCommands{} : PlannedCommands{target.plan(command)};
    }
    case Action::Release:
        return {target.plan(releaseCommand(node))};
    case Action::SetVersion: {
        PlannedCommands planned{target.plan(releaseCommand(node))};
        for (const ShellCommand &command : setVersionCommands(node, version))
            planned.append(target.plan(command));
        planned.append(target.plan(releaseCommand(node)));
        return planned;
    }
    case Action::Logs:
        return {target.plan(logsCommand(node, 200, {}))};
    }
    return {};
}

} // namespace nb
