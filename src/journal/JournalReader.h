#pragma once

#include "RunRecord.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace nb {

// Rebuilds a run from its journal, one line at a time (a journal holds every output
// line of the run, so it is never loaded whole). A torn last line, as left by a killed
// console, is ignored. A run without an end is Running while a console on this machine
// still writes its journal (RunJournal holds a lock on the file), else Interrupted.
class JournalReader
{
public:
    using EventVisitor = std::function<void(const QJsonObject &event)>;

    static std::optional<RunRecord> read(const QString &path, QString *error = nullptr,
                                         const EventVisitor &visit = {});
    static bool isBeingWritten(const QString &path);
};

} // namespace nb
