#pragma once

#include <inventory/Inventory.h>

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <optional>

// What every verb shares: the global options, the inventory and the two output streams.
class CliContext
{
public:
    CliContext();

    QString inventoryPath;
    bool acceptNewHostKeys = false;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Loads the inventory named by --inventory; on failure prints every problem to
    // stderr (one per line, file:line:column first) and returns nothing.
    std::optional<nb::Inventory> loadInventory();

    // Parses a verb's options. On --help or an error prints and returns the exit code
    // to end with (0 or 2); otherwise nothing, and the verb goes on.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                      const QString &verb);

    // The first line of an error is one sentence naming the host or node and the
    // reason; the hint says what the operator can do next.
    void printError(const QString &sentence, const QString &hint = QString());

private:
    QTextStream m_out;
    QTextStream m_err;
};
