#pragma once
// The therapist locks as an operator sees them (`credsync lock list|release`): who holds which contact,
// since when, whether the holder is still there. SQLite: the credsync_locks rows (leases, see
// therapistlock.h). PostgreSQL: the granted single-key advisory locks of the database, with the holding
// session's application_name and backend process; releasing one ends that session
// (pg_terminate_backend), which needs the right to signal it.
#include "result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace credsync::db {

class TherapistRepository;

struct LockInfo
{
    QString contactId;
    QString holder;
    QString operatorName;
    QString host;
    qint64 pid = 0;          // SQLite: the console's process; PostgreSQL: the server backend's
    QDateTime since;
    QDateTime renewed;       // SQLite only
    QString state;           // "held" | "holder gone" | "lease lapsed"
};

class LockTable
{
public:
    static Result<std::vector<LockInfo>> list(const TherapistRepository &repository, int leaseSeconds = 120);
    // Removes the lock on the contact whoever holds it; returns what was released.
    static Result<LockInfo> release(const TherapistRepository &repository, const QString &contactId);
};

} // namespace credsync::db
