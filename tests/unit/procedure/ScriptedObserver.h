#pragma once

#include <procedure/ProcedureObserver.h>

#include <QMutex>
#include <QSet>
#include <QStringList>

#include <functional>

// A front end that answers as the test says and remembers what it was shown.
class ScriptedObserver : public nb::ProcedureObserver
{
public:
    QSet<QString> decline;                             // step ids whose confirmation is refused
    nb::FailurePolicy onFailure = nb::FailurePolicy::Abort;
    QStringList confirmed;                             // step ids asked to confirm
    QStringList passedOver;                            // step ids announced as not applying
    QStringList finished;                              // "step:state"
    QStringList notes;
    QVector<QVector<nb::FailurePolicy>> offered;
    nb::RunOutcome outcome = nb::RunOutcome::Running;
    QStringList askedByHand;                          // instructions shown for work done by hand
    bool declineByHand = false;
    std::function<void()> doByHand;                   // what the operator does before saying done
    std::function<void(const QString &)> onStep;      // called with each step's id as it starts

    void runStarted(const QString &, const nb::Procedure &, bool) override {}
    void stepStarted(const nb::ProcedureStep &step, int, int, bool applies) override
    {
        if (onStep)
            onStep(step.id);
        if (!applies)
            passedOver.append(step.id);
    }
    void commandStarted(const QString &, const QString &) override {}
    int shownLines = 0;                               // output lines the front end got

    void output(const nb::OutputLines &lines) override
    {
        QMutexLocker lock(&m_mutex);
        shownLines += int(lines.size());
    }
    void note(const QString &text) override
    {
        QMutexLocker lock(&m_mutex);
        notes.append(text);
    }
    void stepFinished(const nb::ProcedureStep &step, nb::StepState state, const QString &) override
    {
        finished.append(step.id + QLatin1Char(':') + nb::toString(state));
    }
    bool confirm(const nb::ProcedureStep &step, const QString &question, nb::ConfirmationLevel level) override
    {
        if (level == nb::ConfirmationLevel::DoneByHand) {
            askedByHand.append(step.id + QStringLiteral(": ") + question);
            if (declineByHand)
                return false;
            if (doByHand)
                doByHand();
            return true;
        }
        confirmed.append(step.id);
        return !decline.contains(step.id);
    }
    nb::FailureDecision decideFailure(const nb::ProcedureStep &, const nb::StepResult &,
                                      const QVector<nb::FailurePolicy> &allowed) override
    {
        offered.append(allowed);
        return {onFailure, QStringLiteral("test")};
    }
    void runFinished(nb::RunOutcome result, const QString &, const QString &) override { outcome = result; }

private:
    QMutex m_mutex;
};
