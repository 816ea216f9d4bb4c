#pragma once

#include <QStringList>

namespace nb {

// Finds the error-level lines in a node's log since it started, leaving out the
// health-poll noise: NocoBase logs every non-ready health answer at error level with
// `responseErrorWithCode` (NOCOBASE-NOTES.md §1.2, §5.2), so polling during an upgrade
// would otherwise look like a failure; so would the supervisor's "App model main not
// found" that comes with a 404 APP_NOT_FOUND answer early in a start. Reads NocoBase's
// JSON lines and its text format, with or without a `docker compose logs` prefix.
namespace LogErrorScan {
QStringList errorLines(const QStringList &lines);
bool isErrorLine(const QString &line);
} // namespace LogErrorScan

} // namespace nb
