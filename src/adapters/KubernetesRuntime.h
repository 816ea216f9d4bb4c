#pragma once

#include "ScriptedRuntime.h"

namespace nb {

// NocoBase as a Kubernetes Deployment, driven with kubectl on the node's host (a
// machine with cluster access). A node is one Deployment: start = scale to 1, stop =
// scale to 0; the release is the container's image tag; a version change is
// `set image` then `rollout status`, and `rollout undo` when the rollout fails.
class KubernetesRuntime : public ScriptedRuntime
{
public:
    using ScriptedRuntime::ScriptedRuntime;

    ShellCommand statusCommand(const AppNode &node) const override;
    ShellCommand startCommand(const AppNode &node) const override;
    ShellCommand stopCommand(const AppNode &node) const override;
    ShellCommand releaseCommand(const AppNode &node) const override;
    ShellCommand logsCommand(const AppNode &node, int lines, const QDateTime &since) const override;
    QVector<ShellCommand> setVersionCommands(const AppNode &node, const QString &version) const override;

protected:
    QString name() const override { return QStringLiteral("kubectl"); }
    RuntimeStatus readStatus(const AppNode &node, const CommandResult &result) const override;
    QString readRelease(const CommandResult &result) const override;
    ShellCommand undoCommand(const AppNode &node) const override;

private:
    ShellCommand kubectl() const;
    ShellCommand withDeployment(ShellCommand command, const AppNode &node) const;
};

} // namespace nb
