#pragma once

#include "CliCommand.h"

// import-ansible: writes a first inventory from an Ansible inventory (INI or YAML).
class ImportAnsibleCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import-ansible"); }
    QString summary() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
