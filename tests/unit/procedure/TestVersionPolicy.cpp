#include <procedure/VersionPolicy.h>

#include <QTest>

using nb::VersionPolicy;

class TestVersionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void floatingTagsAreRefused_data()
    {
        QTest::addColumn<QString>("tag");
        for (const char *tag : {"latest", "main", "beta", "alpha", "next", "latest-full", "2.2-latest", "2.2",
                                "2", "beta-full", "2.2.15-latest"})
            QTest::newRow(tag) << QString::fromLatin1(tag);
    }
    void floatingTagsAreRefused()
    {
        QFETCH(QString, tag);
        QVERIFY(VersionPolicy::isFloatingTag(tag));
        QVERIFY(VersionPolicy::refusal(tag).contains(QStringLiteral("floating")));
    }

    void exactReleasesAreAccepted()
    {
        for (const char *tag : {"2.2.15", "2.2.15-full", "1.9.0-no-nginx", "2.3.0-beta.3", "v1.2.3"})
            QVERIFY2(VersionPolicy::refusal(QString::fromLatin1(tag)).isEmpty(), tag);
        QVERIFY(!VersionPolicy::refusal(QStringLiteral("2.2.15; rm -rf /")).isEmpty());
    }

    void versionsCompareByNumbers()
    {
        QVERIFY(VersionPolicy::compare(QStringLiteral("2.2.9"), QStringLiteral("2.2.10")) < 0);
        QVERIFY(VersionPolicy::compare(QStringLiteral("2.3.0-beta.1"), QStringLiteral("2.3.0")) < 0);
        QCOMPARE(VersionPolicy::compare(QStringLiteral("2.2.15-full"), QStringLiteral("2.2.15")), 0);
        QVERIFY(VersionPolicy::compare(QStringLiteral("3.0.0"), QStringLiteral("2.9.9")) > 0);
    }

    void minorJumpCountsMinorVersions()
    {
        QCOMPARE(VersionPolicy::minorJump(QStringLiteral("2.2.14"), QStringLiteral("2.2.15")), 0);
        QCOMPARE(VersionPolicy::minorJump(QStringLiteral("2.0.3"), QStringLiteral("2.3.0")), 3);
        QVERIFY(VersionPolicy::minorJump(QStringLiteral("1.9.0"), QStringLiteral("2.0.0")) >= 2);
    }
};

QTEST_GUILESS_MAIN(TestVersionPolicy)
#include "TestVersionPolicy.moc"
