#pragma once

#include "DatabaseAdapter.h"

namespace nb {

// PostgreSQL: pg_dump -Fc, checked with pg_restore --list; restore with
// pg_restore --clean --if-exists --no-owner (the way the rollback was rehearsed).
class PostgresDatabase : public DatabaseAdapter
{
public:
    using DatabaseAdapter::DatabaseAdapter;

    ShellCommand verifyCommand(const QString &path) const override;

protected:
    ShellCommand dumpTool(const QString &path, bool secretFile) const override;
    ShellCommand restoreTool(const QString &path, bool secretFile) const override;
    QByteArray secretFileContent(const QString &password) const override;
    QString extension() const override { return QStringLiteral("dump"); }

private:
    ShellCommand connection(ShellCommand tool) const;
};

} // namespace nb
