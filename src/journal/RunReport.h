#pragma once

#include "RunRecord.h"

#include <QString>

namespace nb {

// A run's report for people who were not watching: summary, every step with its state
// per node, every command with host and exit code, and the output (the last lines of
// each command; the journal keeps all of them).
class RunReport
{
public:
    static constexpr int OutputLinesPerCommand = 200;

    static QString html(const RunRecord &record);
    static bool writeHtml(const RunRecord &record, const QString &path, QString *error);
    // Needs a QGuiApplication (fonts); the offscreen platform is enough.
    static bool writePdf(const RunRecord &record, const QString &path, QString *error);
};

} // namespace nb
