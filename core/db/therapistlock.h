#pragma once
// A lock per therapist, held while a fix is applied and visible to every other console (and to the
// backend's workers, see docs/locking.md). It is a lease, never an eternal lock:
// - PostgreSQL: the session advisory lock pg_try_advisory_lock(<contact id as bigint>), taken on a
//   connection of its own so that it lives exactly as long as this object and dies with the process
//   (the server drops a closed session's locks); the holder is read from pg_locks + pg_stat_activity
//   (application_name "credsync <os user>@<host>").
// - SQLite: a row in credsync_locks (contact_id, holder, since, operator, host, pid, renewed) in the same
//   database, inserted inside BEGIN IMMEDIATE and renewed while held (every leaseSeconds / 3 when the
//   thread runs an event loop, and on every renew()). A row whose lease lapsed, or whose holder ran on
//   this host and whose process is gone, is taken over; takenOver() says from whom, for the audit.
// Released by release() or on destruction, on the thread that acquired it.
#include "result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace credsync::db {

class Connection;
class TherapistRepository;

struct LockOptions
{
    // SQLite only (PostgreSQL drops a dead session's lock by itself): a lease not renewed for this long
    // is taken over.
    int leaseSeconds = 120;
    // Renew automatically while held (needs an event loop on the acquiring thread).
    bool autoRenew = true;
};

// Who held a lock that was taken over, and why it was.
struct LockTakeOver
{
    QString holder;
    QString operatorName;
    QString host;
    qint64 pid = 0;
    QDateTime since;
    QDateTime renewed;
    QString reason; // "its process 4242 on desk1 is gone" / "its lease lapsed at 10:44:03 UTC"
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
    // Set when this lock was taken over from a holder that was gone or whose lease lapsed.
    const std::optional<LockTakeOver> &takenOver() const { return m_takenOver; }
    // SQLite: moves the lease's end forward; an error (Locked) when the row is no longer ours (taken
    // over after a lapse). PostgreSQL: nothing to do.
    Status renew();

    // The PostgreSQL advisory lock key: the contact id itself as a bigint. Ids that do not fit are
    // refused before any lock is tried.
    static std::optional<qint64> advisoryKey(const QString &contactId);
    // "10:42:03 UTC" today, "2025-09-14 10:42:03 UTC" otherwise.
    static QString describeSince(const QDateTime &since);

private:
    TherapistLock();
    Status acquirePostgres(qint64 key);
    Status acquireSqlite(const LockOptions &options);
    void startRenewing(const LockOptions &options);
    Error lockedError(const QString &holder, const QDateTime &since, const std::optional<LockTakeOver> &lease = {}) const;

    std::unique_ptr<Connection> m_connection;
    QString m_contactId;
    QString m_holder;
    QDateTime m_since;
    qint64 m_key = 0;
    std::optional<LockTakeOver> m_takenOver;
    std::unique_ptr<QTimer> m_renewTimer;
};

} // namespace credsync::db
