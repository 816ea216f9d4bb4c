#include "UpgradeCommand.h"

#include "CliContext.h"
#include "ProcedureCli.h"

#include <procedure/ProcedureCatalog.h>
#include <procedure/VersionPolicy.h>

#include <QCoreApplication>
#include <QDir>

#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UpgradeCommand", text);
}

} // namespace

QString UpgradeCommand::summary() const
{
    return tr("upgrade every node to a version: backup, maintenance page, one node first");
}

int UpgradeCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    ProcedureCli cli(context);
    cli.addOptions(parser);
    const QCommandLineOption to(QStringLiteral("to"), tr("The exact version to upgrade to (e.g. 2.2.15)."),
                                tr("VERSION"));
    const QCommandLineOption onFailure(QStringLiteral("on-failure"),
                                       tr("After the version change fails: ask (default on a terminal), "
                                          "rollback, or stop (default with --yes or without a terminal)."),
                                       tr("ask|rollback|stop"));
    const QCommandLineOption node(QStringLiteral("node"), tr("The node that migrates first (default: the first listed)."),
                                  tr("NAME"));
    const QCommandLineOption backupCopy(QStringLiteral("backup-copy"),
                                        tr("Also copy the database backup into this folder on this computer "
                                           "(checked by sha256; the maintenance window lasts until it is here)."),
                                        tr("DIR"));
    parser.addOption(to);
    parser.addOption(onFailure);
    parser.addOption(node);
    parser.addOption(backupCopy);
    if (const auto exit = cli.parse(parser, arguments, name()))
        return *exit;

    const QString version = parser.value(to);
    if (version.isEmpty()) {
        context.printError(tr("upgrade: --to VERSION is required."), tr("Example: nbconsole-cli upgrade --to 2.2.15"));
        return 2;
    }
    QString policy = parser.value(onFailure);
    if (policy.isEmpty())
        policy = cli.assumeYes() || !isatty(STDIN_FILENO) ? QStringLiteral("stop") : QStringLiteral("ask");
    if (policy == QLatin1String("ask"))
        cli.setOnFailure(TerminalObserver::OnFailure::Ask);
    else if (policy == QLatin1String("rollback"))
        cli.setOnFailure(TerminalObserver::OnFailure::RollBack);
    else if (policy == QLatin1String("stop"))
        cli.setOnFailure(TerminalObserver::OnFailure::Stop);
    else {
        context.printError(tr("upgrade: --on-failure must be ask, rollback or stop, not '%1'.").arg(policy));
        return 2;
    }

    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;
    // Refused before the cluster is even asked; the preflight repeats it for the GUI.
    const QString refusal = nb::VersionPolicy::refusal(version);
    if (!refusal.isEmpty()) {
        context.printError(tr("upgrade: %1.").arg(refusal), tr("Nothing was changed."));
        return 1;
    }
    nb::RunSettings settings;
    settings.target = version;
    settings.firstNode = parser.value(node);
    if (parser.isSet(backupCopy)) {
        if (parser.value(backupCopy).trimmed().isEmpty()) {
            context.printError(tr("upgrade: --backup-copy needs a folder."));
            return 2;
        }
        settings.backupCopyDir = QDir(parser.value(backupCopy)).absolutePath();
    }
    settings.options = {{QStringLiteral("to"), version}, {QStringLiteral("on_failure"), policy},
                        {QStringLiteral("node"), settings.firstNode}, {QStringLiteral("yes"), cli.assumeYes()},
                        {QStringLiteral("backup_copy"), settings.backupCopyDir}};
    return cli.execute(*inventory, nb::ProcedureCatalog::upgrade(), settings);
}
