#include <mainwindow/MainWindow.h>

#include <QLabel>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
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
        QCOMPARE(model->index(1, 1, apps).data().toString(), QStringLiteral("10.0.0.12"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("prod-eu")));
        auto *label = window.findChild<QLabel *>(QStringLiteral("clusterLabel"));
        QVERIFY(label->text().contains(QStringLiteral("2 app node")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
