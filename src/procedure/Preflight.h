#pragma once

#include "ProcedureStep.h"

namespace nb {

// The checks before a procedure changes anything. A failing preflight leaves the
// cluster exactly as it was; the run ends "refused".
class Preflight
{
public:
    static ProcedureStep upgrade(const QString &id);
    static ProcedureStep firstStart(const QString &id);
    // The node that stays (the first node) must be healthy; the release every other
    // node will start with is the one it runs.
    static ProcedureStep maintenance(const QString &id);
};

} // namespace nb
