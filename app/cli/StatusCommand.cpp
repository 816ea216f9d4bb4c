#include "StatusCommand.h"

#include "CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusCommand", text);
}

QJsonObject toJson(const nb::Inventory &inventory)
{
    QJsonArray nodes;
    for (const auto &node : inventory.app.nodes) {
        // Live fields stay null until the node has been probed.
        nodes.append(QJsonObject{{QStringLiteral("name"), node.name},
                                 {QStringLiteral("host"), node.host},
                                 {QStringLiteral("running"), QJsonValue::Null},
                                 {QStringLiteral("health"), QJsonValue::Null},
                                 {QStringLiteral("release"), QJsonValue::Null},
                                 {QStringLiteral("db_version"), QJsonValue::Null}});
    }
    return {{QStringLiteral("cluster"), inventory.cluster},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("load_balancer"),
             QJsonObject{{QStringLiteral("kind"), inventory.loadBalancer.kind},
                         {QStringLiteral("host"), inventory.loadBalancer.host},
                         {QStringLiteral("mode"), QJsonValue::Null},
                         {QStringLiteral("upstream"), QJsonValue::Null}}},
            {QStringLiteral("lock"), QJsonValue::Null}};
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
    if (!parser.parse(arguments)) {
        context.printError(parser.errorText(), tr("Run 'nbconsole-cli status --help' for the options."));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return 0;
    }

    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;

    if (parser.isSet(json)) {
        context.out() << QJsonDocument(toJson(*inventory)).toJson(QJsonDocument::Indented);
        return 0;
    }

    auto &out = context.out();
    out << tr("Cluster %1 (%2)").arg(inventory->cluster, inventory->filePath) << '\n';
    const auto &lb = inventory->loadBalancer;
    out << tr("Load balancer: %1 on %2").arg(lb.kind, lb.host.isEmpty() ? tr("(none)") : lb.host) << '\n';
    out << tr("App nodes (%1 runtime):").arg(inventory->app.runtime) << '\n';
    for (const auto &node : inventory->app.nodes)
        out << "  " << node.name << "  " << node.host << '\n';
    const auto &db = inventory->database;
    if (!db.host.isEmpty())
        out << tr("Database: %1 %2 on %3").arg(db.dialect, db.name, db.host) << '\n';
    if (!inventory->redisUrl.isEmpty())
        out << tr("Redis: %1").arg(inventory->redisUrl) << '\n';
    if (!inventory->storagePath.isEmpty())
        out << tr("Shared storage: %1").arg(inventory->storagePath) << '\n';
    return 0;
}
