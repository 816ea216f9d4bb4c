#pragma once

#include "CommandRunner.h"

#include <functional>

namespace nb {

class SshConnection;

// Files to and from a host over SFTP on an open connection.
class SftpTransfer
{
public:
    // Writes a temporary file beside remotePath, sets its permissions, then renames it
    // over remotePath, so readers see the old or the new file, never half of one.
    static CommandResult upload(SshConnection &connection, const QString &remotePath,
                                const QByteArray &content, int permissions);
    static CommandResult download(SshConnection &connection, const QString &remotePath,
                                  const QString &localPath,
                                  const std::function<void(qint64, qint64)> &progress);

private:
    // SFTP does not expand "~", and its start directory is the account's home from
    // the password database, which need not be the $HOME the commands see; "~" is
    // resolved by the same shell that runs commands, so both mean one place.
    static QString sftpPath(SshConnection &connection, const QString &remotePath, QString *error);
};

} // namespace nb
