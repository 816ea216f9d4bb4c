#include "RollbackCommand.h"

#include "CliContext.h"
#include "ProcedureCli.h"

#include <procedure/ProcedureCatalog.h>

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RollbackCommand", text);
}

} // namespace

QString RollbackCommand::summary() const
{
    return tr("previous version on every node + this run's database backup");
}

int RollbackCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    ProcedureCli cli(context);
    cli.addOptions(parser);
    const QCommandLineOption runOption(QStringLiteral("run"), tr("The run to roll back (default: the latest unfinished)."),
                                       tr("ID"));
    parser.addOption(runOption);
    if (const auto exit = cli.parse(parser, arguments, name()))
        return *exit;
    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;
    const auto record = cli.findRun(*inventory, parser.value(runOption));
    if (!record)
        return 1;
    const auto procedure = nb::ProcedureCatalog::byId(record->procedure);
    if (!procedure || procedure->rollbackId.isEmpty()) {
        context.printError(tr("%1: run %2 (%3) has no rollback.").arg(inventory->cluster, record->runId, record->procedure),
                           tr("Only an upgrade can be rolled back; use 'nbconsole-cli resume' for the others."));
        return 1;
    }
    nb::RunSettings settings;
    settings.target = record->target;
    settings.options = {{QStringLiteral("run"), record->runId}, {QStringLiteral("yes"), cli.assumeYes()}};
    return cli.execute(*inventory, *procedure, settings, ProcedureCli::Mode::Rollback, record);
}
