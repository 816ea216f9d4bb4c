#pragma once

#include "CliCommand.h"

class UnlockCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("unlock"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
