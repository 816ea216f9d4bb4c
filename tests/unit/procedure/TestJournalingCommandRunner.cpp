#include "ScriptedObserver.h"

#include <procedure/JournalingCommandRunner.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A host that answers every command with three lines, streamed as the SSH engine does.
class ThreeLineHost : public nb::CommandRunner
{
public:
    nb::CommandResult run(const nb::SshEndpoint &endpoint, const nb::ShellCommand &, const nb::CommandOptions &,
                          const nb::LineSink &sink) override
    {
        nb::CommandResult result;
        for (int i = 1; i <= 3; ++i)
            result.lines.append({endpoint.label, nb::OutputLine::Stream::Stdout, 0, QStringLiteral("line %1").arg(i)});
        if (sink)
            sink(result.lines);
        result.outcome = nb::CommandResult::Outcome::Exited;
        result.exitCode = 0;
        return result;
    }
    nb::CommandResult upload(const nb::SshEndpoint &, const QString &, const QByteArray &, int) override { return {}; }
    nb::CommandResult download(const nb::SshEndpoint &, const QString &, const QString &,
                               const std::function<void(qint64, qint64)> &) override
    {
        return {};
    }
};

} // namespace

// What the journal and the front end get of a command's output in each mode.
class TestJournalingCommandRunner : public QObject
{
    Q_OBJECT

private:
    struct Seen
    {
        int commands = 0;
        int journaledLines = 0;
        int shownLines = 0;
        int resultLines = 0;
    };

    struct Shown // no mode: the default
    {
    };

    template<typename Mode>
    static Seen runOnce()
    {
        QTemporaryDir dir;
        auto journal = nb::RunJournal::open(dir.filePath(QStringLiteral("run")), nullptr);
        ThreeLineHost host;
        ScriptedObserver observer;
        nb::JournalingCommandRunner runner(host, *journal, observer);
        nb::SshEndpoint endpoint;
        endpoint.label = QStringLiteral("app-1");
        Seen seen;
        {
            [[maybe_unused]] const Mode mode{};
            seen.resultLines = int(runner.run(endpoint, nb::ShellCommand("true")).lines.size());
        }
        journal.reset();
        QFile file(dir.filePath(QStringLiteral("run")));
        if (!file.open(QIODevice::ReadOnly))
            return seen;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString kind = QJsonDocument::fromJson(line).object().value(QStringLiteral("ev")).toString();
            seen.commands += kind == QLatin1String("command") ? 1 : 0;
            seen.journaledLines += kind == QLatin1String("out") ? 1 : 0;
        }
        seen.shownLines = observer.shownLines;
        return seen;
    }

private slots:
    void everyLineIsJournaledAndShown()
    {
        const Seen seen = runOnce<Shown>();
        QCOMPARE(seen.commands, 1);
        QCOMPARE(seen.journaledLines, 3);
        QCOMPARE(seen.shownLines, 3);
    }

    void quietLinesAreJournaledButNotShown()
    {
        const Seen seen = runOnce<nb::JournalingCommandRunner::Quiet>();
        QCOMPARE(seen.commands, 1);
        QCOMPARE(seen.journaledLines, 3);
        QCOMPARE(seen.shownLines, 0);
    }

    void unrecordedLinesReachOnlyTheCaller()
    {
        // A re-read log tail: the command is journaled, its lines are the caller's to record.
        const Seen seen = runOnce<nb::JournalingCommandRunner::Unrecorded>();
        QCOMPARE(seen.commands, 1);
        QCOMPARE(seen.journaledLines, 0);
        QCOMPARE(seen.shownLines, 0);
        QCOMPARE(seen.resultLines, 3);
    }
};

QTEST_GUILESS_MAIN(TestJournalingCommandRunner)
#include "TestJournalingCommandRunner.moc"
