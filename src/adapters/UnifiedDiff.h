#pragma once

#include <QString>

namespace nb {

// The change between two versions of a text file as `diff -u` shows it, so the
// operator sees exactly which lines a step will rewrite before it does.
namespace UnifiedDiff {
// Empty when the texts are equal. label: the file's path, shown in the header.
QString make(const QString &before, const QString &after, const QString &label, int context = 3);
} // namespace UnifiedDiff

} // namespace nb
