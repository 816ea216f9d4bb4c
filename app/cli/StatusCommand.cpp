#include "StatusCommand.h"

#include "CliContext.h"
#include "ExecCommand.h"

#include <procedure/AdapterClusterControl.h>
#include <procedure/ClusterStatus.h>
#include <ssh/SshPool.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusCommand", text);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

QString StatusCommand::summary() const
{
    return tr("nodes, health, versions, load balancer mode, lock");
}

int StatusCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print machine-readable JSON."));
    parser.addOption(json);
    if (const auto exitCode = context.parseArguments(parser, arguments, QStringLiteral("status")))
        return *exitCode;

    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;

    // Status is a glance: a host that does not answer is reported, not waited for.
    nb::SshPolicy policy = ExecCommand::policyFor(context);
    policy.connectTimeout = std::chrono::seconds(3);
    nb::SshPool pool(policy);
    QString error;
    const auto control = nb::AdapterClusterControl::create(*inventory, pool, pool, std::nullopt, &error);
    if (!control) {
        context.printError(error, tr("Complete the inventory, then run 'nbconsole-cli status' again."));
        return 2;
    }
    nb::ClusterLock lock(pool, *inventory);
    const nb::ClusterStatus status = nb::ClusterStatus::gather(*inventory, *control, lock);

    if (parser.isSet(json)) {
        context.out() << QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }

    auto &out = context.out();
    out << tr("Cluster %1 (%2)").arg(inventory->cluster, inventory->filePath) << '\n';
    const auto &lb = inventory->loadBalancer;
    out << tr("Load balancer: %1 on %2").arg(lb.kind, lb.host.isEmpty() ? tr("(none)") : lb.host) << '\n';
    out << "  " << tr("mode %1, upstream %2").arg(status.loadBalancer.mode,
                                                   orDash(status.loadBalancer.upstream.join(QStringLiteral(", "))));
    if (!status.loadBalancer.error.isEmpty())
        out << " (" << status.loadBalancer.error << ')';
    out << '\n';
    out << tr("App nodes (%1 runtime):").arg(inventory->app.runtime) << '\n';
    for (qsizetype i = 0; i < status.nodes.size(); ++i) {
        const nb::NodeSnapshot &node = status.snapshots.at(i);
        const QString running = node.run == nb::NodeSnapshot::Run::Running ? tr("running")
            : node.run == nb::NodeSnapshot::Run::Stopped                   ? tr("stopped")
                                                                           : tr("unknown");
        out << "  " << status.nodes.at(i).name << "  " << status.nodes.at(i).host << "  "
            << tr("%1, health %2, release %3, database at %4")
                   .arg(running, nb::ClusterStatus::healthText(node), orDash(node.release), orDash(node.dbVersion))
            << '\n';
        if (const QString problem = nb::ClusterStatus::errorWorthShowing(node); !problem.isEmpty())
            out << "      " << problem << '\n';
    }
    const auto &db = inventory->database;
    if (!db.host.isEmpty())
        out << tr("Database: %1 %2 on %3").arg(db.dialect, db.name, db.host) << '\n';
    if (!inventory->redisUrl.isEmpty())
        out << tr("Redis: %1").arg(inventory->redisUrl) << '\n';
    if (!inventory->storagePath.isEmpty())
        out << tr("Shared storage: %1").arg(inventory->storagePath) << '\n';
    if (status.lock)
        out << tr("Lock: %1").arg(status.lock->isEmpty() ? tr("free") : status.lock->describe()) << '\n';
    else
        out << tr("Lock: unknown (%1)").arg(status.lockError) << '\n';
    return 0;
}
