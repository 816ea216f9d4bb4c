#include "UnifiedDiff.h"

#include <QStringList>
#include <QVector>

namespace nb {

namespace {

enum class Op { Keep, Remove, Add };

struct Edit
{
    Op op;
    int oldLine; // 0-based index in the old text, -1 for Add
    int newLine; // 0-based index in the new text, -1 for Remove
};

// Longest common subsequence over lines; the files shown here are configuration
// files of a few hundred lines, for which the quadratic table is instant.
QVector<Edit> lineEdits(const QStringList &a, const QStringList &b)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    QVector<QVector<int>> lcs(n + 1, QVector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QVector<Edit> edits;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            edits.append({Op::Keep, i++, j++});
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            edits.append({Op::Remove, i++, -1}); // removals first, as diff -u shows them
        } else {
            edits.append({Op::Add, -1, j++});
        }
    }
    return edits;
}

QString range(int start, int count)
{
    // diff -u numbers lines from 1; an empty range names the line before it.
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString UnifiedDiff::make(const QString &before, const QString &after, const QString &label, int context)
{
    if (before == after)
        return {};
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const QVector<Edit> edits = lineEdits(a, b);

    QString out = QStringLiteral("--- %1\n+++ %1\n").arg(label);
    int index = 0;
    const int total = static_cast<int>(edits.size());
    while (index < total) {
        while (index < total && edits.at(index).op == Op::Keep)
            ++index;
        if (index == total)
            break;
        // A hunk: `context` kept lines around changes closer than 2*context apart.
        int first = std::max(0, index - context);
        int last = index;
        int keptRun = 0;
        for (int k = index; k < total; ++k) {
            if (edits.at(k).op == Op::Keep) {
                if (++keptRun > 2 * context)
                    break;
            } else {
                keptRun = 0;
                last = k;
            }
        }
        const int end = std::min(total, last + context + 1);
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        QString body;
        for (int k = first; k < end; ++k) {
            const Edit &e = edits.at(k);
            if (e.op != Op::Add) {
                if (oldStart < 0)
                    oldStart = e.oldLine;
                ++oldCount;
            }
            if (e.op != Op::Remove) {
                if (newStart < 0)
                    newStart = e.newLine;
                ++newCount;
            }
            const QChar mark = e.op == Op::Keep ? QLatin1Char(' ') : e.op == Op::Remove ? QLatin1Char('-') : QLatin1Char('+');
            body += mark + (e.op == Op::Add ? b.at(e.newLine) : a.at(e.oldLine)) + QLatin1Char('\n');
        }
        // Only a hunk without any line on one side (an empty file) leaves a start unset.
        oldStart = std::max(oldStart, 0);
        newStart = std::max(newStart, 0);
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(oldStart, oldCount), range(newStart, newCount)) + body;
        index = end;
    }
    return out;
}

} // namespace nb
