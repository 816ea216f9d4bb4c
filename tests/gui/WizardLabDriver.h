#pragma once

#include "GuiChecks.h"

#include "ProcedureLab.h"

#include <inventory/Inventory.h>
#include <inventory/InventoryLoader.h>
#include <wizard/ProcedureWizard.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <functional>

// Operates a ProcedureWizard as a person at the keyboard would (read the step, confirm
// it, press Run), answers the modal dialogs it opens, and reads the lab from outside:
// the nginx upstream file and each app host's container state, besides the HTTP views
// ProcedureLab has. Screenshots of the pages go to NB_SCREENSHOT_DIR when it is set.
class WizardLabDriver
{
public:
    enum class Asked { Run, Failure, Done };

    ProcedureLab lab;
    nb::Inventory inventory;

    // Reads lab.json beyond what ProcedureLab needs: the upstream file and state dirs.
    bool load()
    {
        if (!lab.load())
            return false;
        QFile file(lab.dir + QStringLiteral("/lab.json"));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject lb = json.value(QStringLiteral("lb")).toObject();
        m_upstreamFile = lb.value(QStringLiteral("upstream_file")).toString();
        m_modeFile = lb.value(QStringLiteral("mode_file")).toString();
        for (const auto &value : json.value(QStringLiteral("apps")).toArray()) {
            const QJsonObject app = value.toObject();
            m_appAddresses.append(app.value(QStringLiteral("address")).toString());
            m_stateDirs.append(app.value(QStringLiteral("state_dir")).toString());
        }
        return !m_upstreamFile.isEmpty() && m_stateDirs.size() == lab.nodeUrls.size();
    }

    // What each wizard lab test does once: the lab, a journal folder of its own, the
    // lab's inventory as the wizard gets it.
    void initSuite()
    {
        QVERIFY2(load(), "NBLAB_DIR must name a running lab (lab.json)");
        qputenv("XDG_DATA_HOME", lab.data.path().toLocal8Bit());
        const auto loaded = nb::InventoryLoader::loadFile(lab.inventory);
        QVERIFY2(loaded.inventory, qPrintable(lab.inventory));
        inventory = *loaded.inventory;
    }

    bool resetLab() const
    {
        const QString command = qEnvironmentVariable("NBLAB_RESET_COMMAND");
        if (command.isEmpty())
            return lab.reset();
        QProcess process;
        process.startCommand(command);
        return process.waitForFinished(180000) && process.exitCode() == 0;
    }

    bool firstStartByCli() const
    {
        const auto run = lab.cli({QStringLiteral("first-start"), QStringLiteral("--yes")});
        if (run.exitCode != 0)
            qWarning("first-start: %s", qPrintable(run.err));
        return run.exitCode == 0;
    }

