#include "DatabasePassword.h"

#include "SecretStore.h"

#include <core/Translate.h>

namespace nb {

namespace {

QString tr(const char *text)
{
    return nb::translate("nb::DatabasePassword", text);
}

PasswordResolution asked(const Inventory &inventory, const DatabasePassword::Ask &ask)
{
    PasswordResolution result;
    const auto typed = ask ? ask(tr("Password of database user %1 on %2 (cluster %3):")
                                     .arg(inventory.database.user, inventory.database.host, inventory.cluster))
                           : std::nullopt;
    if (!typed) {
        result.error = tr("db: no database password was given");
        return result;
    }
    result.ok = true;
    result.password = typed;
    return result;
}

} // namespace

PasswordResolution DatabasePassword::resolve(const Inventory &inventory, SecretStore &store, const Ask &ask)
{
    const QString how = inventory.database.password;
    // No database section: nothing to log into, nothing to ask.
    if (how == QLatin1String("none") || inventory.database.host.isEmpty())
        return {true, std::nullopt, {}, {}, {}};
    if (how == QLatin1String("ask"))
        return asked(inventory, ask);
    if (how.startsWith(QLatin1String("env:"))) {
        const QString name = how.mid(4);
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return {false, std::nullopt, tr("db: the environment variable %1 that should hold the database "
                                            "password is not set").arg(name), {}, {}};
        return {true, qEnvironmentVariable(name.toLocal8Bit().constData()), {}, {}, {}};
    }

    const QString key = SecretStore::key(inventory.cluster, QStringLiteral("database"));
    const SecretResult stored = store.readNow(key);
    if (stored.ok())
        return {true, stored.value, {}, {}, {}};
    PasswordResolution result = asked(inventory, ask);
    if (!result.ok) {
        result.error = stored.status == SecretResult::Status::NotFound
            ? tr("db: no password for database user %1 of cluster %2 is stored in the keychain, and none was typed")
                  .arg(inventory.database.user, inventory.cluster)
            : tr("db: the keychain did not give the password of database user %1 (%2), and none was typed")
                  .arg(inventory.database.user, stored.message);
        result.hint = tr("Run the command once on a terminal to type it (it is then stored), or set "
                         "database.password to env:NAME and export NAME for scripts.");
        return result;
    }
    if (stored.status == SecretResult::Status::NotFound) {
        const SecretResult written = store.writeNow(key, *result.password);
        if (!written.ok())
            result.notice = written.message;
    } else {
        result.notice = stored.message;
    }
    return result;
}

} // namespace nb
