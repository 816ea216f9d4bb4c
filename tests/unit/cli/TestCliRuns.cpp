#include <core/ApplicationInfo.h>
#include <journal/JournalEvent.h>
#include <journal/JournalStore.h>
#include <journal/RunJournal.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `runs` on a journal written with the real journal API, through the real binary.
class TestCliRuns : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        // A terminal without a display: the PDF must not need one.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(NB_CLI_PATH),
                      QStringList{QStringLiteral("--inventory"), QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml")}
                          + arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QJsonObject event(const char *kind, const QJsonObject &fields)
    {
        QJsonObject result = nb::JournalEvent::make(kind);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            result.insert(it.key(), it.value());
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(nb::ApplicationInfo::organizationName());
        QCoreApplication::setApplicationName(nb::ApplicationInfo::applicationName());

        const nb::JournalStore store;
        const auto journal = nb::RunJournal::open(store.pathFor(QStringLiteral("prod-eu"), m_runId), nullptr);
        QVERIFY(journal);
        const QJsonArray steps{QJsonObject{{QStringLiteral("id"), QStringLiteral("stop-all")},
                                           {QStringLiteral("title"), QStringLiteral("Stop every node")}}};
        journal->append(event(nb::JournalEvent::RunStarted,
                              {{QStringLiteral("run"), m_runId}, {QStringLiteral("procedure"), QStringLiteral("upgrade")},
                               {QStringLiteral("cluster"), QStringLiteral("prod-eu")},
                               {QStringLiteral("target"), QStringLiteral("2.2.15")},
                               {QStringLiteral("operator"), QStringLiteral("ops@desk")}, {QStringLiteral("steps"), steps}}),
                        true);
        const QJsonObject step{{QStringLiteral("step"), QStringLiteral("stop-all")}};
        journal->append(event(nb::JournalEvent::StepStarted, step), true);
        journal->append(event(nb::JournalEvent::CommandStarted,
                              {{QStringLiteral("step"), QStringLiteral("stop-all")}, {QStringLiteral("host"), QStringLiteral("app-1")},
                               {QStringLiteral("command"), QStringLiteral("docker compose stop app")}}));
        journal->appendOutput({{QStringLiteral("app-1"), nb::OutputLine::Stream::Stderr, 0,
                                QStringLiteral("Container nocobase-app-1  Stopped")}});
        journal->append(event(nb::JournalEvent::CommandFinished,
                              {{QStringLiteral("step"), QStringLiteral("stop-all")}, {QStringLiteral("host"), QStringLiteral("app-1")},
                               {QStringLiteral("outcome"), QStringLiteral("exited")}, {QStringLiteral("exit_code"), 0}}));
        journal->append(event(nb::JournalEvent::StepFinished,
                              {{QStringLiteral("step"), QStringLiteral("stop-all")}, {QStringLiteral("state"), QStringLiteral("succeeded")}}),
                        true);
        journal->append(event(nb::JournalEvent::RunFinished, {{QStringLiteral("outcome"), QStringLiteral("succeeded")}}), true);
    }

    void listsTheRunsAsJson()
    {
        const Run run = cli({QStringLiteral("runs"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray runs = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("run")).toString(), m_runId);
    }

    void writesTheReportAsHtmlOrPdf()
    {
        const QString html = m_data.filePath(QStringLiteral("report.html"));
        Run run = cli({QStringLiteral("runs"), QStringLiteral("--report"), html});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(text.contains(m_runId));
        QVERIFY(text.contains(QStringLiteral("Stop every node")));
        QVERIFY(text.contains(QStringLiteral("docker compose stop app")));

        const QString pdf = m_data.filePath(QStringLiteral("Report.PDF"));
        run = cli({QStringLiteral("runs"), QStringLiteral("--run"), m_runId, QStringLiteral("--report=") + pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(pdf), qPrintable(run.out));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 2000, "a PDF with the run's pages, not an empty document");
    }

    void helpNamesTheCommandNotTheBinaryPath()
    {
        const Run run = cli({QStringLiteral("runs"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: nbconsole-cli runs [options]")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--report <FILE>")));
    }

    void unknownRunIsAClearError()
    {
        const Run run = cli({QStringLiteral("runs"), QStringLiteral("--run"), QStringLiteral("nope"),
                             QStringLiteral("--report"), m_data.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no run nope")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_data.filePath(QStringLiteral("x.pdf"))));
    }

private:
    QTemporaryDir m_data;
    const QString m_runId = QStringLiteral("20261127-010203-abcd");
};

QTEST_GUILESS_MAIN(TestCliRuns)
#include "TestCliRuns.moc"
