#pragma once

#include <journal/RunRecord.h>

#include <QAbstractTableModel>
#include <QVector>

// The journal's runs as rows, newest first, for the runs history. A run without an end
// (the console died) or stopped after a failure says that it can be resumed.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RunColumn, ProcedureColumn, ClusterColumn, StartedColumn, DurationColumn, OutcomeColumn, ColumnCount };

    explicit RunListModel(QObject *parent = nullptr);

    void setRuns(const QVector<nb::RunRecord> &runs);
    const nb::RunRecord *runAt(int row) const;
    int rowOf(const QString &cluster, const QString &runId) const;

    static QString durationText(qint64 ms);
    static QString outcomeText(const nb::RunRecord &run);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<nb::RunRecord> m_runs;
};
