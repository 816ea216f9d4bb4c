#include "RunListModel.h"

#include "style/StatusColors.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunListModel::setRuns(const QVector<nb::RunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const nb::RunRecord *RunListModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunListModel::rowOf(const QString &cluster, const QString &runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).cluster == cluster && m_runs.at(row).runId == runId)
            return row;
    }
    return -1;
}

QString RunListModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 totalSeconds = ms / 1000;
    if (totalSeconds < 60)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (totalSeconds < 3600)
        return tr("%1 min %2 s").arg(totalSeconds / 60).arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(totalSeconds / 3600).arg((totalSeconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString RunListModel::outcomeText(const nb::RunRecord &run)
{
    const QString outcome = nb::describe(run.outcome);
    return run.isUnfinished() ? tr("%1 — can be resumed").arg(outcome) : outcome;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const nb::RunRecord &run = m_runs.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case RunColumn: return run.runId;
        case ProcedureColumn: return run.procedure;
        case ClusterColumn: return run.cluster;
        case StartedColumn:
            return run.startedMs ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.startedMs), QLocale::ShortFormat)
                                 : QString();
        case DurationColumn: {
            // An unfinished run has no end: it lasted at least until its last entry.
            const qint64 end = run.finishedMs ? run.finishedMs : run.lastEventMs;
            const QString text = run.startedMs && end ? durationText(end - run.startedMs) : QString();
            return run.finishedMs || text.isEmpty() ? text : tr("%1 or more").arg(text);
        }
        case OutcomeColumn: return outcomeText(run);
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn)
        return run.message.isEmpty() ? QVariant() : QVariant(run.message);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        const QPalette palette = QGuiApplication::palette();
        switch (run.outcome) {
        case nb::RunOutcome::Succeeded: return StatusColors::forRole(StatusColors::Role::Ok, palette);
        case nb::RunOutcome::Failed:
        case nb::RunOutcome::Interrupted: return StatusColors::forRole(StatusColors::Role::Error, palette);
        case nb::RunOutcome::Running: return StatusColors::forRole(StatusColors::Role::Busy, palette);
        case nb::RunOutcome::RolledBack:
        case nb::RunOutcome::Refused: return StatusColors::forRole(StatusColors::Role::Stale, palette);
        }
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn: return tr("Run");
    case ProcedureColumn: return tr("Procedure");
    case ClusterColumn: return tr("Cluster");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case OutcomeColumn: return tr("Outcome");
    }
    return {};
}
