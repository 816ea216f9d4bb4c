#include "RunsCommand.h"

#include "CliContext.h"

#include <journal/JournalStore.h>
#include <journal/RunReport.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RunsCommand", text);
}

QString time(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const nb::RunRecord &run)
{
    QJsonArray steps;
    for (const auto &step : run.steps) {
        QJsonObject nodes;
        for (auto it = step.nodes.cbegin(); it != step.nodes.cend(); ++it)
            nodes.insert(it.key(), QJsonObject{{QStringLiteral("state"), nb::toString(it->state)},
                                               {QStringLiteral("message"), it->message}});
        steps.append(QJsonObject{{QStringLiteral("id"), step.id},
                                 {QStringLiteral("title"), step.title},
                                 {QStringLiteral("rollback"), step.rollback},
                                 {QStringLiteral("state"), nb::toString(step.state)},
                                 {QStringLiteral("message"), step.message},
                                 {QStringLiteral("nodes"), nodes}});
    }
    QJsonObject facts;
    for (auto it = run.facts.cbegin(); it != run.facts.cend(); ++it)
        facts.insert(it.key(), it.value());
    return {{QStringLiteral("run"), run.runId},
            {QStringLiteral("cluster"), run.cluster},
            {QStringLiteral("procedure"), run.procedure},
            {QStringLiteral("target"), run.target},
            {QStringLiteral("operator"), run.operatorName},
            {QStringLiteral("started"), time(run.startedMs)},
            {QStringLiteral("finished"), time(run.finishedMs)},
            {QStringLiteral("outcome"), nb::toString(run.outcome)},
            {QStringLiteral("message"), run.message},
            {QStringLiteral("journal"), run.path},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("steps"), steps}};
}

} // namespace

bool RunsCommand::rendersPdf(const QStringList &arguments)
{
    if (!arguments.contains(QStringLiteral("runs")))
        return false;
    for (int i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--report"))
            value = arguments.value(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--report=")))
            value = arguments.at(i).section(QLatin1Char('='), 1);
        if (value.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString RunsCommand::summary() const
{
    return tr("the journal: every run of this cluster, newest first");
}

int RunsCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print machine-readable JSON."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the run's report to FILE: PDF when FILE ends in .pdf, HTML otherwise."),
                                    tr("FILE"));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("The run for --report (default: the newest)."),
                                       tr("ID"));
    parser.addOption(json);
    parser.addOption(report);
    parser.addOption(runOption);
    if (const auto exitCode = context.parseArguments(parser, arguments, QStringLiteral("runs")))
        return *exitCode;
    const auto inventory = context.loadInventory();
    if (!inventory)
        return 2;
    const auto runs = nb::JournalStore().list(inventory->cluster);

    if (parser.isSet(report)) {
        const QString wanted = parser.value(runOption);
        for (const auto &run : runs) {
            if (!wanted.isEmpty() && run.runId != wanted)
                continue;
            QString error;
            const QString path = parser.value(report);
            const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
            if (!(pdf ? nb::RunReport::writePdf(run, path, &error) : nb::RunReport::writeHtml(run, path, &error))) {
                context.printError(error);
                return 1;
            }
            context.out() << tr("Report of run %1 written to %2").arg(run.runId, parser.value(report)) << '\n';
            return 0;
        }
        context.printError(tr("%1: no run %2 in the journal.").arg(inventory->cluster, wanted));
        return 1;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &run : runs)
            array.append(toJson(run));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    auto &out = context.out();
    if (runs.isEmpty())
        out << tr("No runs of %1 in the journal.").arg(inventory->cluster) << '\n';
    for (const auto &run : runs) {
        out << run.runId << "  " << run.procedure.leftJustified(18) << nb::describe(run.outcome).leftJustified(26)
            << time(run.startedMs) << "  " << run.operatorName;
        if (!run.target.isEmpty())
            out << "  -> " << run.target;
        out << '\n';
        if (!run.message.isEmpty())
            out << "    " << run.message << '\n';
    }
    return 0;
}
