#include "RunReport.h"

#include "JournalEvent.h"
#include "JournalReader.h"

#include <core/Translate.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QPageSize>
#include <QPdfWriter>
#include <QStringList>
#include <QTextDocument>

#include <deque>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::RunReport", text);
}

QString time(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QStringLiteral("-");
}

// The tail of each command's output, keyed by step and host, gathered in one pass over
// the journal so that a long run never sits in memory whole.
struct OutputTails
{
    struct Tail
    {
        std::deque<QString> lines;
        qint64 dropped = 0;
    };
    QHash<QString, Tail> tails;

    static QString key(const QString &step, const QString &host, int command)
    {
        return step + QLatin1Char('\n') + host + QLatin1Char('\n') + QString::number(command);
    }
};

OutputTails collectTails(const QString &path)
{
    OutputTails result;
    QString step;
    QHash<QString, int> commandIndex; // step\nhost -> how many commands seen
    QHash<QString, QString> currentKey; // host -> key of its running command
    JournalReader::read(path, nullptr, [&](const QJsonObject &event) {
        const QString kind = JournalEvent::kindOf(event);
        const QString host = event.value(QStringLiteral("host")).toString();
        if (kind == QLatin1String(JournalEvent::StepStarted)) {
            step = event.value(QStringLiteral("step")).toString();
        } else if (kind == QLatin1String(JournalEvent::CommandStarted)) {
            const QString stepHost = step + QLatin1Char('\n') + host;
            currentKey.insert(host, OutputTails::key(step, host, commandIndex[stepHost]++));
        } else if (kind == QLatin1String(JournalEvent::Output) && currentKey.contains(host)) {
            auto &tail = result.tails[currentKey.value(host)];
            const QString stream = event.value(QStringLiteral("stream")).toString();
            tail.lines.push_back((stream == QLatin1String("err") ? QStringLiteral("! ") : QString())
                                 + event.value(QStringLiteral("text")).toString());
            if (tail.lines.size() > size_t(RunReport::OutputLinesPerCommand)) {
                tail.lines.pop_front();
                ++tail.dropped;
            }
        }
    });
    return result;
}

} // namespace

QString RunReport::html(const RunRecord &record)
{
    const OutputTails tails = collectTails(record.path);
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
             .arg(tr("Run %1").arg(record.runId).toHtmlEscaped());
    h += QStringLiteral("<h1>%1</h1>").arg(tr("%1 on %2").arg(record.procedure, record.cluster).toHtmlEscaped());
    h += QStringLiteral("<table border=\"1\" cellpadding=\"3\">");
    const auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                 .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Run"), record.runId);
    row(tr("Outcome"), describe(record.outcome));
    if (!record.message.isEmpty())
        row(tr("Message"), record.message);
    if (!record.target.isEmpty())
        row(tr("Target version"), record.target);
    row(tr("Operator"), record.operatorName);
    row(tr("Inventory"), record.inventory);
    row(tr("Started"), time(record.startedMs));
    row(tr("Finished"), time(record.finishedMs));
    h += QStringLiteral("</table>");

    for (const auto &step : record.steps) {
        h += QStringLiteral("<h2>%1%2 — %3</h2>")
                 .arg(step.rollback ? tr("Rollback: ").toHtmlEscaped() : QString(),
                      step.title.toHtmlEscaped(), describe(step.state).toHtmlEscaped());
        if (!step.message.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(step.message.toHtmlEscaped());
        for (auto it = step.nodes.cbegin(); it != step.nodes.cend(); ++it)
            h += QStringLiteral("<p><b>%1</b>: %2 %3</p>")
                     .arg(it.key().toHtmlEscaped(), describe(it->state).toHtmlEscaped(),
                          it->message.toHtmlEscaped());
        for (const auto &note : step.notes)
            h += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
        QHash<QString, int> perHost;
        for (const auto &command : step.commands) {
            const int index = perHost[command.host]++;
            h += QStringLiteral("<p><b>%1</b> $ <code>%2</code> — %3</p>")
                     .arg(command.host.toHtmlEscaped(), command.command.toHtmlEscaped(),
                          (command.outcome == QLatin1String("exited")
                               ? tr("exit code %1").arg(command.exitCode)
                               : command.outcome + QLatin1Char(' ') + command.error)
                              .toHtmlEscaped());
            const auto tail = tails.tails.constFind(OutputTails::key(step.id, command.host, index));
            if (tail == tails.tails.cend() || tail->lines.empty())
                continue;
            QStringList lines;
            if (tail->dropped)
                lines << QCoreApplication::translate("nb::RunReport", "(%n earlier line(s) are in the journal)",
                                                     nullptr, int(tail->dropped));
            lines.append(QStringList(tail->lines.begin(), tail->lines.end()));
            h += QStringLiteral("<pre>%1</pre>").arg(lines.join(QLatin1Char('\n')).toHtmlEscaped());
        }
    }
    if (!record.decisions.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Operator decisions").toHtmlEscaped());
        for (const auto &decision : record.decisions)
            h += QStringLiteral("<li>%1 %2: %3 %4</li>")
                     .arg(time(decision.timeMs), decision.step.toHtmlEscaped(),
                          decision.answer.toHtmlEscaped(), decision.reason.toHtmlEscaped());
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

bool RunReport::writeHtml(const RunRecord &record, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(html(record).toUtf8()) < 0 || !file.flush()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool RunReport::writePdf(const RunRecord &record, const QString &path, QString *error)
{
    {
        // The file is complete only once the writer is gone.
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Run %1").arg(record.runId));
        writer.setCreator(QCoreApplication::applicationName());
        QTextDocument document;
        document.setHtml(html(record));
        document.print(&writer);
    }
    if (QFile(path).size() == 0) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace nb
