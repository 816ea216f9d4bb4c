#pragma once

#include "CliCommand.h"

#include <ssh/SshPolicy.h>

// `exec [--targets SELECTOR] [--timeout SECONDS] -- CMD`: the operator's command on the
// selected hosts in parallel, every line streamed as "name | line" ("name ! line" for
// stderr), then one summary line per host.
class ExecCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("exec"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;

    // The SSH policy of every verb that connects: --accept-new-host-keys, terminal prompts.
    static nb::SshPolicy policyFor(const CliContext &context);
};
