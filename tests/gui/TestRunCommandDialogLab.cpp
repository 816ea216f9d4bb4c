#include "GuiChecks.h"

#include "SshLab.h"

#include <dialogs/HostKeyDialog.h>
#include <exec/RunCommandDialog.h>
#include <inventory/InventoryLoader.h>
#include <log/LogLineModel.h>
#include <ssh/SshPool.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QAbstractSpinBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QThread>
#include <QTreeWidget>

// The Run Command dialog against the lab's real hosts, driven as an operator would:
// pick targets, type the command, read the confirmation, run, read output and results.
class TestRunCommandDialogLab : public QObject
{
    Q_OBJECT

private:
    SshLab m_lab;
    std::optional<nb::Inventory> m_inventory;

    enum SummaryColumn { HostColumn, AddressColumn, ExitColumn, DurationColumn, ResultColumn };

    static QString tag() { return QString::number(QRandomGenerator::global()->generate64(), 36); }

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    // Types the command, presses Run, checks that the confirmation shows exactly the
    // command and the hosts, then confirms (or declines).
    bool pressRun(RunCommandDialog &dialog, const QString &command, const QStringList &hosts, bool confirm = true,
                  const QString &shot = {})
    {
        auto *edit = child<QLineEdit>(dialog, "commandEdit");
        edit->clear();
        QTest::keyClicks(edit, command);
        auto *run = child<QPushButton>(dialog, "runButton");
        if (!run->isEnabled()) {
            qWarning("Run is disabled: %s", qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
            return false;
        }
        QTest::mouseClick(run, Qt::LeftButton);
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = dialog.findChild<QMessageBox *>(QStringLiteral("runConfirmation"))); }, 2000))
            return false;
        const QString shown = QTextDocumentFragment::fromHtml(box->text()).toPlainText();
        if (!shown.contains(command)) {
            qWarning("confirmation does not show the command exactly: %s", qPrintable(shown));
            return false;
        }
        for (const QString &host : hosts) {
            if (!shown.contains(host + QStringLiteral(" — ") + m_lab.user + QLatin1Char('@'))) {
                qWarning("confirmation does not name %s: %s", qPrintable(host), qPrintable(shown));
                return false;
            }
        }
        if (!shot.isEmpty())
            GuiChecks::screenshot(*box, shot);
        auto *button = box->findChild<QPushButton *>(QLatin1String(confirm ? "confirmRunButton" : "declineRunButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    static QStringList summaryColumn(RunCommandDialog &dialog, int column)
    {
        auto *summary = child<QTreeWidget>(dialog, "summaryView");
        QStringList values;
        for (int row = 0; row < summary->topLevelItemCount(); ++row)
            values.append(summary->topLevelItem(row)->text(column));
        return values;
    }

    // Stdout lines of each host in the order the model holds them.
    static QHash<QString, QStringList> linesPerHost(const LogLineModel &model, bool stderrLines)
    {
        QHash<QString, QStringList> lines;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.isStderrAt(row) == stderrLines)
                lines[model.hostAt(row)].append(model.textAt(row));
        }
        return lines;
    }

    QStringList appNodes() const
    {
        QStringList names;
        for (const nb::AppNode &node : m_inventory->app.nodes)
            names.append(node.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        if (!m_lab.load())
            QSKIP("NBLAB_DIR does not name a running lab");
        const auto loaded = nb::InventoryLoader::loadFile(m_lab.inventory);
        QVERIFY(loaded.inventory);
        m_inventory = *loaded.inventory;
        QVERIFY(m_inventory->app.nodes.size() >= 2);
    }

    void eachHostsLinesArriveAttributedAndInOrder()
    {
        RunCommandDialog dialog(*m_inventory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        GuiChecks::verifyAccessibleNames(dialog);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(child<QRadioButton>(dialog, "allTargetsRadio")->isChecked());
        const QString preview = child<QLabel>(dialog, "targetsPreview")->text();
        for (const QString &node : appNodes())
            QVERIFY2(preview.contains(node), qPrintable(preview));

        // Each host numbers its own lines with small pauses, so hosts interleave in the
        // merged view; NBLAB_HOST is the host's own name, set by the lab's sshd.
        const QString command = QStringLiteral(
            "for i in $(seq 1 40); do echo \"$NBLAB_HOST $i\"; [ $((i % 10)) = 0 ] && sleep 0.05; done; "
            "echo \"$NBLAB_HOST <done> & gone\" >&2");
        QSignalSpy finished(&dialog, &RunCommandDialog::runFinished);
        QVERIFY(pressRun(dialog, command, appNodes()));
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(30000));

        const LogLineModel &model = *dialog.output();
        QTRY_COMPARE_WITH_TIMEOUT(model.totalLines(), qint64(41 * appNodes().size()), 5000);
        const auto out = linesPerHost(model, false);
        const auto err = linesPerHost(model, true);
        for (const QString &node : appNodes()) {
            QStringList expected;
            for (int i = 1; i <= 40; ++i)
                expected.append(QStringLiteral("%1 %2").arg(node).arg(i));
            QCOMPARE(out.value(node), expected);
            QCOMPARE(err.value(node), QStringList{node + QStringLiteral(" <done> & gone")});
        }
        QCOMPARE(summaryColumn(dialog, HostColumn), appNodes());
        QCOMPARE(summaryColumn(dialog, ExitColumn), QStringList(appNodes().size(), QStringLiteral("0")));
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "cancelButton")->isEnabled());
    }

    void failingHostShowsItsExitCode()
    {
        RunCommandDialog dialog(*m_inventory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString failing = appNodes().at(1);
        const QString command =
            QStringLiteral("if [ \"$NBLAB_HOST\" = %1 ]; then echo 'disk full' >&2; exit 7; fi; echo fine").arg(failing);
        QSignalSpy finished(&dialog, &RunCommandDialog::runFinished);
        QVERIFY(pressRun(dialog, command, appNodes(), true, QStringLiteral("run-command-confirmation")));
        QVERIFY(finished.wait(30000));

        const QStringList hosts = summaryColumn(dialog, HostColumn);
        const QStringList exits = summaryColumn(dialog, ExitColumn);
        const QStringList results = summaryColumn(dialog, ResultColumn);
        for (int row = 0; row < hosts.size(); ++row) {
            const bool bad = hosts.at(row) == failing;
            QCOMPARE(exits.at(row), bad ? QStringLiteral("7") : QStringLiteral("0"));
            QVERIFY2(results.at(row).contains(bad ? QStringLiteral("7") : QStringLiteral("succeeded")),
                     qPrintable(results.at(row)));
        }
        const QString state = child<QLabel>(dialog, "stateLabel")->text();
        QVERIFY2(state.contains(QStringLiteral("1 of %1").arg(hosts.size())), qPrintable(state));
        QTRY_VERIFY(linesPerHost(*dialog.output(), true).value(failing) == QStringList{QStringLiteral("disk full")});

        QTest::qWait(200);
        GuiChecks::screenshot(dialog, QStringLiteral("run-command"));
    }

    void pickedHostsIncludeLoadBalancerAndDatabase()
    {
        RunCommandDialog dialog(*m_inventory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QRadioButton>(dialog, "hostsTargetsRadio")->setChecked(true);
        auto *list = child<QListWidget>(dialog, "hostList");
        child<QLineEdit>(dialog, "commandEdit")->setText(QStringLiteral("true"));
        QVERIFY2(!child<QPushButton>(dialog, "runButton")->isEnabled(), "no host ticked: nothing to run on");
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("Tick")));
        const QString last = appNodes().constLast();
        for (int row = 0; row < list->count(); ++row) {
            const QString text = list->item(row)->text();
            if (text.startsWith(last + QLatin1Char(' ')) || text.startsWith(QStringLiteral("lb ")) || text.startsWith(QStringLiteral("db ")))
                list->item(row)->setCheckState(Qt::Checked);
        }
        const QStringList picked{last, QStringLiteral("lb"), QStringLiteral("db")};
        QSignalSpy finished(&dialog, &RunCommandDialog::runFinished);
        QVERIFY(pressRun(dialog, QStringLiteral("echo \"$NBLAB_HOST\""), picked));
        QVERIFY(finished.wait(30000));
        QCOMPARE(summaryColumn(dialog, HostColumn), picked);
        QTRY_COMPARE(dialog.output()->totalLines(), qint64(3));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(dialog.output()->textAt(row), dialog.output()->hostAt(row));

        // By role: the database alone.
        child<QRadioButton>(dialog, "roleTargetsRadio")->setChecked(true);
        auto *role = child<QComboBox>(dialog, "roleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("db")));
        QVERIFY(pressRun(dialog, QStringLiteral("echo \"$NBLAB_HOST\""), {QStringLiteral("db")}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(summaryColumn(dialog, HostColumn), QStringList{QStringLiteral("db")});
    }

    // Keyboard alone: Enter in the command line asks; Enter again declines (the safe
    // default); Alt+R in the confirmation runs.
    void keyboardAloneDeclinesByDefaultAndRuns()
    {
        RunCommandDialog dialog(*m_inventory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *edit = child<QLineEdit>(dialog, "commandEdit");
        QCOMPARE(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, QStringLiteral("echo \"key $NBLAB_HOST\""));
        QTest::keyClick(edit, Qt::Key_Return);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (box = dialog.findChild<QMessageBox *>(QStringLiteral("runConfirmation"))); }, 2000));
        QVERIFY(QTest::qWaitForWindowActive(box));
        QTRY_VERIFY(box->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("runConfirmation")));
        QTest::qWait(300);
        QVERIFY(!dialog.isRunning());
        QCOMPARE(dialog.output()->totalLines(), qint64(0));
        QCOMPARE(child<QTreeWidget>(dialog, "summaryView")->topLevelItemCount(), 0);

        QSignalSpy finished(&dialog, &RunCommandDialog::runFinished);
        // The offscreen platform has no window manager to hand activation back.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return (box = dialog.findChild<QMessageBox *>(QStringLiteral("runConfirmation"))); }, 2000));
        QVERIFY(QTest::qWaitForWindowActive(box));
        QTRY_VERIFY(box->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
        QVERIFY(finished.wait(30000));
        QCOMPARE(summaryColumn(dialog, HostColumn), appNodes());
        QTRY_COMPARE(dialog.output()->totalLines(), qint64(appNodes().size()));
    }

    void unknownHostKeyIsAskedAndARefusalIsShown()
    {
        // The same cluster seen from a machine that has never met its hosts.
        QTemporaryDir fresh;
        nb::Inventory inventory = *m_inventory;
        inventory.ssh.knownHosts = fresh.filePath(QStringLiteral("known_hosts"));
        RunCommandDialog dialog(inventory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString node = appNodes().constFirst();
        child<QRadioButton>(dialog, "hostsTargetsRadio")->setChecked(true);
        child<QListWidget>(dialog, "hostList")->item(0)->setCheckState(Qt::Checked);
        QSignalSpy finished(&dialog, &RunCommandDialog::runFinished);
        QVERIFY(pressRun(dialog, QStringLiteral("echo never"), {node}));

        HostKeyDialog *question = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (question = dialog.findChild<HostKeyDialog *>()) && question->isVisible(); },
                                15000));
        QTest::keyClick(question, Qt::Key_Escape); // refusing is the default
        QVERIFY(finished.wait(15000));
        const auto results = finished.first().first().value<QVector<nb::CommandResult>>();
        QCOMPARE(int(results.first().outcome), int(nb::CommandResult::Outcome::NotRun));
        const QString shown = summaryColumn(dialog, ResultColumn).constFirst();
        QVERIFY2(shown.contains(node) && shown.contains(QStringLiteral("SHA256:")) && shown.contains(QStringLiteral("not accepted")),
                 qPrintable(shown));
        QCOMPARE(summaryColumn(dialog, ExitColumn).constFirst(), QStringLiteral("—"));
        QCOMPARE(dialog.output()->totalLines(), qint64(0));
        QVERIFY(!QFileInfo(inventory.ssh.knownHosts).exists() || QFileInfo(inventory.ssh.knownHosts).size() == 0);
    }

    void cancelMidOutputStopsTheRemoteCommands()
    {
        RunCommandDialog dialog(*m_inventory);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The marker sits in the remote shell's own command line, so pgrep finds it.
        const QString marker = QStringLiteral("nbcancel-") + tag();
        const QString command = QStringLiteral("while :; do echo \"tick $NBLAB_HOST\"; sleep 0.05; done; : %1").arg(marker);
        QSignalSpy finished(&dialog, &RunCommandDialog::runFinished);
        QVERIFY(pressRun(dialog, command, appNodes()));
        // Wait until every host is streaming.
        QVERIFY(QTest::qWaitFor([&] {
            const auto out = linesPerHost(*dialog.output(), false);
            for (const QString &node : appNodes()) {
                if (out.value(node).size() < 5)
                    return false;
            }
            return true;
        }, 20000));
        QVERIFY(finished.isEmpty());

        // Escape is the keyboard's cancel: it stops the run and keeps the dialog open.
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(finished.wait(5000));
        const qint64 cancelMs = sinceCancel.elapsed();
        qInfo("cancel took %lld ms for %d hosts", cancelMs, int(appNodes().size()));
        QVERIFY2(cancelMs < 3000, qPrintable(QString::number(cancelMs)));
        QVERIFY(dialog.isVisible());
        const auto results = finished.first().first().value<QVector<nb::CommandResult>>();
        for (const nb::CommandResult &result : results)
            QCOMPARE(int(result.outcome), int(nb::CommandResult::Outcome::Cancelled));
        for (const QString &text : summaryColumn(dialog, ResultColumn))
            QVERIFY2(text.contains(QStringLiteral("cancel")), qPrintable(text));

        // Output stops: nothing more arrives once the batcher has drained.
        QTest::qWait(300);
        const qint64 linesAfterCancel = dialog.output()->totalLines();
        QTest::qWait(500);
        QCOMPARE(dialog.output()->totalLines(), linesAfterCancel);

        // And on every host the remote loop is gone. "[n]bcancel-…" matches the
        // marker but not pgrep's own command line.
        nb::SshPool side;
        const nb::ShellCommand find = nb::ShellCommand("pgrep -f -u")
                                          .arg(m_lab.user)
                                          .arg(QLatin1Char('[') + marker.left(1) + QLatin1Char(']') + marker.mid(1))
                                          .raw("|| echo none");
        for (const QString &node : appNodes()) {
            QStringList seen;
            for (int i = 0; i < 20; ++i) {
                seen = side.run(m_lab.endpoint(node, QStringLiteral("observer")), find).stdoutLines();
                if (seen == QStringList{QStringLiteral("none")})
                    break;
                QThread::msleep(100);
            }
            QVERIFY2(seen == QStringList{QStringLiteral("none")}, qPrintable(node + QStringLiteral(": ") + seen.join(QLatin1Char(' '))));
        }
    }
};

QTEST_MAIN(TestRunCommandDialogLab)
#include "TestRunCommandDialogLab.moc"
