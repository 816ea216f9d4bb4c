#pragma once

#include "CliCommand.h"

class RollbackCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("rollback"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
