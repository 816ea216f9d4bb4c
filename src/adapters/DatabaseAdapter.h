#pragma once

#include "AdapterResult.h"

#include <inventory/Inventory.h>
#include <ssh/CommandRunner.h>

#include <QDateTime>

#include <functional>
#include <optional>

namespace nb {

class HostCommand;

struct BackupInfo
{
    bool ok = false;
    QString error;
    QString path;   // on the database host
    QString sha256;
    qint64 size = 0;
    QDateTime taken;
};

// Backs up and restores the cluster's database with the dump tools run ON the database
// host over SSH, into database.backup_dir. The password (from the secrets layer) goes
// to the tool through stdin into a private temporary file that is removed afterwards,
// never on a command line; with `none` the host's own auth is used (.pgpass, peer).
class DatabaseAdapter
{
public:
    enum class Action { Backup, Restore, FreeSpace };

    DatabaseAdapter(const Inventory &inventory, CommandRunner &runner);
    virtual ~DatabaseAdapter() = default;

    void setPassword(const std::optional<QString> &password) { m_password = password; }

    // Dump, verify that the dump reads back, and record its checksum and size.
    BackupInfo backup();
    // Replaces the database's content with the dump's.
    AdapterResult restore(const BackupInfo &backup);
    // Bytes free in backup_dir (value), for preflight.
    AdapterResult freeSpace();
    // Copies a dump to the operator's machine; progress(done, total). A copy whose sha256
    // differs from the backup's is removed and reported.
    AdapterResult download(const BackupInfo &backup, const QString &localPath,
                           const std::function<void(qint64, qint64)> &progress = {});

    PlannedCommands plannedCommands(Action action, const QString &backupPath = QString()) const;

    ShellCommand dumpCommand(const QString &path) const;
    ShellCommand restoreCommand(const QString &path) const;
    virtual ShellCommand verifyCommand(const QString &path) const = 0;
    ShellCommand freeSpaceCommand() const;
    QString backupPathFor(const QDateTime &when) const;

protected:
    // The tool's command line; `secretFile` says whether "$f" holds the password file.
    virtual ShellCommand dumpTool(const QString &path, bool secretFile) const = 0;
    virtual ShellCommand restoreTool(const QString &path, bool secretFile) const = 0;
    virtual QByteArray secretFileContent(const QString &password) const = 0;
    virtual QString extension() const = 0;
    virtual bool verifyOutputOk(const CommandResult &result) const;
    QString connectHost() const;

    Inventory m_inventory;
    CommandRunner &m_runner;
    std::optional<QString> m_password;

private:
    ShellCommand withSecret(const ShellCommand &tool) const;
    HostCommand host() const;
};

} // namespace nb
