#pragma once

#include "DatabaseAdapter.h"

namespace nb {

// MySQL and MariaDB: mysqldump --single-transaction --routines --triggers --events;
// a dump is complete when its last line is mysqldump's "Dump completed" comment;
// restore pipes it into mysql. The password goes in a [client] option file.
class MysqlDatabase : public DatabaseAdapter
{
public:
    using DatabaseAdapter::DatabaseAdapter;

    ShellCommand verifyCommand(const QString &path) const override;

protected:
    ShellCommand dumpTool(const QString &path, bool secretFile) const override;
    ShellCommand restoreTool(const QString &path, bool secretFile) const override;
    QByteArray secretFileContent(const QString &password) const override;
    QString extension() const override { return QStringLiteral("sql"); }
    bool verifyOutputOk(const CommandResult &result) const override;

private:
    ShellCommand connection(ShellCommand tool) const;
};

} // namespace nb
