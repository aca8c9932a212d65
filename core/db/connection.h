#pragma once
// One uniquely named QtSql connection, owned: closed and removed on destruction. QtSql connections
// may only be used on the thread that opened them, so each owner checks that before every use.
#include "databaseurl.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;

namespace credsync::db {

class Connection
{
public:
    // purpose names the connection in logs ("repository", "lock"). The password is never logged and
    // never appears in an error message.
    static Result<std::unique_ptr<Connection>> open(const DatabaseUrl &url, const QString &password, const QString &purpose);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const;
    const DatabaseUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.kind == DatabaseUrl::Kind::Postgres; }
    QString name() const { return m_name; }
    // Another connection to the same database with the same credentials (a lock needs its own session).
    Result<std::unique_ptr<Connection>> openSibling(const QString &purpose) const;
    // An Internal error when called from another thread than the one that opened the connection.
    Status checkThread() const;

    // "credsync alice@workstation": what other consoles and pg_stat_activity show as the holder.
    static QString applicationName();
    // A QtSql error as one line, with the password (if it ever shows up) masked.
    QString describeError(const QString &what, const class QSqlError &error) const;

private:
    Connection(DatabaseUrl url, QString name, QString password);

    DatabaseUrl m_url;
    QString m_name;
    QString m_password; // kept only to mask it in messages and to open sibling connections
    QThread *m_thread = nullptr;
};

// Identifiers (tables, columns) are quoted, never interpolated raw: "a""b". Values are always bound.
QString quoteIdentifier(const QString &name);
// "schema.table" → "schema"."table"
QString quoteTableName(const QString &name);

} // namespace credsync::db
