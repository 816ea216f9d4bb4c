#include "KubernetesRuntime.h"

#include "ComposeFile.h"

#include <core/Translate.h>

namespace nb {

namespace {

// How long `rollout status` waits for the new pods; NocoBase's own CLI allows 600 s
// for a node to become healthy after an upgrade.
constexpr int RolloutSeconds = 600;

} // namespace

ShellCommand KubernetesRuntime::kubectl() const
{
    const KubernetesSettings &k8s = m_inventory.app.kubernetes;
    ShellCommand command = ShellCommand::fromOperatorText(k8s.kubectl.isEmpty() ? QStringLiteral("kubectl") : k8s.kubectl);
    if (!k8s.kubeconfig.isEmpty())
        command.raw("--kubeconfig").arg(k8s.kubeconfig, ShellValueKind::AbsolutePath);
    if (!k8s.context.isEmpty())
        command.raw("--context").arg(k8s.context, ShellValueKind::Name);
    if (!k8s.namespaceName.isEmpty())
        command.raw("-n").arg(k8s.namespaceName, ShellValueKind::Name);
    return command;
}

ShellCommand KubernetesRuntime::withDeployment(ShellCommand command, const AppNode &node) const
{
    const QString name = m_inventory.effectiveDeployment(node);
    if (!ShellCommand::validate(name, ShellValueKind::Name).isEmpty())
        return command.arg(name, ShellValueKind::Name); // refused with the reason
    return command.arg(QStringLiteral("deployment/") + name);
}

ShellCommand KubernetesRuntime::statusCommand(const AppNode &node) const
{
    return withDeployment(kubectl().raw("get"), node)
        .raw("-o").arg(QStringLiteral("jsonpath={.spec.replicas} {.status.readyReplicas}"));
}

ShellCommand KubernetesRuntime::startCommand(const AppNode &node) const
{
    return withDeployment(kubectl().raw("scale"), node).raw("--replicas=1");
}

ShellCommand KubernetesRuntime::stopCommand(const AppNode &node) const
{
    return withDeployment(kubectl().raw("scale"), node).raw("--replicas=0");
}

ShellCommand KubernetesRuntime::releaseCommand(const AppNode &node) const
{
    const QString container = m_inventory.app.kubernetes.container;
    const QString why = ShellCommand::validate(container, ShellValueKind::Name);
    ShellCommand command = withDeployment(kubectl().raw("get"), node).raw("-o");
    if (!why.isEmpty())
        return command.arg(container, ShellValueKind::Name); // invalid: never sent
    return command.arg(QStringLiteral("jsonpath={.spec.template.spec.containers[?(@.name==\"%1\")].image}")
                           .arg(container));
}

ShellCommand KubernetesRuntime::logsCommand(const AppNode &node, int lines, const QDateTime &since) const
{
    ShellCommand command = withDeployment(kubectl().raw("logs"), node)
        .raw("-c").arg(m_inventory.app.kubernetes.container, ShellValueKind::Name)
        .arg(QStringLiteral("--tail=%1").arg(std::max(lines, 0)));
    if (since.isValid())
        command.arg(QStringLiteral("--since-time=") + since.toUTC().toString(Qt::ISODate));
    return command;
}

QVector<ShellCommand> KubernetesRuntime::setVersionCommands(const AppNode &node, const QString &version) const
{
    const QString why = ShellCommand::validate(version, ShellValueKind::Version);
    const QString image = ComposeFile::splitImage(m_inventory.app.image).repository;
    ShellCommand setImage = withDeployment(kubectl().raw("set image"), node);
    if (!why.isEmpty())
        setImage.arg(version, ShellValueKind::Version); // invalid: never sent
    else
        setImage.arg(QStringLiteral("%1=%2:%3").arg(m_inventory.app.kubernetes.container, image, version));
    ShellCommand rollout = withDeployment(kubectl().raw("rollout status"), node)
        .arg(QStringLiteral("--timeout=%1s").arg(RolloutSeconds));
    return {setImage, rollout};
}

ShellCommand KubernetesRuntime::undoCommand(const AppNode &node) const
{
    return withDeployment(kubectl().raw("rollout undo"), node);
}

RuntimeStatus KubernetesRuntime::readStatus(const AppNode &node, const CommandResult &result) const
{
    const auto tr = [](const char *text) { return nb::translate("nb::KubernetesRuntime", text); };
    if (result.exitCode != 0)
        return {RunState::Unknown, tr("%1: kubectl get failed: %2").arg(node.name, result.stdoutText())};
    // "DESIRED READY"; READY is empty while no pod is ready.
    const QStringList fields = result.stdoutText().trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int desired = fields.value(0).toInt();
    const int ready = fields.value(1).toInt();
    const QString detail = tr("%1/%2 replicas ready").arg(ready).arg(desired);
    if (desired == 0)
        return {RunState::Stopped, detail};
    if (ready >= desired)
        return {RunState::Running, detail};
    return {RunState::Unknown, detail};
}

QString KubernetesRuntime::readRelease(const CommandResult &result) const
{
    const QString image = ScriptedRuntime::readRelease(result);
    return image.isEmpty() ? image : ComposeFile::splitImage(image).tag;
}

} // namespace nb
