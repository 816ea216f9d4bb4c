#pragma once

#include "ProcedureStep.h"

#include <QString>

namespace nb {

class RunContext;

// Proves a load-balancer switch from the outside: the public URL must give the
// expected answer several times in a row, because nginx answers from both the old and
// the new configuration for a short while after a reload.
class LoadBalancerSwitch
{
public:
    static StepResult confirm(RunContext &context, int expectedStatus, const QString &what);
};

} // namespace nb
