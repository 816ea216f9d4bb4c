#pragma once

#include <QJsonObject>
#include <QString>

namespace nb {

// The vocabulary of a run journal. Each line of a journal file is one JSON object with
// "t" (milliseconds since the epoch) and "ev" (one of these kinds); the other fields
// depend on the kind. Scripts read these files, so kinds and field names only grow.
namespace JournalEvent {

inline constexpr char RunStarted[] = "run_started";       // procedure, cluster, inventory, target, operator, steps
inline constexpr char RunResumed[] = "run_resumed";       // operator, at (step id), cluster_state
inline constexpr char StepStarted[] = "step_started";     // step, title, hosts
inline constexpr char CommandStarted[] = "command";       // step, host, command
inline constexpr char Output[] = "out";                   // host, stream (out|err), text, at
inline constexpr char CommandFinished[] = "command_done"; // step, host, outcome, exit_code, error, ms
inline constexpr char NodeState[] = "node";               // step, node, state, message
inline constexpr char Note[] = "note";                    // step, text: progress a person reads
inline constexpr char Decision[] = "decision";            // step, kind, answer, reason
inline constexpr char Fact[] = "fact";                    // key, value: what a later step or rollback needs
inline constexpr char StepFinished[] = "step_done";       // step, state, message
inline constexpr char RollbackStarted[] = "rollback";     // reason
inline constexpr char RunFinished[] = "run_done";         // outcome, message, hint

// A new event of the given kind stamped with the current time.
QJsonObject make(const char *kind);
QString kindOf(const QJsonObject &event);

} // namespace JournalEvent

} // namespace nb
