#include "CliContext.h"
#include "ExecCommand.h"
#include "FirstStartCommand.h"
#include "ImportAnsibleCommand.h"
#include "MaintenanceCommand.h"
#include "ResumeCommand.h"
#include "RollbackCommand.h"
#include "RunsCommand.h"
#include "StatusCommand.h"
#include "UnlockCommand.h"
#include "UpgradeCommand.h"

#include <core/ApplicationInfo.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QProcessEnvironment>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nbconsole-cli", text);
}

void printUsage(QTextStream &stream, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    stream << tr("Usage: nbconsole-cli [--inventory FILE] [--accept-new-host-keys] COMMAND ...") << "\n\n"
           << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command->name().size());
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(width + 2) << command->summary() << '\n';
    stream << '\n'
           << tr("The inventory defaults to $NBCONSOLE_INVENTORY, then ./inventory.yaml.") << '\n'
           << tr("Run 'nbconsole-cli COMMAND --help' for a command's options.") << '\n';
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!RunsCommand::rendersPdf(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    // A terminal or a cron job has no display; the PDF needs fonts, not a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(nb::ApplicationInfo::organizationName());
    QCoreApplication::setApplicationName(nb::ApplicationInfo::applicationName());
    QCoreApplication::setApplicationVersion(nb::ApplicationInfo::version());
    nb::ApplicationInfo::installTranslations();

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<ExecCommand>());
    commands.push_back(std::make_unique<FirstStartCommand>());
    commands.push_back(std::make_unique<UpgradeCommand>());
    commands.push_back(std::make_unique<MaintenanceCommand>());
    commands.push_back(std::make_unique<RollbackCommand>());
    commands.push_back(std::make_unique<ResumeCommand>());
    commands.push_back(std::make_unique<UnlockCommand>());
    commands.push_back(std::make_unique<RunsCommand>());
    commands.push_back(std::make_unique<ImportAnsibleCommand>());

    CliContext context;
    context.inventoryPath = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("NBCONSOLE_INVENTORY"), QStringLiteral("inventory.yaml"));

    // Global options come before the command; everything after it is the command's.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            context.out() << "nbconsole-cli " << nb::ApplicationInfo::version() << '\n';
            return 0;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            printUsage(context.out(), commands);
            return 0;
        }
        if (option == QLatin1String("--accept-new-host-keys")) {
            context.acceptNewHostKeys = true;
        } else if (option == QLatin1String("--inventory") && !arguments.isEmpty()) {
            context.inventoryPath = arguments.takeFirst();
        } else if (option.startsWith(QLatin1String("--inventory="))) {
            context.inventoryPath = option.section(QLatin1Char('='), 1);
        } else {
            context.printError(tr("Unknown option '%1'.").arg(option),
                               tr("Run 'nbconsole-cli --help' for the usage."));
            return 2;
        }
    }
    if (arguments.isEmpty()) {
        printUsage(context.err(), commands);
        return 2;
    }

    const QString name = arguments.first();
    for (const auto &command : commands) {
        if (command->name() == name)
            return command->run(context, arguments);
    }
    context.printError(tr("Unknown command '%1'.").arg(name),
                       tr("Run 'nbconsole-cli --help' for the list of commands."));
    return 2;
}
