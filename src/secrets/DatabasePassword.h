#pragma once

#include <inventory/Inventory.h>

#include <functional>
#include <optional>

namespace nb {

class SecretStore;

struct PasswordResolution
{
    bool ok = false;
    std::optional<QString> password; // none: the DB host's own auth (.pgpass, peer)
    QString error;                   // why there is no password to use
    QString notice;                  // something the operator should know (no secure storage)
    QString hint;                    // with an error: what the operator can do about it
};

// Finds the database password as database.password says: `keychain` (stored under
// CLUSTER/database; asked once and stored when missing), `ask` (every run), `env:NAME`
// (scripts and CI) or `none`. The password lives only in memory here. Without anyone
// to ask (ask returns nothing), `keychain` with nothing stored is an error whose hint
// names the ways out, so a script fails at once instead of waiting for a prompt.
namespace DatabasePassword {
// ask(prompt) returns the typed password, or nothing when the operator cancels.
using Ask = std::function<std::optional<QString>(const QString &prompt)>;
PasswordResolution resolve(const Inventory &inventory, SecretStore &store, const Ask &ask);
} // namespace DatabasePassword

} // namespace nb
