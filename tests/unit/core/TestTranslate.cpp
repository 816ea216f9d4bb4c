#include <core/ApplicationInfo.h>
#include <core/Translate.h>

#include <QTest>

// The file-local tr() helpers' lookup, with the Polish translation the console ships,
// and Qt's own texts beside it.
class TestTranslate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(nb::ApplicationInfo::installTranslations(QStringLiteral("pl_PL"))); }

    void aMemberFunctionsTextIsFoundUnderItsClass()
    {
        // lupdate filed it under nb::ClusterSteps (a member of ClusterSteps makes it).
        const char *text = "Copy the backup to this computer";
        QCOMPARE(nb::translate("nb::ClusterSteps", text), QStringLiteral("Skopiuj kopię zapasową na ten komputer"));
    }

    void aFreeFunctionsTextIsFoundUnderTheNamespace()
    {
        // lupdate filed it under nb (a free helper function in ProcedureRunner.cpp makes it);
        // its source is not Latin-1, which the fallback must not mistake for a translation.
        const char *text = "%1 — go on?";
        QCOMPARE(nb::translate("nb::ProcedureRunner", text), QStringLiteral("%1 — kontynuować?"));
    }

    void qtsOwnButtonsSpeakTheSameLanguage()
    {
        // The standard buttons and message boxes come from Qt's catalogue, not ours.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Tak"));
        QCOMPARE(QCoreApplication::translate("QMessageBox", "Show Details..."), QStringLiteral("Pokaż szczegóły..."));
    }

    void anUnknownTextStaysAsWritten()
    {
        QCOMPARE(nb::translate("nb::ProcedureRunner", "not a message — of ours"),
                 QStringLiteral("not a message — of ours"));
    }
};

QTEST_GUILESS_MAIN(TestTranslate)
#include "TestTranslate.moc"
