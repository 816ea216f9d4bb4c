#include "RunJournal.h"

#include "JournalEvent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

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
