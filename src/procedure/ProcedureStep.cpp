#include "ProcedureStep.h"

namespace nb {

QString toString(FailurePolicy policy)
{
    switch (policy) {
    case FailurePolicy::Retry: return QStringLiteral("retry");
    case FailurePolicy::RollBack: return QStringLiteral("rollback");
    case FailurePolicy::Abort: return QStringLiteral("abort");
    case FailurePolicy::MarkDoneByHand: return QStringLiteral("by-hand");
    }
    return {};
}

const ProcedureStep *Procedure::step(const QString &stepId) const
{
    for (const auto &s : steps) {
        if (s.id == stepId)
            return &s;
    }
    return nullptr;
}

} // namespace nb
