#pragma once

#include "CliCommand.h"

class ResumeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("resume"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
