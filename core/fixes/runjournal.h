#pragma once
// The run journal: the audit's fix runs seen as what a crash leaves behind. A run is recorded "in
// progress" with its plan, fingerprint, host and process id before the first write (AuditStore::beginRun),
// each step before it is sent ("send") and after it is verified ("apply"), and its outcome at the end.
// A run without an outcome whose process is gone (same host, no such process) or that showed no sign of
// life for a lease (other hosts) was interrupted: interrupted() finds it for inspect and for the next
// apply, which finishes or compensates it and records how it ended (closeInterrupted()). Lock take-overs
// and operator releases are journaled here too. Reused by every path that applies fixes.
#include "../result.h"
#include "relabeltarget.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace credsync::workspace {
class Workspace;
}

namespace credsync {
struct Profile;
}

namespace credsync::fixes {

struct InterruptedRun
{
    qint64 runId = 0;
    QString fix;
    QString contactId;
    QString therapistKey;
    QString operatorName;
    QString host;
    qint64 pid = 0;
    QDateTime startedAt;
    QDateTime lastActivity;
    int stepCount = 0;
    QList<int> done;        // 1-based positions verified done (and not undone)
    QList<int> notDone;     // 1-based positions not verified done
    int inFlight = 0;       // 1-based position sent but never verified (0: none)
    nlohmann::json target;  // relabel: the plan's target ({type name: {label: id|null}})

    // "interrupted fix of 23:10 by ana@host: steps 1–2 done, 3–4 not done"
    QString summary() const;
    nlohmann::json toJson() const;
};

struct LockEvent
{
    QDateTime time;
    QString contactId;
    QString action;        // "take-over" | "release"
    QString operatorName;
    QString detail;
};

class RunJournal
{
public:
    // Migration 101 (columns host, pid, heartbeat_at, resumed_by on fix_runs; the lock_events table).
    // AuditStore::registerMigrations() calls it.
    static void registerMigrations();
    // Runs on another host count as interrupted after this long without a journal entry.
    static constexpr int kDefaultLeaseSeconds = 120;

    explicit RunJournal(workspace::Workspace *workspace);

    // This process's host and id on the run, and its first sign of life.
    Status stamp(qint64 runId);
    Status heartbeat(qint64 runId);

    // Runs without an outcome whose process is gone, newest first; contactId empty: every contact.
    Result<std::vector<InterruptedRun>> interrupted(const QString &contactId = {}, int leaseSeconds = kDefaultLeaseSeconds) const;
    // Records how an interrupted run ended: outcome "interrupted", the message says what became of it.
    Status closeInterrupted(qint64 runId, qint64 resumedBy, const QString &message);

    Status recordLockEvent(const LockEvent &event);
    Result<std::vector<LockEvent>> lockEvents(const QString &contactId = {}, int limit = 100) const;

    // "1–2", "1, 3", "4".
    static QString positionsText(const QList<int> &positions);
    // An interrupted relabel's target as the assignments that plan the rest of it from today's state.
    static std::vector<LabelAssignment> assignmentsFromTarget(const nlohmann::json &target, const Profile &profile);

private:
    workspace::Workspace *m_workspace;
};

} // namespace credsync::fixes
