#include "FirstStartCommand.h"

#include "CliContext.h"
#include "ProcedureCli.h"

#include <procedure/ProcedureCatalog.h>

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FirstStartCommand", text);
}

} // namespace

QString FirstStartCommand::summary() const
{
    return tr("start one node on the empty database, then the others");
}

int FirstStartCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    ProcedureCli cli(context);
    cli.addOptions(parser);
    const QCommandLineOption node(QStringLiteral("node"), tr("The node that starts first (default: the first listed)."),
                                  tr("NAME"));
    parser.addOption(node);
    if (const auto exit = cli.parse(parser, arguments, name()))
        return *exit;
    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;
    nb::RunSettings settings;
    settings.firstNode = parser.value(node);
    settings.options = {{QStringLiteral("node"), settings.firstNode}, {QStringLiteral("yes"), cli.assumeYes()}};
    return cli.execute(*inventory, nb::ProcedureCatalog::firstStart(), settings);
}
