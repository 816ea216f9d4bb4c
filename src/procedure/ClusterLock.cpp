#include "ClusterLock.h"

#include "ssh/InventoryEndpoints.h"

#include <core/Translate.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

#include <chrono>

#include <pwd.h>
#include <unistd.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ClusterLock", text);
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace

QString LockHolder::describe() const
{
    return QCoreApplication::translate("nb::LockHolder", "%1 (run %2, since %3)").arg(owner, runId, since);
}

ClusterLock::ClusterLock(CommandRunner &runner, const SshEndpoint &host, const QString &path)
    : m_runner(runner), m_endpoint(host), m_path(path)
{
}

ClusterLock::ClusterLock(CommandRunner &runner, const Inventory &inventory)
    : ClusterLock(runner, hostFor(inventory), pathFor(inventory))
{
}

SshEndpoint ClusterLock::hostFor(const Inventory &inventory)
{
    if (!inventory.loadBalancer.host.isEmpty() || inventory.app.nodes.isEmpty())
        return endpointForLoadBalancer(inventory);
    return endpointForNode(inventory, inventory.app.nodes.first());
}

QString ClusterLock::defaultPath(const QString &cluster)
{
    return QStringLiteral("~/.local/state/nbconsole/") + cluster + QStringLiteral(".lock");
}

QString ClusterLock::pathFor(const Inventory &inventory)
{
    return inventory.loadBalancer.lockPath.isEmpty() ? defaultPath(inventory.cluster) : inventory.loadBalancer.lockPath;
}

QString ClusterLock::operatorIdentity()
{
    // The account, not $USER: sudo, cron and CI set it differently or not at all.
    const passwd *account = ::getpwuid(::geteuid());
    const QString user = account ? QString::fromLocal8Bit(account->pw_name)
                                 : qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

ClusterLock::Result ClusterLock::acquire(const QString &runId)
{
    // `set -C` makes `>` fail when the file exists (O_EXCL), which is the atomic
    // test-and-set; a held lock is printed instead so the refusal can name its owner.
    ShellCommand command("mkdir");
    command.raw("-p").arg(folderOf(m_path), ShellValueKind::AbsolutePath)
        .raw("&& { ( set -C; printf")
        .arg(QStringLiteral("owner=%s\\nrun=%s\\nsince=%s\\n"))
        .args({operatorIdentity(), runId,
               QDateTime::currentDateTimeUtc().toString(Qt::ISODate)})
        .raw(">").arg(m_path, ShellValueKind::AbsolutePath)
        .raw(") 2>/dev/null && echo acquired || cat").arg(m_path, ShellValueKind::AbsolutePath).raw("; }");
    Result result = runCommand(command);
    if (!result.error.isEmpty())
        return result;
    if (result.holder.isEmpty() && !result.ok)
        result.error = tr("lb: the lock %1 exists but cannot be read").arg(m_path);
    // A resumed run meets its own lock: the console that held it died.
    if (!result.ok && result.holder.runId == runId)
        result.ok = true;
    return result;
}

ClusterLock::Result ClusterLock::read()
{
    ShellCommand command("cat");
    command.arg(m_path, ShellValueKind::AbsolutePath).raw("2>/dev/null || true");
    Result result = runCommand(command);
    result.ok = result.error.isEmpty();
    return result;
}

ClusterLock::Result ClusterLock::release(const QString &runId)
{
    ShellCommand command("if grep -qxF");
    command.arg(QStringLiteral("run=") + runId).arg(m_path, ShellValueKind::AbsolutePath)
        .raw("2>/dev/null; then rm -f").arg(m_path, ShellValueKind::AbsolutePath).raw("; fi");
    Result result = runCommand(command);
    result.ok = result.error.isEmpty();
    return result;
}

ClusterLock::Result ClusterLock::breakLock()
{
    ShellCommand command("rm");
    command.raw("-f").arg(m_path, ShellValueKind::AbsolutePath);
    Result result = runCommand(command);
    result.ok = result.error.isEmpty();
    return result;
}

ClusterLock::Result ClusterLock::runCommand(const ShellCommand &command)
{
    CommandOptions options;
    options.timeout = std::chrono::seconds(30);
    const CommandResult ran = m_runner.run(m_endpoint, command, options);
    Result result;
    if (!ran.succeeded()) {
        result.error = tr("%1: cannot use the cluster lock %2: %3")
                           .arg(m_endpoint.label, m_path,
                                ran.error.isEmpty() ? tr("exit code %1").arg(ran.exitCode) : ran.error);
        return result;
    }
    const QStringList lines = ran.stdoutLines();
    result.ok = lines.value(0) == QLatin1String("acquired");
    result.holder = parse(lines);
    return result;
}

LockHolder ClusterLock::parse(const QStringList &lines)
{
    LockHolder holder;
    for (const QString &line : lines) {
        const QString value = line.section(QLatin1Char('='), 1);
        if (line.startsWith(QLatin1String("owner=")))
            holder.owner = value;
        else if (line.startsWith(QLatin1String("run=")))
            holder.runId = value;
        else if (line.startsWith(QLatin1String("since=")))
            holder.since = value;
    }
    return holder;
}

} // namespace nb
