#include "CliContext.h"

#include <inventory/InventoryLoader.h>

#include <QCoreApplication>
#include <cstdio>

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

std::optional<nb::Inventory> CliContext::loadInventory()
{
    const auto result = nb::InventoryLoader::loadFile(inventoryPath);
    if (result.inventory)
        return result.inventory;
    m_err << QCoreApplication::translate("CliContext", "%1: the inventory has %n problem(s) and was not loaded.",
                                         nullptr, int(result.problems.size()))
                 .arg(inventoryPath)
          << '\n';
    for (const auto &problem : result.problems)
        m_err << "  " << problem.toString() << '\n';
    m_err << QCoreApplication::translate("CliContext", "Fix the file and run the command again.") << '\n';
    m_err.flush();
    return std::nullopt;
}

void CliContext::printError(const QString &sentence, const QString &hint)
{
    m_err << sentence << '\n';
    if (!hint.isEmpty())
        m_err << hint << '\n';
    m_err.flush();
}

std::optional<int> CliContext::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                              const QString &verb)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText(),
                   QCoreApplication::translate("CliContext", "Run 'nbconsole-cli %1 --help' for the options.").arg(verb));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the binary as it was started (a path, no verb).
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = text.indexOf(program);
        if (!program.isEmpty() && at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), QStringLiteral("nbconsole-cli ") + verb);
        m_out << text;
        return 0;
    }
    return std::nullopt;
}
