#pragma once
// The fixes' audit trail in the workspace: every plan applied (one run per therapist), every step
// with its before/after values and status, the operator (OS user) and profile, times and outcome.
// Never a secret: only ids, labels, column and property values, and the plan's wording.
#include "fixtypes.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

namespace credsync::workspace {
class Workspace;
}

namespace credsync::fixes {

struct AuditStep
{
    int position = 0;        // the step's index in the plan (compensations keep the index they undo)
    QString phase;           // apply | compensate
    QString description;
    QString target;
    QString api;
    nlohmann::json before;
    nlohmann::json after;
    QString status;
    QString message;
    int attempts = 0;
    QDateTime time;
};

struct AuditEntry
{
    qint64 runId = 0;
    QString fix;
    QString therapistKey;
    QString contactId;
    QString therapistName;
    QString operatorName;
    QString databaseRole;    // PostgreSQL workspaces: the role the writes were recorded as
    QString profile;
    QDateTime startedAt;
    QDateTime finishedAt;    // invalid while running (or when the console died mid-apply)
    QString outcome;         // empty while running
    QString message;
    QString fingerprint;
    QStringList state;       // the contact's state after the run
    QStringList leftToDo;
    std::vector<AuditStep> steps;
};

struct AuditQuery
{
    QString contactId;       // empty: every therapist
    QString therapistKey;
    int limit = 200;         // newest first
};

// The OS account's login name from the system's user database (never $USER or a folder's name).
QString currentOperator();
// The profile's "operator" when set, else currentOperator(). Wherever a second person is required,
// two different operators are two people.
QString currentOperator(const Profile &profile);

class AuditStore
{
public:
    // Registers migration 100 (idempotent). Call before the workspace is opened.
    static void registerMigrations();

    // The workspace must have been opened after registerMigrations(); not owned.
    explicit AuditStore(workspace::Workspace *workspace);

    Result<qint64> beginRun(const TherapistPlan &plan, const QString &operatorName, const QString &profileName);
    Status recordStep(qint64 runId, int position, const QString &phase, const FixStep &step);
    Status finishRun(qint64 runId, const TherapistResult &result);

    Result<std::vector<AuditEntry>> entries(const AuditQuery &query = {}) const;
    // For the run journal (runjournal.h), which shares the audit's tables.
    workspace::Workspace *workspace() const { return m_workspace; }

    // One timeline entry per run (source "audit"), for the evidence timeline.
    static std::vector<TimelineEntry> timelineEntries(const std::vector<AuditEntry> &entries);

private:
    workspace::Workspace *m_workspace;
};

} // namespace credsync::fixes
