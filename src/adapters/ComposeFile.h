#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nb {

// The parts of a Docker Compose file the console reads and changes.
namespace ComposeFile {

struct ImageReference
{
    QString repository; // nocobase/nocobase, registry:5000/x/y
    QString tag;        // "latest" when the reference names none
};

ImageReference splitImage(const QString &reference);

// The candidates Docker Compose looks for in a project directory, in its order.
QStringList defaultFileNames();

// `text` with only the tag of `service`'s image replaced by `tag`; every other byte
// (comments, order, other services) unchanged. Refused, with `error`, when the
// service has no literal image (e.g. `${NOCOBASE_IMAGE}`, set elsewhere).
std::optional<QByteArray> withImageTag(const QByteArray &text, const QString &service,
                                       const QString &tag, QString *error);

} // namespace ComposeFile

} // namespace nb
