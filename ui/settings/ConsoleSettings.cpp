#include "ConsoleSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString PollInterval = QStringLiteral("monitor/pollIntervalMs");
const QString LineCap = QStringLiteral("log/lineCap");
const QString Language = QStringLiteral("ui/language");
const QString Recent = QStringLiteral("recent/inventories");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");

} // namespace

int ConsoleSettings::pollIntervalMs() const
{
    return qBound(500, QSettings().value(PollInterval, DefaultPollIntervalMs).toInt(), 600000);
}

void ConsoleSettings::setPollIntervalMs(int ms)
{
    QSettings().setValue(PollInterval, ms);
}

int ConsoleSettings::logLineCap() const
{
    return qBound(1000, QSettings().value(LineCap, DefaultLogLineCap).toInt(), 10000000);
}

void ConsoleSettings::setLogLineCap(int lines)
{
    QSettings().setValue(LineCap, lines);
}

QString ConsoleSettings::language() const
{
    return QSettings().value(Language).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    QSettings().setValue(Language, language);
}

QStringList ConsoleSettings::recentInventories() const
{
    return QSettings().value(Recent).toStringList();
}

void ConsoleSettings::addRecentInventory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentInventories();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentClusters)
        recent.removeLast();
    QSettings().setValue(Recent, recent);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return QSettings().value(Geometry).toByteArray();
}

QByteArray ConsoleSettings::windowState() const
{
    return QSettings().value(State).toByteArray();
}

void ConsoleSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(Geometry, geometry);
    settings.setValue(State, state);
}
