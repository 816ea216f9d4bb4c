#pragma once

#include "CliCommand.h"

class MaintenanceCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("maintenance"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
