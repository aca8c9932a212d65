#include "locktable.h"

#include "clock.h"
#include "connection.h"
#include "sqlvalue.h"
#include "therapistlock.h"
#include "therapistrepository.h"

#include "platform/processinfo.h"

#include <QSqlError>
#include <QSqlQuery>

namespace credsync::db {

namespace {

Error tableError(const Connection &connection, const QString &what, const QSqlError &error)
{
    return Error::make(Error::Kind::Database, connection.describeError(what, error), QStringLiteral("db"));
}

QString sqliteState(const LockInfo &lock, int leaseSeconds)
{
    if (!lock.host.isEmpty() && lock.host == platform::localHostName() && lock.pid > 0 && !platform::processExists(lock.pid))
        return QStringLiteral("holder gone");
    const QDateTime last = lock.renewed.isValid() ? lock.renewed : lock.since;
    if (!last.isValid() || last.secsTo(clock::nowUtc()) >= leaseSeconds)
        return QStringLiteral("lease lapsed");
    return QStringLiteral("held");
}

const char *kPostgresLocks =
    "SELECT (CAST(l.classid AS BIGINT) << 32) | CAST(l.objid AS BIGINT), a.application_name, a.usename, a.pid, "
    "CAST(COALESCE(a.state_change, a.backend_start) AS TEXT), a.client_hostname "
    "FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

} // namespace

Result<std::vector<LockInfo>> LockTable::list(const TherapistRepository &repository, int leaseSeconds)
{
    auto opened = repository.connection().openSibling(QStringLiteral("lock-list"));
    if (!opened)
        return opened.error();
    const Connection &connection = **opened;
    QSqlQuery query(connection.database());
    std::vector<LockInfo> out;
    if (connection.isPostgres()) {
        if (!query.exec(QString::fromLatin1(kPostgresLocks)))
            return tableError(connection, QStringLiteral("cannot list the advisory locks"), query.lastError());
        while (query.next()) {
            LockInfo lock;
            lock.contactId = QString::number(query.value(0).toLongLong());
            lock.holder = query.value(1).toString();
            lock.operatorName = query.value(2).toString();
            lock.pid = query.value(3).toLongLong();
            lock.since = utcFromDatabaseText(query.value(4).toString());
            lock.host = query.value(5).toString();
            lock.state = QStringLiteral("held"); // the server frees a dead session's locks by itself
            out.push_back(std::move(lock));
        }
        return out;
    }
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'credsync_locks'")))
        return tableError(connection, QStringLiteral("cannot read the schema"), query.lastError());
    if (!query.next())
        return out; // no lock was ever taken here
    query.finish();
    // Tables made before leases have only the first three columns.
    QStringList columns;
    QSqlQuery info(connection.database());
    if (info.exec(QStringLiteral("PRAGMA table_info(credsync_locks)"))) {
        while (info.next())
            columns << info.value(1).toString();
    }
    const bool leases = columns.contains(QStringLiteral("renewed"));
    if (!query.exec(leases ? QStringLiteral("SELECT contact_id, holder, since, operator, host, pid, renewed FROM credsync_locks ORDER BY since")
                           : QStringLiteral("SELECT contact_id, holder, since FROM credsync_locks ORDER BY since")))
        return tableError(connection, QStringLiteral("cannot read credsync_locks"), query.lastError());
    while (query.next()) {
        LockInfo lock;
        lock.contactId = query.value(0).toString();
        lock.holder = query.value(1).toString();
        lock.since = utcFromDatabaseText(query.value(2).toString());
        if (leases) {
            lock.operatorName = query.value(3).toString();
            lock.host = query.value(4).toString();
            lock.pid = query.value(5).toLongLong();
            lock.renewed = utcFromDatabaseText(query.value(6).toString());
        }
        lock.state = sqliteState(lock, leaseSeconds);
        out.push_back(std::move(lock));
    }
    return out;
}

Result<LockInfo> LockTable::release(const TherapistRepository &repository, const QString &contactId)
{
    const auto key = TherapistLock::advisoryKey(contactId.trimmed());
    if (!key)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("\"%1\" is not a contact id (digits, within 64 bits)").arg(contactId.left(40)), QStringLiteral("db"));
    Result<std::vector<LockInfo>> all = list(repository);
    if (!all)
        return all.error();
    std::optional<LockInfo> found;
    for (const LockInfo &lock : all.value()) {
        if (lock.contactId == QString::number(*key))
            found = lock;
    }
    if (!found)
        return Error::make(Error::Kind::NotFound, QStringLiteral("contact %1 is not locked").arg(*key), QStringLiteral("db"));

    auto opened = repository.connection().openSibling(QStringLiteral("lock-release"));
    if (!opened)
        return opened.error();
    const Connection &connection = **opened;
    QSqlQuery query(connection.database());
    if (connection.isPostgres()) {
        query.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
        query.addBindValue(QVariant(qlonglong(found->pid)));
        if (!query.exec() || !query.next())
            return tableError(connection, QStringLiteral("cannot end the session holding contact %1").arg(*key), query.lastError());
        if (!query.value(0).toBool())
            return Error::make(Error::Kind::Database,
                               QStringLiteral("the server refused to end session %1 holding contact %2").arg(found->pid).arg(*key),
                               QStringLiteral("db"));
        return *found;
    }
    query.prepare(QStringLiteral("DELETE FROM credsync_locks WHERE contact_id = ?"));
    query.addBindValue(found->contactId);
    if (!query.exec())
        return tableError(connection, QStringLiteral("cannot remove the lock on contact %1").arg(*key), query.lastError());
    return *found;
}

} // namespace credsync::db
