#pragma once

#include <QString>
#include <QVector>

namespace nb {

// One thing wrong with an inventory file, placed so an editor can jump to it.
struct InventoryProblem
{
    QString file;
    int line = 0;   // 1-based; 0 when the problem is not tied to a place
    int column = 0; // 1-based
    QString field;  // dotted path, e.g. app.nodes[1].host
    QString message;

    // "FILE:LINE:COLUMN: FIELD: MESSAGE", the form compilers use, so editors link it.
    QString toString() const;
};

using InventoryProblems = QVector<InventoryProblem>;

} // namespace nb
