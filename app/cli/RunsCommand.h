#pragma once

#include "CliCommand.h"

class RunsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;

    // True when the arguments ask for a PDF report, which needs a QGuiApplication
    // (fonts) that the other commands should not pay for.
    static bool rendersPdf(const QStringList &arguments);
};
