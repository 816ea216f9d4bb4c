#include "ComposeFile.h"

#include <core/Translate.h>
#include <inventory/YamlTextEdit.h>

#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::ComposeFile", text);
}

} // namespace

ComposeFile::ImageReference ComposeFile::splitImage(const QString &reference)
{
    QString name = reference.trimmed();
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    if (at >= 0)
        name = name.left(at); // a digest pins the content; the tag is what we compare
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = name.indexOf(QLatin1Char(':'), slash + 1);
    if (colon < 0)
        return {name, QStringLiteral("latest")};
    return {name.left(colon), name.mid(colon + 1)};
}

QStringList ComposeFile::defaultFileNames()
{
    return {QStringLiteral("compose.yaml"), QStringLiteral("compose.yml"),
            QStringLiteral("docker-compose.yml"), QStringLiteral("docker-compose.yaml")};
}

std::optional<QByteArray> ComposeFile::withImageTag(const QByteArray &text, const QString &service,
                                                    const QString &tag, QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        const YAML::Node services = root["services"];
        if (!services.IsDefined() || !services.IsMap())
            return refuse(tr("the compose file has no services"));
        const YAML::Node entry = services[service.toStdString()];
        if (!entry.IsDefined() || !entry.IsMap())
            return refuse(tr("the compose file has no service '%1'").arg(service));
        const YAML::Node image = entry["image"];
        if (!image.IsDefined() || !image.IsScalar())
            return refuse(tr("service '%1' has no image in the compose file").arg(service));
        const QString current = QString::fromStdString(image.Scalar());
        if (current.contains(QLatin1Char('$')))
            return refuse(tr("the image of service '%1' is set through a variable (%2); change the "
                             "version where that variable is defined").arg(service, current));
        if (current.contains(QLatin1Char('@')))
            return refuse(tr("the image of service '%1' is pinned by digest (%2); change it by hand")
                              .arg(service, current));
        const YamlTextEdit::Span span =
            YamlTextEdit::scalarSpan(text, image, entry.Style() == YAML::EmitterStyle::Flow, error);
        if (!span.isValid())
            return std::nullopt;
        // Only the tag's bytes change; quotes and the repository stay as written.
        const qsizetype inside = text.mid(span.start, span.length).indexOf(current.toUtf8());
        if (inside < 0)
            return refuse(tr("the image of service '%1' is written in a form that cannot be edited "
                             "in place").arg(service));
        const QByteArray repository = splitImage(current).repository.toUtf8();
        const qsizetype tagStart = span.start + inside + repository.size();
        const qsizetype oldLength = current.toUtf8().size() - repository.size();
        QByteArray edited = text;
        edited.replace(tagStart, oldLength, ":" + tag.toUtf8());
        return edited;
    } catch (const YAML::Exception &exception) {
        return refuse(tr("the compose file is not valid YAML: %1").arg(QString::fromStdString(exception.msg)));
    }
}

} // namespace nb
