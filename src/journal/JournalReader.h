#pragma once

#include "RunRecord.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace nb {

// Rebuilds a run from its journal, one line at a time (a journal holds every output
// line of the run, so it is never loaded whole). A torn last line, as left by a killed
// console, is ignored.
class JournalReader
{
public:
    using EventVisitor = std::function<void(const QJsonObject &event)>;

    static std::optional<RunRecord> read(const QString &path, QString *error = nullptr,
                                         const EventVisitor &visit = {});
};

} // namespace nb
