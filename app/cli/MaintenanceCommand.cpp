#include "MaintenanceCommand.h"

#include "CliContext.h"
#include "ProcedureCli.h"

#include <journal/JournalStore.h>
#include <procedure/ProcedureCatalog.h>

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MaintenanceCommand", text);
}

// `end` goes back from the node `begin` kept, unless told otherwise.
QString nodeOfLastBegin(const QString &cluster)
{
    for (const auto &run : nb::JournalStore().list(cluster)) {
        if (run.procedure == QLatin1String("maintenance-begin") && run.outcome == nb::RunOutcome::Succeeded)
            return run.facts.value(QStringLiteral("first_node"));
    }
    return {};
}

} // namespace

QString MaintenanceCommand::summary() const
{
    return tr("begin: scale down to one node for in-app maintenance; end: back to every node");
}

int MaintenanceCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    ProcedureCli cli(context);
    cli.addOptions(parser);
    const QCommandLineOption node(QStringLiteral("node"), tr("The node that stays (default: the first listed)."),
                                  tr("NAME"));
    parser.addOption(node);
    parser.addPositionalArgument(QStringLiteral("phase"), tr("begin or end"));
    if (const auto exit = cli.parse(parser, arguments, name()))
        return *exit;
    const QString phase = parser.positionalArguments().value(0);
    if (phase != QLatin1String("begin") && phase != QLatin1String("end")) {
        context.printError(tr("maintenance: say 'begin' or 'end'."),
                           tr("Example: nbconsole-cli maintenance begin --node app-1"));
        return 2;
    }
    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;
    nb::RunSettings settings;
    settings.firstNode = parser.value(node);
    if (settings.firstNode.isEmpty() && phase == QLatin1String("end"))
        settings.firstNode = nodeOfLastBegin(inventory->cluster);
    settings.options = {{QStringLiteral("phase"), phase}, {QStringLiteral("node"), settings.firstNode},
                        {QStringLiteral("yes"), cli.assumeYes()}};
    return cli.execute(*inventory,
                       phase == QLatin1String("begin") ? nb::ProcedureCatalog::maintenanceBegin()
                                                       : nb::ProcedureCatalog::maintenanceEnd(),
                       settings);
}
