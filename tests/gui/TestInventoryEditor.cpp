#include <inventory/InventoryEditorDialog.h>
#include <inventory/InventoryLoader.h>
#include <mainwindow/MainWindow.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestInventoryEditor : public QObject
{
    Q_OBJECT

private:
    static QPushButton *saveButton(InventoryEditorDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }
    static QLabel *message(InventoryEditorDialog &dialog, const QString &field)
    {
        return dialog.findChild<QLabel *>(field + QStringLiteral(".message"));
    }

private slots:
    void initTestCase()
    {
        // The main window's settings go to a test location, never the operator's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("nocobase-test"));
        QCoreApplication::setApplicationName(QStringLiteral("nbconsole-test"));
    }

    void editsAreCheckedAtTheFieldAndSavedWithComments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("cluster.yaml"));
        InventoryEditorDialog dialog;
        QVERIFY(dialog.openExample());
        dialog.setSavePath(target);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(saveButton(dialog)->isEnabled());

        auto *cluster = dialog.findChild<QLineEdit *>(QStringLiteral("cluster"));
        QCOMPARE(cluster->text(), QStringLiteral("prod-eu"));
        cluster->setFocus();
        cluster->selectAll();
        QTest::keyClick(cluster, Qt::Key_Delete);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QTRY_VERIFY(message(dialog, QStringLiteral("cluster"))->isVisible());
        QVERIFY(!message(dialog, QStringLiteral("cluster"))->text().isEmpty());
        QVERIFY(!saveButton(dialog)->isEnabled());
        QTest::keyClicks(cluster, QStringLiteral("staging-1"));
        QTRY_VERIFY(!message(dialog, QStringLiteral("cluster"))->isVisible());

        // A second node named like the first: the message sits at the node table.
        auto *nodes = dialog.findChild<QTableWidget *>(QStringLiteral("app.nodes"));
        QCOMPARE(nodes->rowCount(), 3);
        nodes->item(1, 0)->setText(QStringLiteral("app-1"));
        QLabel *nodesMessage = message(dialog, QStringLiteral("app.nodes"));
        QTRY_VERIFY(nodesMessage->isVisible());
        QVERIFY2(nodesMessage->text().contains(QStringLiteral("app-1")), qPrintable(nodesMessage->text()));
        QVERIFY(nodesMessage->text().contains(QStringLiteral("Row 2")));
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("inventory-editor.png")));
        QVERIFY(!saveButton(dialog)->isEnabled());
        nodes->item(1, 0)->setText(QStringLiteral("app-2b"));
        QTRY_VERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(!nodesMessage->isVisible());

        // Structural edits: drop the first node, add one with its own address.
        nodes->setCurrentCell(0, 0);
        const auto buttons = dialog.findChildren<QPushButton *>();
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
        for (QPushButton *button : buttons) {
            if (button->accessibleName() == QStringLiteral("Add node"))
                add = button;
            if (button->accessibleName() == QStringLiteral("Remove the selected node"))
                remove = button;
        }
        QVERIFY(add && remove);
        remove->click();
        add->click();
        QCOMPARE(nodes->rowCount(), 3);
        QTRY_VERIFY(message(dialog, QStringLiteral("app.nodes"))->isVisible()); // empty name and host
        QVERIFY(!saveButton(dialog)->isEnabled());
        nodes->item(2, 0)->setText(QStringLiteral("app-4"));
        nodes->item(2, 1)->setText(QStringLiteral("10.0.0.14"));
        nodes->item(2, 2)->setText(QStringLiteral("192.168.5.14"));
        auto *image = dialog.findChild<QLineEdit *>(QStringLiteral("app.image"));
        image->setFocus();
        image->selectAll();
        QTest::keyClicks(image, QStringLiteral("registry.example.org/nocobase"));
        QTRY_VERIFY(saveButton(dialog)->isEnabled());

        QSignalSpy saved(&dialog, &InventoryEditorDialog::saved);
        QVERIFY(dialog.save());
        QCOMPARE(saved.count(), 1);
        const auto loaded = nb::InventoryLoader::loadFile(target);
        QVERIFY(loaded.inventory);
        const nb::Inventory &inventory = *loaded.inventory;
        QCOMPARE(inventory.cluster, QStringLiteral("staging-1"));
        QCOMPARE(inventory.app.image, QStringLiteral("registry.example.org/nocobase"));
        QCOMPARE(inventory.app.nodes.size(), 3);
        QCOMPARE(inventory.app.nodes.at(0).name, QStringLiteral("app-2b"));
        QCOMPARE(inventory.app.nodes.at(1).name, QStringLiteral("app-3"));
        // The kept node keeps what the form does not show (its own ssh port).
        QCOMPARE(inventory.app.nodes.at(1).ssh.port, 2222);
        QCOMPARE(inventory.app.nodes.at(2).name, QStringLiteral("app-4"));
        QCOMPARE(inventory.app.nodes.at(2).host, QStringLiteral("10.0.0.14"));
        QCOMPARE(inventory.app.nodes.at(2).address, QStringLiteral("192.168.5.14"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("# NocoBase Cluster Console — inventory of one cluster."));
        // The edited line keeps its own comment.
        const QRegularExpression clusterLine(QStringLiteral("^cluster: staging-1 +# a name: letters, digits"),
                                             QRegularExpression::MultilineOption);
        QVERIFY2(clusterLine.match(QString::fromUtf8(text)).hasMatch(), text.constData());
        QVERIFY(text.contains("  #   deployment: nocobase-app"));
    }

    void tabWalksTheFormInReadingOrder()
    {
        InventoryEditorDialog dialog;
        QVERIFY(dialog.openExample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *cluster = dialog.findChild<QLineEdit *>(QStringLiteral("cluster"));
        cluster->setFocus();
        QStringList seen{cluster->objectName()};
        for (int step = 0; step < 24; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            const QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QVERIFY2(!focus->accessibleName().isEmpty(), qPrintable(focus->metaObject()->className()));
            seen.append(focus->objectName().isEmpty() ? focus->accessibleName() : focus->objectName());
        }
        const QStringList order{QStringLiteral("cluster"), QStringLiteral("ssh.user"), QStringLiteral("app.runtime"),
                                QStringLiteral("app.nodes"), QStringLiteral("Add node"),
                                QStringLiteral("load_balancer.kind"), QStringLiteral("database.port"),
                                QStringLiteral("database.password"), QStringLiteral("database.backup_dir")};
        qsizetype last = -1;
        for (const QString &name : order) {
            const qsizetype at = seen.indexOf(name);
            QVERIFY2(at > last, qPrintable(name));
            last = at;
        }
    }

    void savingFromTheMainWindowReloadsTheCluster()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cluster.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(NB_TEST_DATA_DIR "/inventory/valid/design-example.yaml"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        MainWindow window;
        QVERIFY(window.openInventory(path));
        InventoryEditorDialog *dialog = window.openInventoryEditor(false);
        QVERIFY(dialog);
        auto *cluster = dialog->findChild<QLineEdit *>(QStringLiteral("cluster"));
        cluster->setText(QStringLiteral("renamed-cluster"));
        QVERIFY(dialog->save());
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("renamed-cluster")), qPrintable(window.windowTitle()));
        dialog->close();
    }

    void passwordModeIsWrittenAsTheFileSpellsIt()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("env.yaml"));
        InventoryEditorDialog dialog;
        QVERIFY(dialog.openExample());
        dialog.setSavePath(target);
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("database.password"));
        auto *env = dialog.findChild<QLineEdit *>(QStringLiteral("database.password.env"));
        QVERIFY(!env->isEnabled());
        mode->setCurrentIndex(mode->findData(QStringLiteral("env:")));
        QVERIFY(env->isEnabled());
        env->setText(QStringLiteral("NB_DB_PASSWORD"));
        QVERIFY(dialog.save());
        const auto loaded = nb::InventoryLoader::loadFile(target);
        QVERIFY(loaded.inventory);
        QCOMPARE(loaded.inventory->database.password, QStringLiteral("env:NB_DB_PASSWORD"));
    }
};

QTEST_MAIN(TestInventoryEditor)
#include "TestInventoryEditor.moc"
