#pragma once

#include "ClusterControl.h"
#include "ClusterLock.h"
#include "ProcedureStep.h"

#include "journal/RunRecord.h"

#include <QStringList>

namespace nb {

// Where an unfinished run continues, and what the cluster really looks like now. The
// journal says what was intended; only the probes say what happened, so the operator
// sees both before the run goes on.
struct ResumePlan
{
    int fromIndex = -1;      // the first procedure step still to do
    bool inRollback = false; // the run died (or stopped) inside its rollback
    bool clusterChanged = false;
    QStringList clusterState; // one line per node, the load balancer and the lock

    static ResumePlan make(const RunRecord &record, const Procedure &procedure, const Inventory &inventory,
                           ClusterControl &cluster, const LockHolder &lock);
    // Whether the recorded run got as far as a step that changes the cluster (its
    // rollback steps aside): what decides if a rollback is offered.
    static bool changedCluster(const RunRecord &record, const Procedure &procedure);
};

} // namespace nb
