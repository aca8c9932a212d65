#pragma once
// The therapists table, through QtSql (SQLite or PostgreSQL). Table and column names come from the
// profile, are validated against the real schema when opening and are always quoted; values are
// always bound. One repository = one connection, used only on the thread that opened it.
#include "profile.h"
#include "result.h"
#include "sqlvalue.h"
#include "types.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace credsync::db {

class Connection;

class TherapistRepository
{
public:
    // Opens a uniquely named connection on the calling thread and checks that the table and every
    // configured column exist (key, contact, email, names, created, every id column, every resync
    // column), naming the missing ones. `password` is the secret named by database.password_env.
    static Result<std::unique_ptr<TherapistRepository>> open(const Profile &profile, const QString &password);
    ~TherapistRepository();
    TherapistRepository(const TherapistRepository &) = delete;
    TherapistRepository &operator=(const TherapistRepository &) = delete;

    QString driverName() const; // QSQLITE / QPSQL
    const Connection &connection() const;

    Result<std::optional<Therapist>> findByKey(const QString &key);
    Result<std::vector<Therapist>> findByContactId(const QString &contactId);
    Result<std::vector<Therapist>> findByEmail(const QString &email); // case-insensitive
    // Batched IN (...) with bound values, at most 500 per statement; results in key order per batch.
    Result<std::vector<Therapist>> findByContactIds(const QStringList &contactIds);
    // Keyset paging ordered by key: rows with key > afterKey (all rows when afterKey is empty).
    Result<std::vector<Therapist>> page(const QString &afterKey, int limit);
    Result<qint64> count();

    // Any columns of the table (e.g. resync's npi_number) for one therapist, as exact text or nullopt.
    // A NotFound error when no row has this key.
    Result<std::map<QString, std::optional<QString>>> readColumns(const QString &key, const QStringList &columns);

    // One transaction: re-reads the row (FOR UPDATE on PostgreSQL, inside BEGIN IMMEDIATE on SQLite),
    // checks that each column of `expected` still holds that value (NULL and "" count as the same
    // "no value"), writes `values`, commits. A changed column is a Conflict "changed since planned: ...";
    // any failure rolls back.
    Result<Ok> updateColumns(const QString &key, const std::map<QString, std::optional<QString>> &expected,
                             const std::map<QString, std::optional<QString>> &values);

    // How a column stores values (known for every column of the table).
    ColumnStorage storageOf(const QString &column) const;

private:
    TherapistRepository();

    Status loadSchema(const Profile &profile);
    Status checkColumns(const QStringList &columns, const QString &what) const;
    Error queryError(const QString &what, const QSqlQuery &query) const;
    Result<std::vector<Therapist>> selectTherapists(const QString &where, const QVariantList &values, const QString &suffix = {});
    Therapist therapistFromQuery(const QSqlQuery &query) const;
    // Whether a value could ever match the column (a non-numeric id against a BIGINT column, a
    // non-UUID key against a uuid column): such lookups return nothing instead of a database error.
    bool canHold(const QString &column, const QString &value) const;
    void rollback(const QString &why);

    std::unique_ptr<Connection> m_connection;
    DatabaseProfile m_settings;
    QStringList m_idColumns;
    QString m_table;                      // quoted
    QString m_selectList;                 // quoted, in the order therapistFromQuery reads
    QHash<QString, QString> m_columnTypes; // column → declared type (lower case)
};

} // namespace credsync::db
