#include "SftpTransfer.h"

#include "RemoteCommand.h"
#include "SshConnection.h"

#include <core/Translate.h>
#include <libssh/sftp.h>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSaveFile>

#include <fcntl.h>
#include <memory>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::SftpTransfer", text);
}

constexpr qsizetype ChunkBytes = 32 * 1024;

struct SftpDeleter
{
    void operator()(sftp_session sftp) const { sftp_free(sftp); }
};
using SftpPtr = std::unique_ptr<sftp_session_struct, SftpDeleter>;

CommandResult failure(const SshConnection &connection, const QString &text)
{
    CommandResult result;
    result.outcome = ssh_is_connected(connection.handle()) ? CommandResult::Outcome::NotRun
                                                           : CommandResult::Outcome::Disconnected;
    result.error = connection.endpoint().label + QLatin1String(": ") + text;
    return result;
}

CommandResult success()
{
    CommandResult result;
    result.outcome = CommandResult::Outcome::Exited;
    result.exitCode = 0;
    return result;
}

SftpPtr openSftp(SshConnection &connection, QString *error)
{
    SftpPtr sftp(sftp_new(connection.handle()));
    if (!sftp || sftp_init(sftp.get()) != SSH_OK) {
        *error = tr("could not start SFTP on %1: %2").arg(connection.hostDescription(), connection.libsshError());
        return nullptr;
    }
    return sftp;
}

} // namespace

QString SftpTransfer::sftpPath(SshConnection &connection, const QString &remotePath, QString *error)
{
    if (remotePath != QLatin1String("~") && !remotePath.startsWith(QLatin1String("~/")))
        return remotePath;
    CommandOptions options;
    options.timeout = std::chrono::seconds(30);
    const CommandResult home = RemoteCommand(connection, ShellCommand("printf '%s\\n' \"$HOME\""), options, {}).run();
    if (!home.succeeded() || home.stdoutText().isEmpty()) {
        *error = tr("could not find the home directory for %1: %2").arg(remotePath, home.error);
        return {};
    }
    return home.stdoutText() + remotePath.mid(1);
}

CommandResult SftpTransfer::upload(SshConnection &connection, const QString &remotePath,
                                   const QByteArray &content, int permissions)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    const SftpPtr sftp = openSftp(connection, &error);
    if (!sftp)
        return failure(connection, error);

    const QString target = sftpPath(connection, remotePath, &error);
    if (target.isEmpty())
        return failure(connection, error);
    const QString temporary = target + QStringLiteral(".nbconsole-%1.tmp")
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    sftp_file file = sftp_open(sftp.get(), temporary.toUtf8().constData(), O_WRONLY | O_CREAT | O_TRUNC,
                               mode_t(permissions));
    if (!file)
        return failure(connection, tr("could not create %1: %2").arg(temporary, connection.libsshError()));
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = sftp_write(file, content.constData() + written,
                                     size_t(std::min(ChunkBytes, content.size() - written)));
        if (n <= 0)
            break;
        written += qsizetype(n);
    }
    const bool closed = sftp_close(file) == SSH_OK;
    // The server applies its umask to the mode given at open; set it explicitly.
    const bool chmodded = sftp_chmod(sftp.get(), temporary.toUtf8().constData(), mode_t(permissions)) == 0;
    if (written < content.size() || !closed || !chmodded) {
        const QString reason = connection.libsshError();
        sftp_unlink(sftp.get(), temporary.toUtf8().constData());
        return failure(connection, tr("could not write %1: %2").arg(remotePath, reason));
    }

    // libssh trap: its sftp_rename speaks SFTP v3, where renaming over an existing file
    // fails, and it has no posix-rename; mv uses rename(2), which replaces atomically.
    const ShellCommand move = ShellCommand("mv -f --").arg(temporary).arg(target);
    CommandOptions options;
    options.keepOutput = true;
    options.timeout = std::chrono::seconds(30);
    CommandResult moved = RemoteCommand(connection, move, options, {}).run();
    if (!moved.succeeded()) {
        sftp_unlink(sftp.get(), temporary.toUtf8().constData());
        const QString detail = moved.lines.isEmpty() ? moved.error : moved.lines.constLast().text;
        CommandResult result = failure(connection, tr("could not replace %1: %2").arg(remotePath, detail));
        result.outcome = moved.outcome == CommandResult::Outcome::Exited ? CommandResult::Outcome::NotRun : moved.outcome;
        return result;
    }
    CommandResult result = success();
    result.durationMs = clock.elapsed();
    return result;
}

CommandResult SftpTransfer::download(SshConnection &connection, const QString &remotePath,
                                     const QString &localPath,
                                     const std::function<void(qint64, qint64)> &progress)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    const SftpPtr sftp = openSftp(connection, &error);
    if (!sftp)
        return failure(connection, error);

    const QString source = sftpPath(connection, remotePath, &error);
    if (source.isEmpty())
        return failure(connection, error);
    sftp_file file = sftp_open(sftp.get(), source.toUtf8().constData(), O_RDONLY, 0);
    if (!file)
        return failure(connection, tr("could not open %1: %2").arg(remotePath, connection.libsshError()));
    qint64 total = -1;
    if (sftp_attributes attributes = sftp_fstat(file)) {
        total = qint64(attributes->size);
        sftp_attributes_free(attributes);
    }
    QSaveFile local(localPath);
    if (!local.open(QIODevice::WriteOnly)) {
        sftp_close(file);
        return failure(connection, tr("could not write the local file %1: %2").arg(localPath, local.errorString()));
    }
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    qint64 done = 0;
    ssize_t n = 0;
    while ((n = sftp_read(file, buffer.data(), size_t(buffer.size()))) > 0) {
        local.write(buffer.constData(), qint64(n));
        done += qint64(n);
        if (progress)
            progress(done, total);
    }
    sftp_close(file);
    if (n < 0)
        return failure(connection, tr("reading %1 failed after %2 bytes: %3").arg(remotePath).arg(done).arg(connection.libsshError()));
    if (!local.commit())
        return failure(connection, tr("could not write the local file %1: %2").arg(localPath, local.errorString()));
    CommandResult result = success();
    result.durationMs = clock.elapsed();
    return result;
}

} // namespace nb
