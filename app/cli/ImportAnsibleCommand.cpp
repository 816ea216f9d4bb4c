#include "ImportAnsibleCommand.h"

#include "CliContext.h"

#include <inventory/AnsibleImport.h>
#include <inventory/InventoryLoader.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportAnsibleCommand", text);
}

} // namespace

QString ImportAnsibleCommand::summary() const
{
    return tr("write an inventory from an Ansible inventory (INI or YAML)");
}

int ImportAnsibleCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ANSIBLE_INVENTORY"), tr("The Ansible inventory to read."));
    const QCommandLineOption cluster(QStringLiteral("cluster"), tr("The new cluster's NAME."), QStringLiteral("NAME"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Which group holds which role, e.g. app=nocobase_nodes,lb=loadbalancers,"
                                    "db=databases (default app=app,lb=lb,db=db)."),
                                 QStringLiteral("ROLE=GROUP,..."));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write the inventory to FILE (never overwritten)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({cluster, map, output});
    if (const auto exitCode = context.parseArguments(parser, arguments, QStringLiteral("import-ansible")))
        return *exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(cluster) || !parser.isSet(output)) {
        context.printError(tr("import-ansible needs one Ansible inventory, --cluster and --output."),
                           tr("Example: nbconsole-cli import-ansible hosts.ini --cluster prod --map "
                              "app=nocobase_nodes,lb=loadbalancers,db=databases --output prod.yaml"));
        return 2;
    }
    nb::AnsibleImport::RoleMap roles;
    QString error;
    if (!nb::AnsibleImport::parseMap(parser.value(map), roles, &error)) {
        context.printError(tr("--map: %1.").arg(error));
        return 2;
    }
    const QString source = parser.positionalArguments().first();
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        context.printError(tr("%1: cannot read the file: %2.").arg(source, file.errorString()));
        return 1;
    }
    const auto result = nb::AnsibleImport::toInventory(nb::AnsibleImport::parse(file.readAll()), roles,
                                                       parser.value(cluster), QFileInfo(source).fileName());
    if (!result.error.isEmpty()) {
        context.printError(result.error + QLatin1Char('.'));
        return 1;
    }
    const QString target = parser.value(output);
    if (QFileInfo::exists(target)) {
        context.printError(tr("%1 already exists; it is not overwritten.").arg(target),
                           tr("Choose another --output or move the file away."));
        return 1;
    }
    QSaveFile written(target);
    if (!written.open(QIODevice::WriteOnly) || written.write(result.yaml) != result.yaml.size() || !written.commit()) {
        context.printError(tr("%1: cannot write the file: %2.").arg(target, written.errorString()));
        return 1;
    }
    for (const QString &note : result.notes)
        context.err() << tr("note: %1").arg(note) << '\n';
    // The new file is checked like any inventory; its problems are for the operator to fix.
    const auto loaded = nb::InventoryLoader::parse(result.yaml, target);
    if (!loaded.inventory) {
        context.printError(QCoreApplication::translate("ImportAnsibleCommand",
                                                       "%1 was written but has %n problem(s) to fix before use.",
                                                       nullptr, static_cast<int>(loaded.problems.size()))
                               .arg(target));
        for (const auto &problem : loaded.problems)
            context.err() << problem.toString() << '\n';
        return 1;
    }
    context.out() << tr("Wrote %1 with %2 app nodes; check the lines marked CHECK.")
                         .arg(target).arg(loaded.inventory->app.nodes.size()) << '\n';
    return 0;
}
