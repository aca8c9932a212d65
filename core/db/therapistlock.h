#pragma once
// A lock per therapist, held while a fix is applied and visible to every other console (and to the
// backend's workers, see docs/locking.md):
// - PostgreSQL: the session advisory lock pg_try_advisory_lock(<contact id as bigint>), taken on a
//   connection of its own so that it lives exactly as long as this object; the holder is read from
//   pg_locks + pg_stat_activity (application_name "credsync <os user>@<host>").
// - SQLite: a row in credsync_locks(contact_id TEXT PRIMARY KEY, holder TEXT, since TEXT) in the same
//   database, inserted inside BEGIN IMMEDIATE; a row older than staleAfterSeconds is taken over
//   (a console that crashed cannot release it).
// Released by release() or on destruction, on the thread that acquired it.
#include "result.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace credsync::db {

class Connection;
class TherapistRepository;

struct LockOptions
{
    int staleAfterSeconds = 3600; // SQLite only: PostgreSQL drops a dead session's lock by itself
};

class TherapistLock
{
public:
    // holder: what others are told ("credsync alice@host" when empty). A lock held elsewhere is an
    // Error::Kind::Locked "held by credsync alice@host since 10:42:03 UTC".
    static Result<TherapistLock> acquire(const TherapistRepository &repository, const QString &contactId,
                                         const QString &holder = {}, const LockOptions &options = {});

    TherapistLock(TherapistLock &&other) noexcept;
    TherapistLock &operator=(TherapistLock &&other) noexcept;
    TherapistLock(const TherapistLock &) = delete;
    TherapistLock &operator=(const TherapistLock &) = delete;
    ~TherapistLock();

    Status release();
    bool isHeld() const { return m_connection != nullptr; }
    QString contactId() const { return m_contactId; }
    QString holder() const { return m_holder; }
    QDateTime since() const { return m_since; }

    // The PostgreSQL advisory lock key: the contact id itself as a bigint. Ids that do not fit are
    // refused before any lock is tried.
    static std::optional<qint64> advisoryKey(const QString &contactId);
    // "10:42:03 UTC" today, "2025-09-14 10:42:03 UTC" otherwise.
    static QString describeSince(const QDateTime &since);

private:
    TherapistLock();
    Status acquirePostgres(qint64 key);
    Status acquireSqlite(const LockOptions &options);
    Error lockedError(const QString &holder, const QDateTime &since) const;

    std::unique_ptr<Connection> m_connection;
    QString m_contactId;
    QString m_holder;
    QDateTime m_since;
    qint64 m_key = 0;
};

} // namespace credsync::db
