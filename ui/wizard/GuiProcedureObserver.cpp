#include "GuiProcedureObserver.h"

#include <journal/JournalEvent.h>
#include <procedure/RunContext.h>

GuiProcedureObserver::GuiProcedureObserver(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<nb::PlannedCommands>();
    qRegisterMetaType<nb::OutputLines>();
    qRegisterMetaType<nb::StepState>();
    qRegisterMetaType<nb::RunOutcome>();
    qRegisterMetaType<nb::ConfirmationLevel>();
    qRegisterMetaType<QVector<nb::FailurePolicy>>();
    qRegisterMetaType<nb::FailureDecision>();
}

void GuiProcedureObserver::setContext(const nb::RunContext *context)
{
    QMutexLocker locker(&m_mutex);
    m_context = context;
    m_cancel = context->cancelToken();
    if (m_abandoned)
        m_cancel->cancel();
}

void GuiProcedureObserver::runStarted(const QString &, const nb::Procedure &, bool)
{
}

void GuiProcedureObserver::stepStarted(const nb::ProcedureStep &step, int index, int count, bool applies)
{
    {
        QMutexLocker locker(&m_mutex);
        m_stepId = step.id;
    }
    const nb::PlannedCommands preview = step.preview && m_context ? step.preview(*m_context) : nb::PlannedCommands();
    emit stepShown(&step, index, count, preview);
    // A step that does not apply to this run is shown and passed over, not asked about.
    if (applies && step.confirmation == nb::ConfirmationLevel::None
        && !ask(step, tr("Run this step?"), step.confirmation)) {
        QMutexLocker locker(&m_mutex);
        if (m_cancel)
            m_cancel->cancel();
    }
}

void GuiProcedureObserver::commandStarted(const QString &host, const QString &command)
{
    emit commandSent(host, command);
}

void GuiProcedureObserver::output(const nb::OutputLines &lines)
{
    emit linesArrived(lines);
}

void GuiProcedureObserver::note(const QString &text)
{
    emit noted(text);
}

void GuiProcedureObserver::stepFinished(const nb::ProcedureStep &step, nb::StepState state, const QString &message)
{
    emit stepEnded(&step, state, message);
}

template<typename Answer>
std::optional<Answer> GuiProcedureObserver::wait(std::optional<Answer> &slot)
{
    QMutexLocker locker(&m_mutex);
    while (!slot && !m_abandoned)
        m_answered.wait(&m_mutex);
    std::optional<Answer> answer = m_abandoned ? std::nullopt : slot;
    slot.reset();
    return answer;
}

bool GuiProcedureObserver::confirm(const nb::ProcedureStep &step, const QString &question,
                                   nb::ConfirmationLevel level)
{
    return ask(step, question, level);
}

bool GuiProcedureObserver::ask(const nb::ProcedureStep &step, const QString &question, nb::ConfirmationLevel level)
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_abandoned)
            return false;
        m_confirmAnswer.reset();
    }
    emit confirmationAsked(&step, question, level);
    return wait(m_confirmAnswer).value_or(false);
}

nb::FailureDecision GuiProcedureObserver::decideFailure(const nb::ProcedureStep &step, const nb::StepResult &result,
                                                        const QVector<nb::FailurePolicy> &allowed)
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_abandoned)
            return {};
        m_failureAnswer.reset();
    }
    emit failureAsked(&step, result.reason, result.hint, allowed);
    return wait(m_failureAnswer).value_or(nb::FailureDecision{});
}

void GuiProcedureObserver::runFinished(nb::RunOutcome outcome, const QString &message, const QString &hint)
{
    emit finished(outcome, message, hint);
}

void GuiProcedureObserver::answerConfirm(bool yes)
{
    QMutexLocker locker(&m_mutex);
    m_confirmAnswer = yes;
    m_answered.wakeAll();
}

void GuiProcedureObserver::answerFailure(const nb::FailureDecision &decision)
{
    QMutexLocker locker(&m_mutex);
    m_failureAnswer = decision;
    m_answered.wakeAll();
}

void GuiProcedureObserver::abandon()
{
    QMutexLocker locker(&m_mutex);
    m_abandoned = true;
    if (m_cancel)
        m_cancel->cancel();
    m_answered.wakeAll();
}

void GuiProcedureObserver::journalCancel(const QString &answer, const QString &reason)
{
    QMutexLocker locker(&m_mutex);
    if (!m_context)
        return;
    QJsonObject event = nb::JournalEvent::make(nb::JournalEvent::Decision);
    event.insert(QStringLiteral("step"), m_stepId);
    event.insert(QStringLiteral("kind"), QStringLiteral("cancel"));
    event.insert(QStringLiteral("answer"), answer);
    event.insert(QStringLiteral("reason"), reason);
    m_context->journal().append(event, true);
}

void GuiProcedureObserver::reset()
{
    QMutexLocker locker(&m_mutex);
    m_abandoned = false;
    m_context = nullptr;
    m_cancel.reset();
    m_stepId.clear();
    m_confirmAnswer.reset();
    m_failureAnswer.reset();
}
