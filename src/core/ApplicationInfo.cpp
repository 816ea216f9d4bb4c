#include "ApplicationInfo.h"

#include <QCoreApplication>
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
    const QLocale locale = languageOverride.isEmpty() ? QLocale() : QLocale(languageOverride);
    if (!translator->load(locale, QStringLiteral("nbconsole"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace nb
