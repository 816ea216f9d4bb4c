#include "LoadBalancerSwitch.h"

#include "RunContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace nb {

StepResult LoadBalancerSwitch::confirm(RunContext &context, int expectedStatus, const QString &what)
{
    const RunSettings &settings = context.settings();
    QElapsedTimer timer;
    timer.start();
    int consecutive = 0;
    LoadBalancerAnswer answer;
    while (timer.elapsed() < settings.lbSwitchTimeout.count()) {
        answer = context.cluster().probeLoadBalancerUrl();
        consecutive = answer.status == expectedStatus ? consecutive + 1 : 0;
        if (consecutive >= settings.lbConsecutiveProbes)
            return StepResult::success(QCoreApplication::translate("nb::LoadBalancerSwitch",
                                                                   "lb: %1 (%2 answers %3 in a row)")
                                           .arg(what).arg(consecutive).arg(expectedStatus));
        if (!context.pause(settings.lbProbeInterval))
            break;
    }
    const QString last = answer.status ? QString::number(answer.status) : answer.error;
    return StepResult::failure(QCoreApplication::translate("nb::LoadBalancerSwitch",
                                                           "lb: %1 not confirmed: the public URL answers %2, not %3")
                                   .arg(what, last).arg(expectedStatus),
                               QCoreApplication::translate("nb::LoadBalancerSwitch",
                                                           "Check the load balancer's configuration and log."));
}

} // namespace nb
