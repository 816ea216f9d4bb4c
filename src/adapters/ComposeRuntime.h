#pragma once

#include "RuntimeAdapter.h"

#include <ssh/CommandRunner.h>

namespace nb {

// NocoBase under Docker Compose, the default runtime: `cd DIR && docker compose …` on
// each node's host. The version is the image tag in the compose file; it is changed
// by rewriting only that tag, with a diff first, a backup beside the file, and
// `docker compose config --quiet` as the judge (the backup comes back if it fails).
// Nothing here removes containers' volumes or data (no `down -v`, no `rm -v`).
class ComposeRuntime : public RuntimeAdapter
{
public:
    ComposeRuntime(const Inventory &inventory, CommandRunner &runner);

    RuntimeStatus status(const AppNode &node) override;
    AdapterResult start(const AppNode &node) override;
    AdapterResult stop(const AppNode &node) override;
    AdapterResult pull(const AppNode &node, const QString &version) override;
    AdapterResult release(const AppNode &node) override;
    VersionChange previewVersion(const AppNode &node, const QString &version) override;
    VersionChange setVersion(const AppNode &node, const QString &version) override;
    AdapterResult logs(const AppNode &node, int lines, const QDateTime &since = {}) override;
    PlannedCommands plannedCommands(Action action, const AppNode &node,
                                    const QString &version = QString()) const override;

    // `cd DIR && docker compose [-f FILE]` for the node; every command starts here.
    ShellCommand compose(const AppNode &node) const;
    ShellCommand statusCommand(const AppNode &node) const;
    ShellCommand startCommand(const AppNode &node) const;
    ShellCommand stopCommand(const AppNode &node) const;
    ShellCommand configCommand(const AppNode &node) const;
    ShellCommand validateCommand(const AppNode &node) const;
    ShellCommand logsCommand(const AppNode &node, int lines, const QDateTime &since) const;
    ShellCommand listFilesCommand(const AppNode &node) const;

private:
    struct FileEdit
    {
        VersionChange change;
        QString path;
        QByteArray original;
        QByteArray edited;
    };

    AdapterResult configuredImage(const AppNode &node);
    QString composeFilePath(const AppNode &node, QString *error);
    FileEdit prepareEdit(const AppNode &node, const QString &version);

    Inventory m_inventory;
    CommandRunner &m_runner;
};

} // namespace nb
