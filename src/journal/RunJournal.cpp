#include "RunJournal.h"

#include "JournalEvent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace nb {

RunJournal::RunJournal(const QString &path) : m_path(path), m_file(path) {}

RunJournal::~RunJournal()
{
    QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        syncLocked();
}

std::unique_ptr<RunJournal> RunJournal::open(const QString &path, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("nb::RunJournal", "cannot create the folder of %1").arg(path);
        return nullptr;
    }
    std::unique_ptr<RunJournal> journal(new RunJournal(path));
    if (!journal->m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QCoreApplication::translate("nb::RunJournal", "cannot write %1: %2")
                         .arg(path, journal->m_file.errorString());
        return nullptr;
    }
    // Held for as long as the run is written; the kernel lets go when the process
    // ends, however it ends. Readers tell a run still going from an interrupted one by
    // it (testing, never taking it), and a second console cannot resume a run the first
    // is still writing. An open-file-description lock: another open of the file, even in
    // this process, conflicts with it.
    struct flock whole{};
    whole.l_type = F_WRLCK;
    whole.l_whence = SEEK_SET;
    if (::fcntl(journal->m_file.handle(), F_OFD_SETLK, &whole) != 0) {
        if (error)
            *error = errno == EAGAIN || errno == EACCES
                ? QCoreApplication::translate("nb::RunJournal",
                                              "%1 is being written by another console that is still running")
                      .arg(path)
                : QCoreApplication::translate("nb::RunJournal", "cannot lock %1: %2")
                      .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    return journal;
}

void RunJournal::append(const QJsonObject &event, bool durable)
{
    QMutexLocker lock(&m_mutex);
    writeLine(event);
    if (durable)
        syncLocked();
}

void RunJournal::appendOutput(const OutputLines &lines)
{
    QMutexLocker lock(&m_mutex);
    for (const auto &line : lines) {
        QJsonObject event = JournalEvent::make(JournalEvent::Output);
        event.insert(QStringLiteral("at"), line.timeMs);
        event.insert(QStringLiteral("host"), line.host);
        event.insert(QStringLiteral("stream"), line.stream == OutputLine::Stream::Stderr
                                                   ? QStringLiteral("err") : QStringLiteral("out"));
        event.insert(QStringLiteral("text"), line.text);
        writeLine(event);
    }
}

void RunJournal::sync()
{
    QMutexLocker lock(&m_mutex);
    syncLocked();
}

QString RunJournal::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void RunJournal::writeLine(const QJsonObject &event)
{
    QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (m_file.write(line) != line.size() && m_error.isEmpty())
        m_error = QCoreApplication::translate("nb::RunJournal", "cannot write %1: %2")
                      .arg(m_path, m_file.errorString());
}

void RunJournal::syncLocked()
{
    // QFile::flush only hands the bytes to the kernel; a power cut or a killed VM would
    // still lose them, and resume relies on every step boundary being really on disk.
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("nb::RunJournal", "cannot save %1: %2")
                          .arg(m_path, m_file.errorString());
    }
}

} // namespace nb
