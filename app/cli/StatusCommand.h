#pragma once

#include "CliCommand.h"

class StatusCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
