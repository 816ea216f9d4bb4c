#pragma once

#include "CliCommand.h"

class RunsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
