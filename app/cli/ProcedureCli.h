#pragma once

#include "TerminalObserver.h"

#include <inventory/Inventory.h>
#include <journal/RunRecord.h>
#include <procedure/ResumePlan.h>
#include <procedure/ProcedureStep.h>
#include <procedure/RunSettings.h>

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

class CliContext;

// What every procedure verb shares: --yes, --dry-run and --verbose, the cluster lock,
// the journal, the terminal front end, running the engine on a worker thread, and the
// exit code (0 only on success). A verb only says which procedure and which settings.
class ProcedureCli
{
public:
    enum class Mode { Fresh, Resume, Rollback };

    explicit ProcedureCli(CliContext &context);

    // Adds the shared options: --yes, --verbose, --dry-run.
    void addOptions(QCommandLineParser &parser);
    // Parses; on --help or an error prints and returns the exit code to end with.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &verb);

    bool assumeYes() const { return m_parser && m_parser->isSet(m_yes); }
    bool dryRun() const { return m_parser && m_parser->isSet(m_dryRun); }
    void setOnFailure(TerminalObserver::OnFailure onFailure) { m_onFailure = onFailure; }

    // Runs the procedure on the inventory's cluster; `record` is the journaled run for
    // Resume and Rollback.
    int execute(const nb::Inventory &inventory, const nb::Procedure &procedure, nb::RunSettings settings,
                Mode mode = Mode::Fresh, const std::optional<nb::RunRecord> &record = std::nullopt);

    // The run a resume or rollback is about: --run ID, else the latest unfinished run.
    std::optional<nb::RunRecord> findRun(const nb::Inventory &inventory, const QString &runId);

private:
    // The database password as the inventory says to get it; nothing (and *error) when
    // it cannot be had. An empty inner value means "no password" (the host's own auth).
    std::optional<std::optional<QString>> databasePassword(const nb::Inventory &inventory, QString *error) const;
    int printDryRun(const nb::Inventory &inventory, const nb::Procedure &procedure,
                    const nb::RunSettings &settings, Mode mode, const std::optional<nb::RunRecord> &record);
    // Where a resumed run stopped and what the cluster looks like now.
    void printResumeState(const nb::RunRecord &record, const nb::Procedure &procedure, const nb::ResumePlan &plan);

    CliContext &m_context;
    QCommandLineParser *m_parser = nullptr;
    QCommandLineOption m_yes;
    QCommandLineOption m_verbose;
    QCommandLineOption m_dryRun;
    TerminalObserver::OnFailure m_onFailure = TerminalObserver::OnFailure::Stop;
};
