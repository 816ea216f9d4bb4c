#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

// What an adapter call did, for a person: `error` is one sentence naming the host or
// node and the reason; `value` carries the answer of a query (a release, a path).
struct AdapterResult
{
    bool ok = false;
    QString error;
    QString value;
    QStringList lines; // output worth showing (logs, a tool's message)

    static AdapterResult success(const QString &value = QString()) { return {true, {}, value, {}}; }
    static AdapterResult failure(const QString &error) { return {false, error, {}, {}}; }
};

// One command an action would run, for --dry-run and the wizard's preview.
struct PlannedCommand
{
    QString host;    // the endpoint's label: app-1, lb, db
    QString command; // shell text as it would be sent, or a description of an upload
};

using PlannedCommands = QVector<PlannedCommand>;

} // namespace nb
