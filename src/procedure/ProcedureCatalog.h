#pragma once

#include "ProcedureStep.h"

#include <optional>

namespace nb {

// Every procedure of the product, by id; the wizard and the CLI both take theirs here.
class ProcedureCatalog
{
public:
    static Procedure firstStart();
    static Procedure upgrade();
    static Procedure rollback();
    static Procedure maintenanceBegin();
    static Procedure maintenanceEnd();
    static std::optional<Procedure> byId(const QString &id);
};

} // namespace nb
