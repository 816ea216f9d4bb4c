#pragma once

#include "CliCommand.h"

class FirstStartCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("first-start"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
