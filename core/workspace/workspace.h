#pragma once
// The console's own durable store: audit entries of applied fixes and cases. A SQLite file in the XDG
// data dir by default, or a PostgreSQL schema named by the profile's workspace.url so that a team shares
// it. One module serves both, with numbered migrations that each feature registers.
//
// A QtSql connection is used only on the thread that opened it: open the workspace on the thread that
// will use it.
#include "../profile.h"
#include "../result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace credsync::workspace {

struct Migration
{
    int version;           // unique across the whole workspace, increasing
    QString description;
    // Statements for SQLite and for PostgreSQL (most are the same; types differ).
    QStringList sqlite;
    QStringList postgres;
};

class Workspace
{
public:
    // url: "" (default file), "sqlite:///abs/path.sqlite", or "postgresql://user@host:port/db?schema=credsync".
    // Applies every registered migration not yet applied, in one transaction each.
    static Result<std::unique_ptr<Workspace>> open(const QString &url, const QString &password = {});
    static QString defaultPath(); // $XDG_DATA_HOME/credsync/workspace.sqlite
    ~Workspace();

    QSqlDatabase database() const;
    bool isPostgres() const;
    QString schema() const;    // PostgreSQL schema ("" for SQLite)
    // Qualifies a table name with the schema when there is one.
    QString table(const QString &name) const;
    int schemaVersion() const;

    // Features add their migrations at static-initialisation time or before the first open().
    static void registerMigration(Migration migration);
    static std::vector<Migration> migrations();

private:
    Workspace() = default;
    Status migrate();
    Status migrateSteps(bool inOuterTransaction);

    QString m_connectionName;
    QString m_schema;
    bool m_postgres = false;
    int m_version = 0;
};

} // namespace credsync::workspace
