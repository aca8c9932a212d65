#pragma once
// The database URL of a profile, parsed once: the profile validates it and the repository connects with it.
#include "result.h"

#include <QString>
#include <QStringList>

namespace credsync::db {

struct DatabaseUrl
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path;      // SQLite: absolute file path
    QString user;      // PostgreSQL
    QString host;
    int port = 5432;
    QString database;
    // libpq options from the query string (sslmode=require, connect_timeout=5, ...), "key=value" each.
    QStringList options;

    QString driverName() const;
    // For messages and logs: never contains a password, because a URL with one is rejected.
    QString display() const;

    // sqlite:///abs/path.sqlite, postgresql://user@host:port/db (postgres:// too). A password in the URL
    // is rejected: secrets come from the environment or the keyring, never from the profile file.
    static Result<DatabaseUrl> parse(const QString &url);
};

} // namespace credsync::db
