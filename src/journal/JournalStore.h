#pragma once

#include "RunRecord.h"

#include <QString>
#include <QVector>

#include <optional>

namespace nb {

// Where journals live: ROOT/CLUSTER/RUN-ID, ROOT being the application's local data
// folder + "/runs". Run ids sort by start time.
class JournalStore
{
public:
    JournalStore(); // the standard location
    explicit JournalStore(const QString &root);

    QString root() const { return m_root; }
    QString pathFor(const QString &cluster, const QString &runId) const;
    static QString newRunId();

    // Every readable run, newest first; of one cluster when cluster is not empty.
    QVector<RunRecord> list(const QString &cluster = QString()) const;
    std::optional<RunRecord> find(const QString &cluster, const QString &runId, QString *error = nullptr) const;
    // The newest run of the cluster that was interrupted or stopped after a failure.
    std::optional<RunRecord> latestUnfinished(const QString &cluster) const;

private:
    QString m_root;
};

} // namespace nb
