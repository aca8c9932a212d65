#include "therapistlock.h"

#include "clock.h"
#include "connection.h"
#include "jsonio.h"
#include "logging.h"
#include "sqlvalue.h"
#include "therapistrepository.h"
#include "types.h"

#include "platform/processinfo.h"

#include <QAbstractEventDispatcher>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace credsync::db {

namespace {

Error lockError(Error::Kind kind, const QString &message)
{
    return Error::make(kind, message, QStringLiteral("db"));
}

const QStringList kLeaseColumns{QStringLiteral("operator"), QStringLiteral("host"), QStringLiteral("pid"),
                                QStringLiteral("renewed")};

// Consoles before leases made the table with three columns: add the lease's columns when missing.
bool ensureLockTable(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS credsync_locks (contact_id TEXT PRIMARY KEY, holder TEXT NOT NULL, "
                                   "since TEXT NOT NULL, operator TEXT, host TEXT, pid INTEGER, renewed TEXT)"))) {
        *error = query.lastError().text();
        return false;
    }
    QStringList present;
    if (query.exec(QStringLiteral("PRAGMA table_info(credsync_locks)"))) {
        while (query.next())
            present << query.value(1).toString();
    }
    for (const QString &column : kLeaseColumns) {
        if (present.contains(column))
            continue;
        const QString type = column == QLatin1String("pid") ? QStringLiteral("INTEGER") : QStringLiteral("TEXT");
        if (!query.exec(QStringLiteral("ALTER TABLE credsync_locks ADD COLUMN %1 %2").arg(column, type))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// The operator part of a holder text: "ana (credsync fix relabel, ...)" → "ana"; "credsync ana@host" → "ana".
QString operatorOf(const QString &holder)
{
    QString text = holder;
    if (text.startsWith(QLatin1String("credsync ")))
        text = text.mid(9);
    return text.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('@'), 0, 0);
}

} // namespace

TherapistLock::TherapistLock() = default;
TherapistLock::TherapistLock(TherapistLock &&other) noexcept = default;

TherapistLock &TherapistLock::operator=(TherapistLock &&other) noexcept
{
    if (this != &other) {
        if (isHeld())
            (void)release();
        m_connection = std::move(other.m_connection);
        m_contactId = std::move(other.m_contactId);
        m_holder = std::move(other.m_holder);
        m_since = std::move(other.m_since);
        m_key = other.m_key;
        m_takenOver = std::move(other.m_takenOver);
        m_renewTimer = std::move(other.m_renewTimer);
    }
    return *this;
}

TherapistLock::~TherapistLock()
{
    if (isHeld()) {
        const Status released = release();
        if (!released)
            logging::db()->error("releasing the lock on contact {} failed: {}", m_contactId.toStdString(), released.error().message.toStdString());
    }
}

std::optional<qint64> TherapistLock::advisoryKey(const QString &contactId)
{
    if (!isHubSpotId(contactId))
        return std::nullopt;
    return contactId.toLongLong();
}

