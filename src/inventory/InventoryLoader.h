#pragma once

#include "Inventory.h"
#include "InventoryProblem.h"

#include <QByteArray>
#include <optional>

namespace nb {

struct InventoryLoadResult
{
    std::optional<Inventory> inventory; // set only when problems is empty
    InventoryProblems problems;
};

// Reads an inventory file into the cluster model. A file with any problem yields no
// inventory at all: a half-loaded cluster would let a procedure act on a guess.
class InventoryLoader
{
public:
    static InventoryLoadResult loadFile(const QString &path);
    static InventoryLoadResult parse(const QByteArray &yaml, const QString &fileName);
};

} // namespace nb
