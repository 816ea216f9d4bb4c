#include <inventory/InventoryDocument.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using nb::InventoryDocument;

namespace {

const QString Source = QStringLiteral(NB_TEST_DATA_DIR "/inventory/edit/commented.yaml");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Lines of `after` that are not in `before`, and the other way round: what an edit
// changed, as an operator diffing the file would see it.
QPair<QByteArrayList, QByteArrayList> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QByteArrayList a = before.split('\n');
    const QByteArrayList b = after.split('\n');
    QByteArrayList removed, added;
    for (const auto &line : a)
        if (!b.contains(line))
            removed.append(line);
    for (const auto &line : b)
        if (!a.contains(line))
            added.append(line);
    return {removed, added};
}

} // namespace

class TestInventoryDocument : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsCommentsAndOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.yaml"));
        QVERIFY(QFile::copy(Source, path));
        const QByteArray original = readAll(path);

        InventoryDocument document;
        QVERIFY(document.load(path).isEmpty());
        QString error;
        QVERIFY2(document.setValue(QStringLiteral("app.nodes[1].host"), QStringLiteral("10.0.0.13"), &error),
                 qPrintable(error));
        QVERIFY2(document.setValue(QStringLiteral("load_balancer.host"), QStringLiteral("lb.example.org"), &error),
                 qPrintable(error));
        QVERIFY(document.save().isEmpty());

        const QByteArray saved = readAll(path);
        const auto [removed, added] = changedLines(original, saved);
        QCOMPARE(removed, (QByteArrayList{"      host: \"10.0.0.12\"", "  host: 10.0.0.10"}));
        QCOMPARE(added, (QByteArrayList{"      host: 10.0.0.13", "  host: lb.example.org"}));

        InventoryDocument reloaded;
        QVERIFY(reloaded.load(path).isEmpty());
        QCOMPARE(reloaded.inventory().app.nodes.at(1).host, QStringLiteral("10.0.0.13"));
        QCOMPARE(reloaded.inventory().loadBalancer.host, QStringLiteral("lb.example.org"));
        QVERIFY(saved.contains("# Production cluster in Frankfurt. Owner: ops@example.org\n"));
        QVERIFY(saved.contains("host: 10.0.0.11}   # rack A\n"));
        QVERIFY(saved.contains("upstream.conf  # inside upstream nocobase { }\n"));
    }

    void valuesInFlowMappingsAndNewKeys()
    {
        InventoryDocument document;
        QVERIFY(document.loadText(readAll(Source), QStringLiteral("x.yaml")).isEmpty());
        QString error;
        QVERIFY2(document.setValue(QStringLiteral("app.compose.project_dir"), QStringLiteral("/srv/nb"), &error),
                 qPrintable(error));
        QVERIFY(document.text().contains("compose: {project_dir: /srv/nb, service: app}\n"));
        // A missing key in a flow mapping goes before its closing brace ...
        QVERIFY2(document.setValue(QStringLiteral("database.port"), QStringLiteral("6432"), &error),
                 qPrintable(error));
        QVERIFY(document.text().contains("backup_dir: /var/backups/nocobase, port: 6432}\n"));
        // ... and in a block mapping after its last line, at its indentation.
        QVERIFY2(document.setValue(QStringLiteral("load_balancer.lock_path"), QStringLiteral("/var/lock/nb x"),
                                   &error), qPrintable(error));
        QVERIFY(document.text().contains("  nginx: sudo -n /usr/sbin/nginx\n  lock_path: '/var/lock/nb x'\n"));
        QCOMPARE(document.inventory().database.port, 6432);
        QCOMPARE(document.inventory().loadBalancer.lockPath, QStringLiteral("/var/lock/nb x"));
    }

    void nodesAreAddedAndRemoved()
    {
        InventoryDocument document;
        QVERIFY(document.loadText(readAll(Source), QStringLiteral("x.yaml")).isEmpty());
        QString error;
        QVERIFY2(document.appendNode(QStringLiteral("app-3"), QStringLiteral("10.0.0.14"), &error), qPrintable(error));
        QVERIFY(document.text().contains("      ssh: {port: 2222}\n    - {name: app-3, host: 10.0.0.14}\n\n"));
        QCOMPARE(document.inventory().app.nodes.size(), 3);
        QVERIFY2(document.removeNode(QStringLiteral("app-2"), &error), qPrintable(error));
        QCOMPARE(document.inventory().app.nodes.size(), 2);
        QCOMPARE(document.inventory().app.nodes.at(1).name, QStringLiteral("app-3"));
        QVERIFY(!document.text().contains("rack B"));
        QVERIFY(document.text().contains("# rack A"));
    }

    // An edit that would break the inventory is refused and changes nothing.
    void invalidEditsChangeNothing()
    {
        InventoryDocument document;
        QVERIFY(document.loadText(readAll(Source), QStringLiteral("x.yaml")).isEmpty());
        const QByteArray before = document.text();
        QString error;
        QVERIFY(!document.setValue(QStringLiteral("app.nodes[0].name"), QStringLiteral("app-2"), &error));
        QVERIFY2(error.contains(QStringLiteral("duplicate node name 'app-2'")), qPrintable(error));
        QVERIFY(!document.setValue(QStringLiteral("app.compose.project_dir"), QStringLiteral("relative"), &error));
        QVERIFY2(error.contains(QStringLiteral("'relative' is not an absolute path")), qPrintable(error));
        QVERIFY(!document.setValue(QStringLiteral("app.nodes[7].host"), QStringLiteral("h"), &error));
        QVERIFY(!document.appendNode(QStringLiteral("app-3"), QStringLiteral("10.0.0.11"), &error));
        QVERIFY2(error.contains(QStringLiteral("is the same host as node 'app-1'")), qPrintable(error));
        QVERIFY(!document.setValue(QStringLiteral("redis.url"), QStringLiteral("redis://r"), &error));
        QCOMPARE(document.text(), before);
    }

    void valuesThatNeedQuotesAreQuoted()
    {
        InventoryDocument document;
        QVERIFY(document.loadText(readAll(Source), QStringLiteral("x.yaml")).isEmpty());
        QString error;
        QVERIFY2(document.setValue(QStringLiteral("load_balancer.nginx"), QStringLiteral("it's #1: nginx"),
                                   &error), qPrintable(error));
        QVERIFY(document.text().contains("  nginx: 'it''s #1: nginx'\n"));
        QCOMPARE(document.inventory().loadBalancer.nginx, QStringLiteral("it's #1: nginx"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryDocument)
#include "TestInventoryDocument.moc"
