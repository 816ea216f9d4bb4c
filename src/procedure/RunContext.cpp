#include "RunContext.h"

#include "journal/JournalEvent.h"

#include <QDateTime>
#include <QThread>

#include <thread>
#include <vector>

namespace nb {

RunContext::RunContext(const Inventory &inventory, ClusterControl &cluster, RunJournal &journal,
                       ProcedureObserver &observer, const QString &runId, const RunSettings &settings)
    : m_inventory(inventory), m_cluster(cluster), m_journal(journal), m_observer(observer),
      m_runId(runId), m_settings(settings)
{
}

QString RunContext::target() const
{
    const QString remembered = fact(QStringLiteral("target"));
    return remembered.isEmpty() ? m_settings.target : remembered;
}

QVector<AppNode> RunContext::nodes(StepTarget target) const
{
    const AppNode &first = firstNode();
    QVector<AppNode> result;
    for (const auto &node : m_inventory.app.nodes) {
        const bool isFirst = node.name == first.name;
        if (target == StepTarget::AllNodes || (target == StepTarget::FirstNode && isFirst)
            || (target == StepTarget::OtherNodes && !isFirst))
            result.append(node);
    }
    return result;
}

const AppNode &RunContext::firstNode() const
{
    // A resumed run keeps the node it chose first, whatever the options say now.
    const QString chosen = fact(QStringLiteral("first_node"));
    const QString name = chosen.isEmpty() ? m_settings.firstNode : chosen;
    if (const AppNode *found = node(name))
        return *found;
    return m_inventory.app.nodes.first();
}

const AppNode *RunContext::node(const QString &name) const
{
    for (const auto &candidate : m_inventory.app.nodes) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

void RunContext::remember(const QString &key, const QString &value)
{
    {
        QMutexLocker lock(&m_factsMutex);
        m_facts.insert(key, value);
    }
    QJsonObject event = JournalEvent::make(JournalEvent::Fact);
    event.insert(QStringLiteral("key"), key);
    event.insert(QStringLiteral("value"), value);
    m_journal.append(event, true);
}

QString RunContext::fact(const QString &key) const
{
    QMutexLocker lock(&m_factsMutex);
    return m_facts.value(key);
}

void RunContext::restoreFacts(const QHash<QString, QString> &facts)
{
    QMutexLocker lock(&m_factsMutex);
    m_facts = facts;
}

void RunContext::addTime(const QString &key, qint64 ms)
{
    remember(key, QString::number(fact(key).toLongLong() + ms));
}

RunContext::ShownLog RunContext::shownLog(const QString &node) const
{
    QMutexLocker lock(&m_factsMutex);
    return m_shownLogs.value(node);
}

void RunContext::setShownLog(const QString &node, const ShownLog &shown)
{
    QMutexLocker lock(&m_factsMutex);
    m_shownLogs.insert(node, shown);
}

void RunContext::note(const QString &text)
{
    QJsonObject event = JournalEvent::make(JournalEvent::Note);
    event.insert(QStringLiteral("text"), text);
    m_journal.append(event);
    m_observer.note(text);
}

void RunContext::decision(const ProcedureStep &step, const QString &kind, const QString &answer,
                          const QString &reason)
{
    QJsonObject event = JournalEvent::make(JournalEvent::Decision);
    event.insert(QStringLiteral("step"), step.id);
    event.insert(QStringLiteral("kind"), kind);
    event.insert(QStringLiteral("answer"), answer);
    if (!reason.isEmpty())
        event.insert(QStringLiteral("reason"), reason);
    m_journal.append(event, true);
}

RunContext::OperatorWait::OperatorWait(RunContext &context)
    : m_context(context), m_startedMs(QDateTime::currentMSecsSinceEpoch())
{
}

RunContext::OperatorWait::~OperatorWait()
{
    const qint64 windowStart = m_context.fact(QStringLiteral("window_start_ms")).toLongLong();
    if (!windowStart || !m_context.fact(QStringLiteral("window_end_ms")).isEmpty())
        return;
    const qint64 waited = QDateTime::currentMSecsSinceEpoch() - qMax(m_startedMs, windowStart);
    if (waited > 0)
        m_context.addTime(QStringLiteral("operator_wait_ms"), waited);
}

bool RunContext::askDoneByHand(const QString &instructions)
{
    Q_ASSERT(m_step);
    const bool done = waitForOperator(
        [&] { return m_observer.confirm(*m_step, instructions, ConfirmationLevel::DoneByHand); });
    decision(*m_step, QStringLiteral("by_hand"), done ? QStringLiteral("done") : QStringLiteral("no"), instructions);
    return done;
}

void RunContext::nodeState(const QString &node, StepState state, const QString &message)
{
    QJsonObject event = JournalEvent::make(JournalEvent::NodeState);
    event.insert(QStringLiteral("node"), node);
    event.insert(QStringLiteral("state"), toString(state));
    if (!message.isEmpty())
        event.insert(QStringLiteral("message"), message);
    m_journal.append(event, state != StepState::Running);
}

bool RunContext::pause(std::chrono::milliseconds duration) const
{
    constexpr std::chrono::milliseconds slice(20);
    auto left = duration;
    while (left.count() > 0) {
        if (isCancelled())
            return false;
        const auto now = std::min(left, slice);
        QThread::msleep(static_cast<unsigned long>(now.count()));
        left -= now;
    }
    return !isCancelled();
}

StepResult RunContext::forEachNode(const QVector<AppNode> &nodes,
                                   const std::function<StepResult(const AppNode &)> &work)
{
    std::vector<StepResult> results(size_t(nodes.size()));
    std::vector<std::thread> threads;
    threads.reserve(size_t(nodes.size()));
    for (int i = 0; i < nodes.size(); ++i) {
        nodeState(nodes.at(i).name, StepState::Running);
        threads.emplace_back([&, i] { results[size_t(i)] = work(nodes.at(i)); });
    }
    for (auto &thread : threads)
        thread.join();
    StepResult first = StepResult::success();
    for (int i = 0; i < nodes.size(); ++i) {
        const StepResult &result = results[size_t(i)];
        nodeState(nodes.at(i).name, result.ok ? StepState::Succeeded : StepState::Failed, result.reason);
        if (!result.ok && first.ok)
            first = result;
    }
    return first;
}

} // namespace nb