QString TherapistLock::describeSince(const QDateTime &since)
{
    if (!since.isValid())
        return {};
    const QDateTime utc = since.toUTC();
    if (utc.date() == clock::nowUtc().date())
        return utc.toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC");
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

Error TherapistLock::lockedError(const QString &holder, const QDateTime &since, const std::optional<LockTakeOver> &lease) const
{
    QString where;
    if (lease && !lease->host.isEmpty()) {
        where = QStringLiteral(" (process %1 on %2").arg(lease->pid).arg(lease->host);
        if (lease->renewed.isValid())
            where += QStringLiteral(", lease renewed %1").arg(describeSince(lease->renewed));
        where += QLatin1Char(')');
    }
    QString message = QStringLiteral("therapist with contact %1 is locked%2: held by %3")
                          .arg(m_contactId, where, holder.isEmpty() ? QStringLiteral("another session") : holder);
    if (since.isValid())
        message += QStringLiteral(" since ") + describeSince(since);
    return lockError(Error::Kind::Locked, message);
}

Result<TherapistLock> TherapistLock::acquire(const TherapistRepository &repository, const QString &contactId, const QString &holder,
                                             const LockOptions &options)
{
    const auto key = advisoryKey(contactId.trimmed());
    if (!key) {
        return lockError(Error::Kind::Validation,
                         QStringLiteral("cannot lock \"%1\": a contact id is needed (digits, within 64 bits)").arg(contactId.left(40)));
    }
    TherapistLock lock;
    lock.m_contactId = contactId.trimmed();
    lock.m_holder = (holder.isEmpty() ? Connection::applicationName() : holder).left(63);
    lock.m_key = *key;
    auto connection = repository.connection().openSibling(QStringLiteral("lock"));
    if (!connection)
        return connection.error();
    lock.m_connection = std::move(connection).value();
    const Status status = lock.m_connection->isPostgres() ? lock.acquirePostgres(*key) : lock.acquireSqlite(options);
    if (!status) {
        lock.m_connection.reset(); // nothing held: just close
        return status.error();
    }
    if (!lock.m_connection->isPostgres())
        lock.startRenewing(options);
    logging::db()->info("locked contact {} as \"{}\"", lock.m_contactId.toStdString(), lock.m_holder.toStdString());
    return lock;
}

Status TherapistLock::acquirePostgres(qint64 key)
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery query(db);
    // Other consoles and workers see this session's application_name as the holder.
    query.prepare(QStringLiteral("SELECT set_config('application_name', ?, false)"));
    query.addBindValue(m_holder);
    if (!query.exec())
        return lockError(Error::Kind::Database, m_connection->describeError(QStringLiteral("cannot name the lock session"), query.lastError()));

    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    query.addBindValue(QVariant(qlonglong(key)));
    if (!query.exec() || !query.next())
        return lockError(Error::Kind::Database, m_connection->describeError(QStringLiteral("cannot take the advisory lock"), query.lastError()));
    if (query.value(0).toBool()) {
        m_since = clock::nowUtc();
        return Ok{};
    }

    // Held elsewhere: name the holder. The single-bigint form keeps the key's high half in classid
    // and its low half in objid, with objsubid 1.
    QSqlQuery holder(db);
    holder.prepare(QStringLiteral(
        "SELECT a.application_name, a.usename, a.pid, CAST(COALESCE(a.state_change, a.backend_start) AS TEXT) "
        "FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND CAST(l.classid AS BIGINT) = ? AND CAST(l.objid AS BIGINT) = ?"));
    const quint64 unsignedKey = quint64(key);
    holder.addBindValue(QVariant(qlonglong(unsignedKey >> 32)));
    holder.addBindValue(QVariant(qlonglong(unsignedKey & 0xffffffffULL)));
    QString who;
    QDateTime since;
    if (holder.exec() && holder.next()) {
        who = holder.value(0).toString();
        if (who.isEmpty())
            who = QStringLiteral("%1 (pid %2)").arg(holder.value(1).toString(), holder.value(2).toString());
        since = utcFromDatabaseText(holder.value(3).toString());
    } else if (holder.lastError().isValid()) {
        logging::db()->warn("{}", m_connection->describeError(QStringLiteral("cannot read the lock holder"), holder.lastError()).toStdString());
    }
    return lockedError(who, since);
}

Status TherapistLock::acquireSqlite(const LockOptions &options)
{
    QSqlDatabase db = m_connection->database();
    auto failed = [&](const QString &what, const QSqlQuery &query) {
        const QString message = m_connection->describeError(what, query.lastError());
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return Status(lockError(Error::Kind::Database, message));
    };
    QString tableError;
    if (!ensureLockTable(db, &tableError))
        return lockError(Error::Kind::Database, QStringLiteral("cannot create credsync_locks: %1").arg(tableError));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return lockError(Error::Kind::Database, m_connection->describeError(QStringLiteral("cannot start the lock transaction"), query.lastError()));

    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT holder, since, operator, host, pid, renewed FROM credsync_locks WHERE contact_id = ?"));
    existing.addBindValue(m_contactId);
    if (!existing.exec())
        return failed(QStringLiteral("cannot read credsync_locks"), existing);
    const QDateTime now = clock::nowUtc();
    const QString localHost = platform::localHostName();
    if (existing.next()) {
        LockTakeOver previous;
        previous.holder = existing.value(0).toString();
        previous.since = utcFromDatabaseText(existing.value(1).toString());
        previous.operatorName = existing.value(2).toString();
        previous.host = existing.value(3).toString();
        previous.pid = existing.value(4).toLongLong();
        previous.renewed = utcFromDatabaseText(existing.value(5).toString());
        existing.finish();
        const QDateTime lastSign = previous.renewed.isValid() ? previous.renewed : previous.since;
        const bool lapsed = !lastSign.isValid() || lastSign.secsTo(now) >= options.leaseSeconds;
        const bool holderGone = !previous.host.isEmpty() && previous.host == localHost && previous.pid > 0
            && !platform::processExists(previous.pid);
        if (!lapsed && !holderGone) {
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            return lockedError(previous.holder, previous.since, previous);
        }
        previous.reason = holderGone
            ? QStringLiteral("its process %1 on %2 is gone").arg(previous.pid).arg(previous.host)
            : QStringLiteral("its lease lapsed at %1 (not renewed for %2 s)")
                  .arg(describeSince(lastSign.addSecs(options.leaseSeconds)))
                  .arg(lastSign.isValid() ? lastSign.secsTo(now) : qint64(-1));
        logging::db()->warn("taking over the lock on contact {} held by \"{}\" since {}: {}", m_contactId.toStdString(),
                            previous.holder.toStdString(), isoUtc(previous.since).toStdString(), previous.reason.toStdString());
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM credsync_locks WHERE contact_id = ?"));
        remove.addBindValue(m_contactId);
        if (!remove.exec())
            return failed(QStringLiteral("cannot remove a lapsed lock"), remove);
        m_takenOver = previous;
    }
    existing.finish();

    m_since = now;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO credsync_locks (contact_id, holder, since, operator, host, pid, renewed) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(m_contactId);
    insert.addBindValue(m_holder);
    insert.addBindValue(isoUtc(m_since));
    insert.addBindValue(operatorOf(m_holder));
    insert.addBindValue(localHost);
    insert.addBindValue(QVariant(qlonglong(platform::currentProcessId())));
    insert.addBindValue(isoUtc(m_since));
    if (!insert.exec())
        return failed(QStringLiteral("cannot insert into credsync_locks"), insert);
    insert.finish();
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return failed(QStringLiteral("cannot commit the lock"), commit);
    return Ok{};
}

