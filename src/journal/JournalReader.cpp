#include "JournalReader.h"

#include "JournalEvent.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <fcntl.h>
#include <unistd.h>

namespace nb {

namespace {

QString str(const QJsonObject &event, const char *key)
{
    return event.value(QLatin1String(key)).toString();
}

class RecordBuilder
{
public:
    explicit RecordBuilder(RunRecord &record) : m_record(record) {}

    void apply(const QJsonObject &event)
    {
        const QString kind = JournalEvent::kindOf(event);
        const qint64 time = event.value(QStringLiteral("t")).toInteger();
        m_record.lastEventMs = qMax(m_record.lastEventMs, time);
        if (kind == QLatin1String(JournalEvent::RunStarted))
            started(event, time);
        else if (kind == QLatin1String(JournalEvent::RunResumed))
            resumed();
        else if (kind == QLatin1String(JournalEvent::RollbackStarted))
            rollback(event);
        else if (kind == QLatin1String(JournalEvent::StepStarted))
            stepStarted(event, time);
        else if (kind == QLatin1String(JournalEvent::CommandStarted))
            stepOf(event).commands.append({str(event, "host"), str(event, "command"), {}, -1, {}, 0, 0});
        else if (kind == QLatin1String(JournalEvent::Output))
            output(event);
        else if (kind == QLatin1String(JournalEvent::CommandFinished))
            commandFinished(event);
        else if (kind == QLatin1String(JournalEvent::NodeState))
            stepOf(event).nodes[str(event, "node")] = {stepStateFromString(str(event, "state")),
                                                       str(event, "message")};
        else if (kind == QLatin1String(JournalEvent::Note))
            stepOf(event).notes.append(str(event, "text"));
        else if (kind == QLatin1String(JournalEvent::Decision))
            m_record.decisions.append({str(event, "step"), str(event, "kind"), str(event, "answer"),
                                       str(event, "reason"), time});
        else if (kind == QLatin1String(JournalEvent::Fact))
            m_record.facts.insert(str(event, "key"), str(event, "value"));
        else if (kind == QLatin1String(JournalEvent::StepFinished))
            stepFinished(event, time);
        else if (kind == QLatin1String(JournalEvent::RunFinished))
            finished(event, time);
    }

    // What the last line leaves open becomes interrupted or skipped, unless the run's
    // console is still writing it.
    void settle(bool stillWritten)
    {
        if (m_record.outcome == RunOutcome::Running) {
            if (stillWritten)
                return;
            m_record.outcome = RunOutcome::Interrupted;
        }
        const bool interrupted = m_record.outcome == RunOutcome::Interrupted;
        bool failedBefore = false;
        for (auto &step : m_record.steps) {
            if (step.state == StepState::Running)
                step.state = StepState::Interrupted;
            for (auto &node : step.nodes) {
                if (node.state == StepState::Running)
                    node.state = StepState::Interrupted;
            }
            if (step.state == StepState::Failed || step.state == StepState::Interrupted)
                failedBefore = true;
            else if (step.state == StepState::Pending && failedBefore && !interrupted)
                step.state = StepState::SkippedAfterFailure;
        }
    }

private:
    void started(const QJsonObject &event, qint64 time)
    {
        m_record.runId = str(event, "run");
        m_record.procedure = str(event, "procedure");
        m_record.cluster = str(event, "cluster");
        m_record.inventory = str(event, "inventory");
        m_record.target = str(event, "target");
        m_record.operatorName = str(event, "operator");
        m_record.options = event.value(QStringLiteral("options")).toObject();
        m_record.startedMs = time;
        addSteps(event.value(QStringLiteral("steps")).toArray(), false);
    }

    void resumed()
    {
        ++m_record.resumeCount;
        m_record.outcome = RunOutcome::Running;
        m_record.finishedMs = 0;
        // A resumed run gets a second chance at what an earlier end left skipped or
        // interrupted; the steps that run again say so themselves.
        for (auto &step : m_record.steps) {
            if (step.state == StepState::SkippedAfterFailure)
                step.state = StepState::Pending;
        }
    }

