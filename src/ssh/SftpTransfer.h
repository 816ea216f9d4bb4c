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

    // SFTP does not expand "~": a home-relative path is given to the server relative.
    static QString sftpPath(const QString &remotePath);
};

} // namespace nb
