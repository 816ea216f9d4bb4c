#pragma once

#include <QString>

namespace nb {

// Names and version shared by the GUI, the CLI and their data folders.
struct ApplicationInfo
{
    static QString organizationName();
    static QString applicationName();
    static QString version();
    // Installs the translation for the system (or a chosen) language into the running
    // QCoreApplication, English for a language the console does not speak; returns
    // false when not even that is available.
    static bool installTranslations(const QString &languageOverride = QString());
};

} // namespace nb