    void rollback(const QJsonObject &event)
    {
        addSteps(event.value(QStringLiteral("steps")).toArray(), true);
    }

    void addSteps(const QJsonArray &steps, bool rollbackSteps)
    {
        for (const auto &value : steps) {
            const QJsonObject object = value.toObject();
            const QString id = str(object, "id");
            if (m_record.step(id))
                continue;
            StepRecord step;
            step.id = id;
            step.title = str(object, "title");
            step.rollback = rollbackSteps;
            m_record.steps.append(step);
        }
    }

    // Events without a step belong to the step that started last.
    StepRecord &stepOf(const QJsonObject &event)
    {
        const QString id = event.contains(QStringLiteral("step")) ? str(event, "step") : m_lastStep;
        for (auto &step : m_record.steps) {
            if (step.id == id)
                return step;
        }
        StepRecord step;
        step.id = id;
        m_record.steps.append(step);
        return m_record.steps.last();
    }

    void stepStarted(const QJsonObject &event, qint64 time)
    {
        StepRecord &step = stepOf(event);
        if (step.title.isEmpty())
            step.title = str(event, "title");
        step.state = StepState::Running;
        step.startedMs = time;
        step.finishedMs = 0;
        step.message.clear();
        m_lastStep = step.id;
    }

    void output(const QJsonObject &event)
    {
        StepRecord *step = nullptr;
        for (auto &candidate : m_record.steps) {
            if (candidate.id == m_lastStep)
                step = &candidate;
        }
        if (!step)
            return;
        const QString host = str(event, "host");
        for (auto it = step->commands.rbegin(); it != step->commands.rend(); ++it) {
            if (it->host == host) {
                ++it->lineCount;
                return;
            }
        }
    }

    void commandFinished(const QJsonObject &event)
    {
        StepRecord &step = stepOf(event);
        const QString host = str(event, "host");
        for (auto it = step.commands.rbegin(); it != step.commands.rend(); ++it) {
            if (it->host == host && it->outcome.isEmpty()) {
                it->outcome = str(event, "outcome");
                it->exitCode = event.value(QStringLiteral("exit_code")).toInt(-1);
                it->error = str(event, "error");
                it->durationMs = event.value(QStringLiteral("ms")).toInteger();
                return;
            }
        }
    }

    void stepFinished(const QJsonObject &event, qint64 time)
    {
        StepRecord &step = stepOf(event);
        step.state = stepStateFromString(str(event, "state"));
        step.message = str(event, "message");
        step.finishedMs = time;
    }

    void finished(const QJsonObject &event, qint64 time)
    {
        m_record.outcome = runOutcomeFromString(str(event, "outcome"));
        m_record.message = str(event, "message");
        m_record.hint = str(event, "hint");
        m_record.finishedMs = time;
    }

    RunRecord &m_record;
    QString m_lastStep;
};

} // namespace

std::optional<RunRecord> JournalReader::read(const QString &path, QString *error, const EventVisitor &visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("nb::JournalReader", "cannot read %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    RunRecord record;
    record.path = path;
    RecordBuilder builder(record);
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            continue;
        const QJsonObject event = document.object();
        builder.apply(event);
        if (visit)
            visit(event);
    }
    if (record.runId.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("nb::JournalReader", "%1 is not a run journal (no start event)")
                         .arg(path);
        return std::nullopt;
    }
    // Only a run without an end needs to ask whether its console is still there.
    builder.settle(record.outcome == RunOutcome::Running && isBeingWritten(path));
    return record;
}

bool JournalReader::isBeingWritten(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock probe{};
    probe.l_type = F_RDLCK;
    probe.l_whence = SEEK_SET;
    const bool locked = ::fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

} // namespace nb
