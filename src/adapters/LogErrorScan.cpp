#include "LogErrorScan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace nb {

namespace {

const QLatin1String HealthNoise("responseErrorWithCode");

// "app-1  | {...}" from docker compose logs without --no-log-prefix.
QString withoutComposePrefix(const QString &line)
{
    static const QRegularExpression prefix(QStringLiteral("^[A-Za-z0-9_.-]+\\s*\\|\\s"));
    const auto match = prefix.match(line);
    return match.hasMatch() ? line.mid(match.capturedLength()) : line;
}

} // namespace

bool LogErrorScan::isErrorLine(const QString &raw)
{
    const QString line = withoutComposePrefix(raw).trimmed();
    if (line.contains(HealthNoise))
        return false;
    if (line.startsWith(QLatin1Char('{'))) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        if (!object.isEmpty()) {
            const QString level = object.value(QStringLiteral("level")).toString().toLower();
            return level == QLatin1String("error") || level == QLatin1String("fatal");
        }
    }
    // NocoBase's text format tags the level ("2024-05-01 10:00:00 [error] ..."); other
    // tools write ERROR; an uncaught Node.js exception starts with "Error:". A plain
    // "error" inside a sentence is not a level.
    static const QRegularExpression textLevel(QStringLiteral(
        "\\[(?i:error|fatal)\\]|(^|\\s)(ERROR|FATAL)(\\s|:|$)|^[A-Za-z]*Error: "));
    return textLevel.match(line).hasMatch();
}

QStringList LogErrorScan::errorLines(const QStringList &lines)
{
    // A request that reaches NocoBase's gateway before its supervisor has the app gets
    // 404 APP_NOT_FOUND (health-poll noise), and the supervisor logs "App model NAME not
    // found" beside it, in either order. That line is noise only with such an answer.
    static const QRegularExpression notFoundAnswer(
        QStringLiteral("\"code\":\"APP_NOT_FOUND\".*\"appName\":\"([^\"]+)\""));
    static const QRegularExpression noAppModel(QStringLiteral("\"message\":\"App model (\\S+) not found\""));
    QSet<QString> answeredNotFound;
    for (const QString &line : lines) {
        if (line.contains(HealthNoise)) {
            const auto match = notFoundAnswer.match(line);
            if (match.hasMatch())
                answeredNotFound.insert(match.captured(1));
        }
    }
    QStringList errors;
    for (const QString &line : lines) {
        if (!isErrorLine(line))
            continue;
        const auto model = noAppModel.match(line);
        if (model.hasMatch() && answeredNotFound.contains(model.captured(1)))
            continue;
        errors.append(line);
    }
    return errors;
}

} // namespace nb
