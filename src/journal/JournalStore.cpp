#include "JournalStore.h"

#include "JournalReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>

namespace nb {

JournalStore::JournalStore()
    : m_root(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs"))
{
}

JournalStore::JournalStore(const QString &root) : m_root(root) {}

QString JournalStore::pathFor(const QString &cluster, const QString &runId) const
{
    return m_root + QLatin1Char('/') + cluster + QLatin1Char('/') + runId;
}

QString JournalStore::newRunId()
{
    // UTC time first so that names sort by start; the random tail keeps two runs started
    // in the same second (two operators, two machines) apart.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, QLatin1Char('0'));
}

QVector<RunRecord> JournalStore::list(const QString &cluster) const
{
    QVector<RunRecord> runs;
    const QDir root(m_root);
    const QStringList clusters = cluster.isEmpty()
        ? root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)
        : QStringList{cluster};
    for (const QString &name : clusters) {
        const QDir dir(root.filePath(name));
        for (const QString &file : dir.entryList(QDir::Files)) {
            if (auto record = JournalReader::read(dir.filePath(file)))
                runs.append(*record);
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord &a, const RunRecord &b) {
        return a.startedMs != b.startedMs ? a.startedMs > b.startedMs : a.runId > b.runId;
    });
    return runs;
}

std::optional<RunRecord> JournalStore::find(const QString &cluster, const QString &runId, QString *error) const
{
    if (runId.contains(QLatin1Char('/')) || runId.startsWith(QLatin1Char('.'))) {
        if (error)
            *error = QCoreApplication::translate("nb::JournalStore", "'%1' is not a run id").arg(runId);
        return std::nullopt;
    }
    return JournalReader::read(pathFor(cluster, runId), error);
}

std::optional<RunRecord> JournalStore::latestUnfinished(const QString &cluster) const
{
    for (const auto &run : list(cluster)) {
        if (run.isUnfinished())
            return run;
        // A later run that finished the job supersedes older leftovers; a refused run
        // changed nothing (it may have been refused by the unfinished run's lock).
        if (run.outcome != RunOutcome::Refused)
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace nb