void TherapistLock::startRenewing(const LockOptions &options)
{
    if (!options.autoRenew || !QThread::currentThread()->eventDispatcher())
        return;
    // The timer lives on the heap with the connection, so moving the lock object does not move what the
    // lambda points at.
    m_renewTimer = std::make_unique<QTimer>();
    m_renewTimer->setInterval(std::max(1, options.leaseSeconds / 3) * 1000);
    Connection *connection = m_connection.get();
    const QString contactId = m_contactId;
    const QString holder = m_holder;
    const QString since = isoUtc(m_since);
    QObject::connect(m_renewTimer.get(), &QTimer::timeout, [connection, contactId, holder, since] {
        QSqlQuery query(connection->database());
        query.prepare(QStringLiteral("UPDATE credsync_locks SET renewed = ? WHERE contact_id = ? AND holder = ? AND since = ?"));
        query.addBindValue(isoUtc(clock::nowUtc()));
        query.addBindValue(contactId);
        query.addBindValue(holder);
        query.addBindValue(since);
        if (!query.exec() || query.numRowsAffected() != 1)
            logging::db()->error("could not renew the lock on contact {}: it is no longer ours", contactId.toStdString());
    });
    m_renewTimer->start();
}

Status TherapistLock::renew()
{
    if (!isHeld() || m_connection->isPostgres())
        return Ok{};
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("UPDATE credsync_locks SET renewed = ? WHERE contact_id = ? AND holder = ? AND since = ?"));
    query.addBindValue(isoUtc(clock::nowUtc()));
    query.addBindValue(m_contactId);
    query.addBindValue(m_holder);
    query.addBindValue(isoUtc(m_since));
    if (!query.exec())
        return lockError(Error::Kind::Database, m_connection->describeError(QStringLiteral("cannot renew the lock"), query.lastError()));
    if (query.numRowsAffected() != 1)
        return lockError(Error::Kind::Locked, QStringLiteral("the lock on contact %1 was taken over by another session").arg(m_contactId));
    return Ok{};
}

Status TherapistLock::release()
{
    if (!isHeld())
        return Ok{};
    m_renewTimer.reset();
    std::unique_ptr<Connection> connection = std::move(m_connection);
    if (const Status thread = connection->checkThread(); !thread) {
        // Closing a QtSql connection from the wrong thread is undefined; leak it rather than crash.
        (void)connection.release();
        return thread;
    }
    QSqlQuery query(connection->database());
    if (connection->isPostgres()) {
        query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        query.addBindValue(QVariant(qlonglong(m_key)));
    } else {
        // Only our own row: a stale-lock takeover by someone else must not be undone by us.
        query.prepare(QStringLiteral("DELETE FROM credsync_locks WHERE contact_id = ? AND holder = ? AND since = ?"));
        query.addBindValue(m_contactId);
        query.addBindValue(m_holder);
        query.addBindValue(isoUtc(m_since));
    }
    const bool ok = query.exec();
    const QSqlError error = query.lastError();
    query.finish();
    query = QSqlQuery();
    if (!ok) {
        // PostgreSQL still drops the lock when the session closes below.
        return lockError(Error::Kind::Database, connection->describeError(QStringLiteral("cannot release the lock on contact %1").arg(m_contactId), error));
    }
    logging::db()->info("released contact {}", m_contactId.toStdString());
    return Ok{};
}

} // namespace credsync::db
