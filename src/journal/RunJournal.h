#pragma once

#include "ssh/CommandRunner.h"

#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <memory>

namespace nb {

// The writing end of one run's journal: an append-only JSON-lines file. Output lines go
// straight to the file (never collected in memory); step boundaries and decisions are
// flushed and fsync'd so a killed console loses at most the output of the step it was in.
// Thread-safe: commands on several hosts write their output at the same time.
class RunJournal
{
public:
    // Opens (creating the folders) for appending; a resumed run appends to its file.
    static std::unique_ptr<RunJournal> open(const QString &path, QString *error);
    ~RunJournal();

    QString path() const { return m_path; }

    // Appends one event; a durable event is on disk (fsync) when this returns.
    void append(const QJsonObject &event, bool durable = false);
    void appendOutput(const OutputLines &lines);
    void sync();

    // The first write error, if any: a journal that cannot be written must stop the run.
    QString error() const;

private:
    explicit RunJournal(const QString &path);
    void writeLine(const QJsonObject &event);
    void syncLocked();

    QString m_path;
    mutable QMutex m_mutex;
    QFile m_file;
    QString m_error;
};

} // namespace nb
