#pragma once

#include <QString>
#include <QStringList>

class CliContext;

// One verb of nbconsole-cli: it parses its own options, validates, asks the core to do
// the work and returns the process exit code (0 only on success).
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(CliContext &context, const QStringList &arguments) = 0;
};