    // The app hosts' addresses in the nginx upstream file, in its order.
    QStringList upstreamAddresses() const
    {
        QFile file(m_upstreamFile);
        QStringList addresses;
        if (!file.open(QIODevice::ReadOnly))
            return addresses;
        static const QRegularExpression server(QStringLiteral("^\\s*server\\s+([0-9.]+):\\d+"));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const auto match = server.match(line);
            if (match.hasMatch())
                addresses.append(match.captured(1));
        }
        return addresses;
    }
    QString loadBalancerMode() const
    {
        QFile file(m_modeFile);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    }
    const QStringList &appAddresses() const { return m_appAddresses; }

    // What the lab's docker look-alike on each app host says its container is doing
    // ("running", "exited", or empty when it has none).
    QStringList containerStates() const
    {
        QStringList states;
        for (const QString &dir : m_stateDirs) {
            const QFileInfoList runs = QDir(dir + QStringLiteral("/containers"))
                                           .entryInfoList({QStringLiteral("*.run.json")}, QDir::Files);
            QString state;
            if (!runs.isEmpty()) {
                QFile file(runs.first().filePath());
                if (file.open(QIODevice::ReadOnly))
                    state = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("State")).toString();
            }
            states.append(state);
        }
        return states;
    }

    // Status codes of several requests in a row through the load balancer.
    QList<int> lbAnswers(int count) const
    {
        QList<int> codes;
        for (int i = 0; i < count; ++i)
            codes.append(lab.lbStatus());
        return codes;
    }

    template<typename T>
    static T *child(QWidget &wizard, const char *name)
    {
        return wizard.findChild<T *>(QString::fromLatin1(name));
    }

    ProcedureWizard *startWizard(ProcedureWizard::Kind kind, const QString &currentVersion,
                                 const QString &version = QString()) const
    {
        auto *wizard = new ProcedureWizard(kind, inventory, currentVersion);
        wizard->show();
        if (!version.isEmpty())
            child<QLineEdit>(*wizard, "versionEdit")->setText(version);
        QTest::mouseClick(child<QPushButton>(*wizard, "startButton"), Qt::LeftButton);
        return wizard;
    }

    // Waits until the wizard asks for Run or for a choice after a failure, or shows a
    // page between runs (the maintenance checklist, the summary).
    static Asked waitForQuestion(ProcedureWizard &wizard, int timeoutMs = 300000)
    {
        auto *decline = child<QPushButton>(wizard, "declineButton");
        auto *failure = child<QWidget>(wizard, "failureBox");
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const int page = wizard.currentPage();
            if (page == ProcedureWizard::SummaryPage || page == ProcedureWizard::ChecklistPage)
                return Asked::Done;
            if (decline->isVisible())
                return Asked::Run;
            if (failure->isVisible())
                return Asked::Failure;
            QTest::qWait(50);
        }
        return Asked::Done;
    }

    // Gives the confirmation the page asks for (tick, or the cluster name after a wrong
    // one kept Run disabled), then presses Run. The step's title, or empty on a failed
    // check.
    QString confirmAndRun(ProcedureWizard &wizard) const
    {
        auto *run = child<QPushButton>(wizard, "runButton");
        auto *nameEdit = child<QLineEdit>(wizard, "clusterNameEdit");
        auto *confirmBox = child<QCheckBox>(wizard, "confirmBox");
        const QString title = child<QLabel>(wizard, "stepTitle")->text();
        [&] {
            QCOMPARE(wizard.currentPage(), int(ProcedureWizard::StepPage));
            QVERIFY(!title.isEmpty());
            QVERIFY(!child<QWidget>(wizard, "commandsView")->property("plainText").toString().isEmpty());
            if (nameEdit->isVisible()) {
                QVERIFY(!run->isEnabled());
                QTest::keyClicks(nameEdit, inventory.cluster + QStringLiteral("x"));
                QVERIFY2(!run->isEnabled(), "a wrong cluster name must keep Run disabled");
                nameEdit->setText(inventory.cluster);
            } else if (confirmBox->isVisible()) {
                QVERIFY(!run->isEnabled());
                confirmBox->setChecked(true);
            }
            QVERIFY(run->isEnabled());
            QTest::mouseClick(run, Qt::LeftButton);
        }();
        return QTest::currentTestFailed() ? QString() : title;
    }

    // Runs every step the wizard asks for until it leaves the step page; the titles.
    QStringList runToEnd(ProcedureWizard &wizard) const
    {
        QStringList titles;
        while (waitForQuestion(wizard) == Asked::Run) {
            const QString title = confirmAndRun(wizard);
            if (title.isEmpty())
                break;
            titles.append(title);
        }
        return titles;
    }

    // Answers the next modal window (a message box, a file dialog) once it is open:
    // `answer` gets it while the caller's exec() is still running.
    static void whenModalOpens(const std::function<void(QWidget *)> &answer)
    {
        auto *poll = new QTimer;
        poll->setInterval(20);
        QElapsedTimer clock;
        clock.start();
        QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, clock] {
            QWidget *modal = QApplication::activeModalWidget();
            const bool open = modal && modal->isVisible();
            if (!open && clock.elapsed() < 30000)
                return;
            poll->stop();
            poll->deleteLater();
            if (open)
                answer(modal);
        });
        poll->start();
    }

    static void screenshot(QWidget &widget, const QString &name)
    {
        if (qEnvironmentVariableIsEmpty("NB_SCREENSHOT_DIR"))
            return;
        QTest::qWait(100); // let the last queued lines reach the log view
        GuiChecks::screenshot(widget, name);
    }

private:
    QString m_upstreamFile;
    QString m_modeFile;
    QStringList m_appAddresses;
    QStringList m_stateDirs;
};
