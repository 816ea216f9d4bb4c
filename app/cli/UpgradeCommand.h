#pragma once

#include "CliCommand.h"

class UpgradeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("upgrade"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
