#include "UnlockCommand.h"

#include "CliContext.h"
#include "ExecCommand.h"
#include "TerminalObserver.h"

#include <procedure/ClusterLock.h>
#include <ssh/SshPool.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UnlockCommand", text);
}

} // namespace

QString UnlockCommand::summary() const
{
    return tr("break a stale cluster lock (shows its owner first)");
}

int UnlockCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Break it without asking for the cluster name."));
    parser.addOption(yes);
    if (const auto exitCode = context.parseArguments(parser, arguments, QStringLiteral("unlock")))
        return *exitCode;
    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;

    nb::SshPool pool(ExecCommand::policyFor(context));
    nb::ClusterLock lock(pool, *inventory);
    const auto held = lock.read();
    if (!held.error.isEmpty()) {
        context.printError(held.error, tr("Check that the load balancer host is reachable over SSH."));
        return 1;
    }
    if (held.holder.isEmpty()) {
        context.out() << tr("%1: the cluster is not locked.").arg(inventory->cluster) << '\n';
        return 0;
    }
    context.out() << tr("%1 is locked by %2.").arg(inventory->cluster, held.holder.describe()) << '\n';
    context.out().flush();
    if (!parser.isSet(yes)) {
        const auto answer = TerminalObserver::ask(
            context.err(), tr("Break the lock only if that run is really gone. Type the cluster name (%1):")
                               .arg(inventory->cluster));
        if (!answer || *answer != inventory->cluster) {
            context.printError(tr("%1: the lock was kept.").arg(inventory->cluster),
                               tr("Type the cluster name exactly, or use --yes in scripts."));
            return 1;
        }
    }
    const auto broken = lock.breakLock();
    if (!broken.ok) {
        context.printError(broken.error);
        return 1;
    }
    context.out() << tr("%1: lock of %2 broken.").arg(inventory->cluster, held.holder.owner) << '\n';
    return 0;
}
