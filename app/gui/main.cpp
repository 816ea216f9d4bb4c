#include <accessibility/AccessibleNames.h>
#include <mainwindow/MainWindow.h>
#include <settings/ConsoleSettings.h>

#include <core/ApplicationInfo.h>
#include <core/WorkerPriority.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    nb::WorkerPriority::setBelowUi(true);
    AccessibleNames::install(&app);
    QApplication::setOrganizationName(nb::ApplicationInfo::organizationName());
    QApplication::setApplicationName(nb::ApplicationInfo::applicationName());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "NocoBase Cluster Console"));
    QApplication::setApplicationVersion(nb::ApplicationInfo::version());
    QApplication::setDesktopFileName(QStringLiteral("com.nocobase.nbconsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nbconsole.svg")));
    nb::ApplicationInfo::installTranslations(ConsoleSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for NocoBase clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption inventory(QStringLiteral("inventory"),
                                       QApplication::translate("main", "Open the cluster inventory FILE."),
                                       QStringLiteral("FILE"));
    parser.addOption(inventory);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(inventory))
        window.openInventory(parser.value(inventory));
    return app.exec();
}
