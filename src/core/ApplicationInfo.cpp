#include "ApplicationInfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace nb {

QString ApplicationInfo::organizationName()
{
    return QStringLiteral("nocobase");
}

QString ApplicationInfo::applicationName()
{
    return QStringLiteral("nbconsole");
}

QString ApplicationInfo::version()
{
    return QStringLiteral(NB_VERSION);
}

bool ApplicationInfo::installTranslations(const QString &languageOverride)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    const auto load = [translator](const QLocale &wanted) {
        return translator->load(wanted, QStringLiteral("nbconsole"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    QLocale locale = languageOverride.isEmpty() ? QLocale() : QLocale(languageOverride);
    // A language without a translation (or the C locale of a server or CI shell) gets
    // the English one, which holds the plural forms: "1 minute", not "1 minute(s)".
    if (!load(locale)) {
        locale = QLocale(QLocale::English);
        if (!load(locale)) {
            delete translator;
            return false;
        }
    }
    QCoreApplication::installTranslator(translator);

    // Qt's own texts (standard dialog buttons, "Show Details...", the file dialog) come
    // from Qt's catalogue; without it a Polish window would have English buttons. Only
    // for a language the console itself speaks, so no window mixes in a third one.
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return true;
}

} // namespace nb
