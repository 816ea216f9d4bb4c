#include "FakeNocoBaseNode.h"

#include <details/NodeDetailsPane.h>
#include <log/LogDock.h>
#include <log/LogLineModel.h>
#include <mainwindow/MainWindow.h>
#include <monitor/ClusterMonitor.h>
#include <settings/ConsoleSettings.h>
#include <topology/NodeItem.h>
#include <topology/TopologyScene.h>
#include <topology/TopologyView.h>

#include <QAbstractScrollArea>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // The design's example inventory, with the nodes' health URLs moved to loopback.
    static QString inventoryOnLoopback(const QTemporaryDir &dir, quint16 port)
    {
        QFile example(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml"));
        if (!example.open(QIODevice::ReadOnly))
            return QString();
        QByteArray text = example.readAll();
        text.replace("127.0.99.11", "127.0.0.1").replace("127.0.99.12", "127.0.0.2");
        text.replace("{host}:13000", "{host}:" + QByteArray::number(port));
        const QString path = dir.filePath(QStringLiteral("loopback.yaml"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            return QString();
        return path;
    }

private slots:
    void initTestCase()
    {
        // Settings go to a test location, never to the operator's own configuration.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("nocobase-test"));
        QCoreApplication::setApplicationName(QStringLiteral("nbconsole-test"));
    }

    void showsTheClusterNodesByRole()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openInventory(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml")));

        auto *view = window.findChild<QTreeView *>(QStringLiteral("clusterView"));
        QVERIFY(view);
        const auto *model = view->model();
        QStringList roles;
        for (int row = 0; row < model->rowCount(); ++row)
            roles.append(model->index(row, 0).data().toString());
        QCOMPARE(roles, (QStringList{QStringLiteral("Load balancer"), QStringLiteral("App nodes"),
                                     QStringLiteral("Database"), QStringLiteral("Redis"),
                                     QStringLiteral("Shared storage")}));
        const QModelIndex apps = model->index(1, 0);
        QCOMPARE(model->rowCount(apps), 2);
        QCOMPARE(model->index(0, 0, apps).data().toString(), QStringLiteral("app-1"));
        QCOMPARE(model->index(1, 1, apps).data().toString(), QStringLiteral("127.0.99.12"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("prod-eu")));
        auto *label = window.findChild<QLabel *>(QStringLiteral("clusterLabel"));
        QVERIFY(label->text().contains(QStringLiteral("2 app node")));
        // The picture shows the same nodes.
        QVERIFY(window.topology()->appNode(QStringLiteral("app-1")));
        QVERIFY(window.topology()->appNode(QStringLiteral("app-2")));
    }

    void liveStatusReachesPictureListDetailsAndLog()
    {
        FakeNocoBaseNode fake;
        QVERIFY(fake.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
        QTemporaryDir dir;
        const QString path = inventoryOnLoopback(dir, fake.port());
        QVERIFY(!path.isEmpty());

        MainWindow window;
        window.show();
        QVERIFY(window.openInventory(path));
        TopologyScene *scene = window.topology();
        // app-1 answers like a ready NocoBase; nothing listens for app-2 on 127.0.0.2.
        QTRY_COMPARE(scene->appNode(QStringLiteral("app-1"))->statusLine(), QStringLiteral("Healthy"));
        QTRY_VERIFY(scene->appNode(QStringLiteral("app-2"))->statusLine().startsWith(QStringLiteral("Down")));
        QTRY_VERIFY(scene->appNode(QStringLiteral("app-1"))->lines().contains(QStringLiteral("version 2.2.15")));

        auto *tree = window.findChild<QTreeView *>(QStringLiteral("clusterView"));
        const QModelIndex apps = tree->model()->index(1, 0);
        QTRY_VERIFY(tree->model()->index(1, 2, apps).data().toString().startsWith(QStringLiteral("Down")));

        // Selecting in the picture selects in the list and fills the details.
        scene->selectNode(QStringLiteral("app-1"));
        auto *details = window.findChild<NodeDetailsPane *>(QStringLiteral("detailsPane"));
        QCOMPARE(details->node(), QStringLiteral("app-1"));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("app-1"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("versionValue"))->text(), QStringLiteral("2.2.15"));
        QTRY_VERIFY(details->pointCount(nb::Metric::HealthLatencyMs) >= 1);

        // And the other way: the list drives the picture.
        tree->setCurrentIndex(tree->model()->index(1, 0, apps));
        QCOMPARE(scene->selectedNode(), QStringLiteral("app-2"));

        // Health changes are written to the log, failures on the error stream.
        LogLineModel *log = window.logDock()->lines();
        QTRY_VERIFY(log->rowCount() >= 2);
        bool downLogged = false;
        for (int row = 0; row < log->rowCount(); ++row) {
            const QModelIndex index = log->index(row, 0);
            if (index.data(LogLineModel::HostRole) == QStringLiteral("app-2")
                && index.data(LogLineModel::LineTextRole).toString().contains(QStringLiteral("Down")))
                downLogged = index.data(LogLineModel::IsStderrRole).toBool();
        }
        QVERIFY(downLogged);
    }

    void settingsAndLayoutSurviveARestart()
    {
        ConsoleSettings settings;
        settings.setPollIntervalMs(7000);
        settings.setLogLineCap(12345);
        {
            MainWindow window;
            QCOMPARE(window.monitor()->interval(), 7000);
            QCOMPARE(window.logDock()->lines()->lineCap(), 12345);
            window.show();
            QVERIFY(window.openInventory(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml")));
            window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->hide();
            window.close();
        }
        QVERIFY(ConsoleSettings().recentInventories().first().endsWith(QStringLiteral("design-example.yaml")));
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->isHidden());
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("logDock"))->isHidden());
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openInventory(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml")));
        QStringList unnamed;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            // A scroll area's viewport is part of the named area, not a control of its own.
            const auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
            if (area && area->viewport() == widget)
                continue;
            const bool control = widget->focusPolicy() != Qt::NoFocus && widget->isVisibleTo(&window)
                && !widget->inherits("QScrollBar") && !widget->inherits("QMenu") && !widget->inherits("QTabBar")
                && !widget->inherits("QHeaderView") && !widget->objectName().startsWith(QLatin1String("qt_"));
            const bool labelled = !widget->accessibleName().isEmpty()
                || (widget->inherits("QAbstractButton") && !widget->property("text").toString().isEmpty());
            if (control && !labelled)
                unnamed.append(QStringLiteral("%1 (%2 in %3)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()), widget->parentWidget() ? widget->parentWidget()->objectName() : QString()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
