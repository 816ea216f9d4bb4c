#pragma once

#include "ClusterControl.h"
#include "ProcedureObserver.h"
#include "RunSettings.h"

#include "inventory/Inventory.h"
#include "journal/RunJournal.h"
#include "ssh/CancelToken.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace nb {

// What the steps of one run share: the cluster, the journal, the front end, the
// settings and the facts a later step or a rollback needs (previous versions, the
// backup). Facts are journaled, so a resumed run or a later rollback gets them back.
class RunContext
{
public:
    RunContext(const Inventory &inventory, ClusterControl &cluster, RunJournal &journal,
               ProcedureObserver &observer, const QString &runId, const RunSettings &settings);

    const Inventory &inventory() const { return m_inventory; }
    ClusterControl &cluster() const { return m_cluster; }
    RunJournal &journal() const { return m_journal; }
    ProcedureObserver &observer() const { return m_observer; }
    const QString &runId() const { return m_runId; }
    const RunSettings &settings() const { return m_settings; }
    QString target() const;

    QVector<AppNode> nodes(StepTarget target) const;
    const AppNode &firstNode() const;
    const AppNode *node(const QString &name) const;

    void remember(const QString &key, const QString &value);
    QString fact(const QString &key) const;
    void restoreFacts(const QHash<QString, QString> &facts);
    // Adds to a time fact (key_ms) summed over steps and resumes.
    void addTime(const QString &key, qint64 ms);

    // How far this run has shown a node's log: when it was last read and the lines that
    // read ended with, so the next read (the next poll, or a later step) shows only what
    // came after. Not journaled: the journal has the lines themselves.
    struct ShownLog
    {
        qint64 readAtMs = 0;
        QStringList tail;
    };
    ShownLog shownLog(const QString &node) const;
    void setShownLog(const QString &node, const ShownLog &shown);

    void note(const QString &text);
    // The step the runner is in; the operator's answers are journaled against it.
    void setCurrentStep(const ProcedureStep *step) { m_step = step; }
    void decision(const ProcedureStep &step, const QString &kind, const QString &answer,
                  const QString &reason = QString());
    // Shows the operator what to do outside the console and waits until they say it is
    // done; false when they decline. Journaled.
    bool askDoneByHand(const QString &instructions);

    // Runs an exchange with the operator (a question, a choice after a failure, work by
    // hand) and returns its answer. Its time inside the downtime window is summed as the
    // operator's, so the downtime summary does not count someone's reading as the console's.
    template<typename Ask>
    auto waitForOperator(Ask &&ask)
    {
        const OperatorWait wait(*this);
        return ask();
    }
    void nodeState(const QString &node, StepState state, const QString &message = QString());

    const CancelToken &cancelToken() const { return m_cancel; }
    bool isCancelled() const { return m_cancel.isCancelled(); }
    // Sleeps in small slices; false when the run was cancelled meanwhile.
    bool pause(std::chrono::milliseconds duration) const;

    // Runs the work for every node at once (one thread each), journals each node's
    // part, and returns the first failure, or success when every node succeeded.
    StepResult forEachNode(const QVector<AppNode> &nodes,
                           const std::function<StepResult(const AppNode &)> &work);

private:
    class OperatorWait
    {
    public:
        explicit OperatorWait(RunContext &context);
        ~OperatorWait();
        OperatorWait(const OperatorWait &) = delete;
        OperatorWait &operator=(const OperatorWait &) = delete;

    private:
        RunContext &m_context;
        qint64 m_startedMs;
    };

    const Inventory &m_inventory;
    ClusterControl &m_cluster;
    RunJournal &m_journal;
    ProcedureObserver &m_observer;
    QString m_runId;
    RunSettings m_settings;
    CancelToken m_cancel;
    const ProcedureStep *m_step = nullptr;
    mutable QMutex m_factsMutex;
    QHash<QString, QString> m_facts;
    QHash<QString, ShownLog> m_shownLogs; // guarded by m_factsMutex
};

} // namespace nb
