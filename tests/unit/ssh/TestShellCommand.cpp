#include <ssh/ShellCommand.h>

#include <QProcess>
#include <QTest>

using nb::ShellCommand;
using nb::ShellValueKind;

class TestShellCommand : public QObject
{
    Q_OBJECT

private:
    // What /bin/sh really prints for `printf %s VALUE`: the proof that quoting survives
    // a shell, rather than a comparison with our own idea of the right text.
    static QByteArray shellEcho(const ShellCommand &command)
    {
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command.text()});
        shell.waitForFinished(10000);
        return shell.readAllStandardOutput();
    }

private slots:
    void hostileValuesReachTheShellUnchanged_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("2.2.15");
        QTest::newRow("single quote") << QStringLiteral("it's");
        QTest::newRow("only quotes") << QStringLiteral("'''");
        QTest::newRow("double quote") << QStringLiteral("say \"hi\"");
        QTest::newRow("command substitution") << QStringLiteral("$(touch /tmp/nb-pwned)");
        QTest::newRow("backticks") << QStringLiteral("`id`");
        QTest::newRow("variables") << QStringLiteral("$HOME ${PATH} $1");
        QTest::newRow("separators") << QStringLiteral("a; rm -rf / && b || c | d & e");
        QTest::newRow("newlines") << QStringLiteral("line1\nline2\r\n");
        QTest::newRow("glob") << QStringLiteral("* ? [a-z] ~");
        QTest::newRow("backslashes") << QStringLiteral("\\'\\\\n");
        QTest::newRow("empty") << QString();
        QTest::newRow("leading dash") << QStringLiteral("-rf");
        QTest::newRow("unicode") << QStringLiteral("zażółć 集群");
        QTest::newRow("very long") << QString(60000, QLatin1Char('x'));
        QTest::newRow("many quotes") << QString(20000, QLatin1Char('\''));
    }

    void hostileValuesReachTheShellUnchanged()
    {
        QFETCH(QString, value);
        ShellCommand command("printf %s");
        command.arg(value);
        QVERIFY2(command.isValid(), qPrintable(command.errorString()));
        QCOMPARE(shellEcho(command), value.toUtf8());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/nb-pwned")));
    }

    void nulIsRefusedAndPoisonsTheCommand()
    {
        ShellCommand command("printf %s");
        command.arg(QStringLiteral("a") + QChar(0) + QStringLiteral("b")).arg(QStringLiteral("ok"));
        QVERIFY(!command.isValid());
        QVERIFY(command.errorString().contains(QStringLiteral("NUL")));
        QVERIFY(!ShellCommand::quote(QString(QChar(0))).has_value());
    }

    void tooLongIsRefused()
    {
        ShellCommand value("printf %s");
        value.arg(QString(64 * 1024 + 1, QLatin1Char('x')));
        QVERIFY(!value.isValid());

        // Each quote grows fourfold when quoted: the command as a whole must still fit
        // in one argument of the host's `sh -c`.
        ShellCommand quoted("printf %s");
        quoted.arg(QString(60000, QLatin1Char('\'')));
        QVERIFY(!quoted.isValid());
        QVERIFY(quoted.errorString().contains(QStringLiteral("longer than")));
    }

    void versionsAreValidated_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("semver") << QStringLiteral("2.2.15") << true;
        QTest::newRow("variant") << QStringLiteral("1.9.0-full") << true;
        QTest::newRow("v prefix") << QStringLiteral("v1.2") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("1.0 ; id") << false;
        QTest::newRow("substitution") << QStringLiteral("$(id)") << false;
        QTest::newRow("leading dot") << QStringLiteral(".1") << false;
        QTest::newRow("leading dash") << QStringLiteral("-1") << false;
        QTest::newRow("too long") << QString(129, QLatin1Char('1')) << false;
        QTest::newRow("newline") << QStringLiteral("1.0\n") << false;
    }

    void versionsAreValidated()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(ShellCommand::validate(value, ShellValueKind::Version).isEmpty(), valid);
        ShellCommand command("echo");
        command.arg(value, ShellValueKind::Version);
        QCOMPARE(command.isValid(), valid);
    }

    void pathsAreValidated()
    {
        QVERIFY(ShellCommand::validate(QStringLiteral("/opt/nocobase"), ShellValueKind::AbsolutePath).isEmpty());
        QVERIFY(ShellCommand::validate(QStringLiteral("~/backups"), ShellValueKind::AbsolutePath).isEmpty());
        QVERIFY(!ShellCommand::validate(QStringLiteral("relative/dir"), ShellValueKind::AbsolutePath).isEmpty());
        QVERIFY(!ShellCommand::validate(QStringLiteral("/opt/../etc"), ShellValueKind::AbsolutePath).isEmpty());
        QVERIFY(!ShellCommand::validate(QStringLiteral("/opt/x\n"), ShellValueKind::AbsolutePath).isEmpty());
    }

    void tildePathsExpandOnTheHostButTheRestIsQuoted()
    {
        ShellCommand command("printf %s");
        command.arg(QStringLiteral("~/a b/$(id)"), ShellValueKind::AbsolutePath);
        QVERIFY(command.isValid());
        QCOMPARE(shellEcho(command), (qEnvironmentVariable("HOME") + QStringLiteral("/a b/$(id)")).toUtf8());
    }

    void templatesQuoteEveryPlaceholder()
    {
        const auto command = ShellCommand::fromTemplate(
            QStringLiteral("printf '%s|%s' {version} {lines}"),
            {{QStringLiteral("version"), QStringLiteral("2.2.15")},
             {QStringLiteral("lines"), QStringLiteral("1; id")}},
            {{QStringLiteral("version"), ShellValueKind::Version}});
        QVERIFY2(command.isValid(), qPrintable(command.errorString()));
        QCOMPARE(shellEcho(command), QByteArray("2.2.15|1; id"));
    }

    void templatesRefuseUnknownPlaceholdersAndBadValues()
    {
        const auto unknown = ShellCommand::fromTemplate(QStringLiteral("nbctl {verison}"),
                                                        {{QStringLiteral("version"), QStringLiteral("1")}});
        QVERIFY(!unknown.isValid());
        QVERIFY(unknown.errorString().contains(QStringLiteral("verison")));

        const auto bad = ShellCommand::fromTemplate(
            QStringLiteral("nbctl set-version {version}"),
            {{QStringLiteral("version"), QStringLiteral("$(reboot)")}},
            {{QStringLiteral("version"), ShellValueKind::Version}});
        QVERIFY(!bad.isValid());
    }

    void joinedCommandsKeepValidation()
    {
        ShellCommand first("cd");
        first.arg(QStringLiteral("/tmp"), ShellValueKind::AbsolutePath);
        ShellCommand second("printf %s");
        second.arg(QStringLiteral("x") + QChar(0));
        first.andThen(second);
        QVERIFY(!first.isValid());

        ShellCommand ok("printf %s");
        ok.arg(QStringLiteral("a'b"));
        ShellCommand count("wc -c");
        ok.pipeTo(count);
        QCOMPARE(shellEcho(ok).trimmed(), QByteArray("3"));
    }
};

QTEST_GUILESS_MAIN(TestShellCommand)
#include "TestShellCommand.moc"
