#pragma once

#include <QByteArray>
#include <QStringList>

// The GUI's preferences and window state, kept with QSettings under the application's
// name so they survive restarts. Defaults live here and nowhere else.
class ConsoleSettings
{
public:
    static constexpr int DefaultPollIntervalMs = 2000;
    static constexpr int DefaultLogLineCap = 100000;
    static constexpr int MaxRecentClusters = 8;

    int pollIntervalMs() const;
    void setPollIntervalMs(int ms);
    int logLineCap() const;
    void setLogLineCap(int lines);
    // A locale name such as "pl" or "zh_CN"; empty follows the desktop.
    QString language() const;
    void setLanguage(const QString &language);

    QStringList recentInventories() const;
    // Puts the path first, without duplicates, keeping at most MaxRecentClusters.
    void addRecentInventory(const QString &path);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
};
