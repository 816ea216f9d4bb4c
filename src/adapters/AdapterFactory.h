#pragma once

#include "DatabaseAdapter.h"
#include "LoadBalancerAdapter.h"
#include "RuntimeAdapter.h"

#include <ssh/CommandRunner.h>

#include <memory>

namespace nb {

// Makes the adapters the inventory asks for: app.runtime, load_balancer.kind and
// database.dialect. The inventory is validated already, so every kind is known.
namespace AdapterFactory {
std::unique_ptr<RuntimeAdapter> runtime(const Inventory &inventory, CommandRunner &runner);
std::unique_ptr<LoadBalancerAdapter> loadBalancer(const Inventory &inventory, CommandRunner &runner);
// Null when the inventory has no database section.
std::unique_ptr<DatabaseAdapter> database(const Inventory &inventory, CommandRunner &runner);
} // namespace AdapterFactory

} // namespace nb
