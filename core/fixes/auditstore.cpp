#include "core/clock.h"
#include "auditstore.h"

#include "../platform/osaccount.h"
#include <QCoreApplication>

#include "fixjson.h"
#include "fixwords.h"
#include "runjournal.h"

#include "../boundedjson.h"
#include "../jsonio.h"
#include "../workspace/workspace.h"
#include "../workspace/workspacerecord.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace credsync::fixes {

namespace {

using workspace::record::nowText;
using workspace::record::timeFrom;

constexpr int kMigrationVersion = 100;
// 102: the database role beside the operator (PostgreSQL workspaces; NULL on SQLite).
constexpr int kRoleMigrationVersion = 102;

Error auditError(const QString &what, const QSqlError &error)
{
    return workspace::record::databaseError(QStringLiteral("audit"), what, error);
}

QString linesText(const QStringList &lines)
{
    nlohmann::json array = nlohmann::json::array();
    for (const QString &line : lines)
        array.push_back(line);
    return QString::fromStdString(array.dump());
}

QStringList linesFrom(const QString &text)
{
    QStringList out;
    try {
        const nlohmann::json array = boundedjson::parse(text.toStdString());
        for (const auto &line : array)
            out << QString::fromStdString(line.get<std::string>());
    } catch (const std::exception &) {
        // An unreadable cell shows as empty rather than failing the whole audit view.
    }
    return out;
}

nlohmann::json jsonFrom(const QString &text)
{
    try {
        return text.isEmpty() ? nlohmann::json() : boundedjson::parse(text.toStdString());
    } catch (const std::exception &) {
        return nlohmann::json(text.toStdString());
    }
}

} // namespace

QString currentOperator()
{
    // The system's user database, not $USER and not the home folder's name (issue 13).
    return platform::osLoginName();
}

QString currentOperator(const Profile &profile)
{
    const QString configured = profile.operatorName.trimmed();
    return configured.isEmpty() ? currentOperator() : configured;
}

void AuditStore::registerMigrations()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    const QString runs = QStringLiteral(
        "CREATE TABLE {fix_runs} (id %1, fix TEXT NOT NULL, therapist_key TEXT NOT NULL, contact_id TEXT, therapist_name TEXT, "
        "operator TEXT NOT NULL, profile TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, outcome TEXT, message TEXT, "
        "fingerprint TEXT, plan_json TEXT, state_json TEXT, left_to_do_json TEXT)");
    const QString steps = QStringLiteral(
        "CREATE TABLE {fix_steps} (id %1, run_id BIGINT NOT NULL REFERENCES {fix_runs}(id), position INTEGER NOT NULL, "
        "phase TEXT NOT NULL, description TEXT, target TEXT, api TEXT, before_json TEXT, after_json TEXT, status TEXT NOT NULL, "
        "message TEXT, attempts INTEGER, recorded_at TEXT NOT NULL)");
    const QStringList indexes{QStringLiteral("CREATE INDEX fix_runs_contact ON {fix_runs} (contact_id)"),
                              QStringLiteral("CREATE INDEX fix_steps_run ON {fix_steps} (run_id)")};
    workspace::Workspace::registerMigration(
        {kMigrationVersion, QStringLiteral("fixes: audit of applied plans and their steps"),
         QStringList{runs.arg(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")), steps.arg(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"))} + indexes,
         QStringList{runs.arg(QStringLiteral("BIGSERIAL PRIMARY KEY")), steps.arg(QStringLiteral("BIGSERIAL PRIMARY KEY"))} + indexes});
    const QString role = QStringLiteral("ALTER TABLE {fix_runs} ADD COLUMN db_role TEXT");
    workspace::Workspace::registerMigration(
        {kRoleMigrationVersion, QStringLiteral("fixes: the database role beside the operator"), QStringList{role}, QStringList{role}});
    RunJournal::registerMigrations();
}

AuditStore::AuditStore(workspace::Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<qint64> AuditStore::beginRun(const TherapistPlan &plan, const QString &operatorName, const QString &profileName)
{
    if (m_workspace->schemaVersion() < kMigrationVersion)
        return Error::make(Error::Kind::Internal, QStringLiteral("audit: the workspace was opened before the audit migration was registered"),
                           QStringLiteral("workspace"));
    // Beside the person, the role the shared database knows the writes by.
    QVariant role{QMetaType::fromType<QString>()};
    if (m_workspace->isPostgres()) {
        QSqlQuery who(m_workspace->database());
        if (who.exec(QStringLiteral("SELECT current_user")) && who.next())
            role = who.value(0).toString();
    }
    QSqlQuery query(m_workspace->database());
    const bool hasRole = m_workspace->schemaVersion() >= kRoleMigrationVersion;
    QString sql = QStringLiteral("INSERT INTO %1 (fix, therapist_key, contact_id, therapist_name, operator, profile, started_at, fingerprint, plan_json%2) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?%3)")
                      .arg(m_workspace->table(QStringLiteral("fix_runs")), hasRole ? QStringLiteral(", db_role") : QString(),
                           hasRole ? QStringLiteral(", ?") : QString());
    if (m_workspace->isPostgres())
        sql += QStringLiteral(" RETURNING id");
    query.prepare(sql);
    query.addBindValue(fixKindName(plan.kind));
    query.addBindValue(plan.therapist.id);
    query.addBindValue(plan.therapist.contactId);
    query.addBindValue(plan.therapist.name);
    query.addBindValue(operatorName);
    query.addBindValue(profileName);
    query.addBindValue(nowText());
    query.addBindValue(plan.fingerprint);
    query.addBindValue(QString::fromStdString(therapistPlanToJson(plan).dump()));
    if (hasRole)
        query.addBindValue(role);
    if (!query.exec())
        return auditError(QStringLiteral("cannot record the run"), query.lastError());
    qint64 runId = 0;
    if (m_workspace->isPostgres()) {
        if (!query.next())
            return auditError(QStringLiteral("no id for the run"), query.lastError());
        runId = query.value(0).toLongLong();
    } else {
        runId = query.lastInsertId().toLongLong();
    }
    // Host and process id: what tells the next console that this run's process died (see runjournal.h).
    if (Status stamped = RunJournal(m_workspace).stamp(runId); !stamped)
        return stamped.error();
    return runId;
}

Status AuditStore::recordStep(qint64 runId, int position, const QString &phase, const FixStep &step)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("INSERT INTO %1 (run_id, position, phase, description, target, api, before_json, after_json, status, message, "
                                 "attempts, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(m_workspace->table(QStringLiteral("fix_steps"))));
    query.addBindValue(runId);
    query.addBindValue(position);
    query.addBindValue(phase);
    query.addBindValue(step.description);
    query.addBindValue(step.target);
    query.addBindValue(step.api);
    query.addBindValue(QString::fromStdString(stepBeforeJson(step).dump()));
    query.addBindValue(QString::fromStdString(stepAfterJson(step).dump()));
    query.addBindValue(stepStatusName(step.status));
    query.addBindValue(step.message);
    query.addBindValue(step.attempts);
    query.addBindValue(nowText());
    if (!query.exec())
        return auditError(QStringLiteral("cannot record a step"), query.lastError());
    return RunJournal(m_workspace).heartbeat(runId);
}

Status AuditStore::finishRun(qint64 runId, const TherapistResult &result)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("UPDATE %1 SET finished_at = ?, outcome = ?, message = ?, state_json = ?, left_to_do_json = ? WHERE id = ?")
                      .arg(m_workspace->table(QStringLiteral("fix_runs"))));
    query.addBindValue(nowText());
    query.addBindValue(fixOutcomeName(result.outcome));
    query.addBindValue(result.message);
    query.addBindValue(linesText(result.stateReport));
    query.addBindValue(linesText(result.leftToDo));
    query.addBindValue(runId);
    if (!query.exec())
        return auditError(QStringLiteral("cannot finish the run"), query.lastError());
    return Ok{};
}

Result<std::vector<AuditEntry>> AuditStore::entries(const AuditQuery &request) const
{
    QString sql = QStringLiteral("SELECT id, fix, therapist_key, contact_id, therapist_name, operator, profile, started_at, finished_at, outcome, "
                                 "message, fingerprint, state_json, left_to_do_json%2 FROM %1 WHERE 1 = 1")
                      .arg(m_workspace->table(QStringLiteral("fix_runs")),
                           m_workspace->schemaVersion() >= kRoleMigrationVersion ? QStringLiteral(", db_role") : QStringLiteral(", NULL"));
    QVariantList values;
    if (!request.contactId.isEmpty()) {
        sql += QStringLiteral(" AND contact_id = ?");
        values << request.contactId;
    }
    if (!request.therapistKey.isEmpty()) {
        sql += QStringLiteral(" AND therapist_key = ?");
        values << request.therapistKey;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(1, request.limit));
    QSqlQuery query(m_workspace->database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return auditError(QStringLiteral("cannot read the audit"), query.lastError());

    std::vector<AuditEntry> out;
    while (query.next()) {
        AuditEntry entry;
        entry.runId = query.value(0).toLongLong();
        entry.fix = query.value(1).toString();
        entry.therapistKey = query.value(2).toString();
        entry.contactId = query.value(3).toString();
        entry.therapistName = query.value(4).toString();
        entry.operatorName = query.value(5).toString();
        entry.databaseRole = query.value(14).toString();
        entry.profile = query.value(6).toString();
        entry.startedAt = timeFrom(query.value(7));
        entry.finishedAt = timeFrom(query.value(8));
        entry.outcome = query.value(9).toString();
        entry.message = query.value(10).toString();
        entry.fingerprint = query.value(11).toString();
        entry.state = linesFrom(query.value(12).toString());
        entry.leftToDo = linesFrom(query.value(13).toString());
        out.push_back(std::move(entry));
    }

    QSqlQuery stepQuery(m_workspace->database());
    stepQuery.prepare(QStringLiteral("SELECT position, phase, description, target, api, before_json, after_json, status, message, attempts, "
                                     "recorded_at FROM %1 WHERE run_id = ? ORDER BY id")
                          .arg(m_workspace->table(QStringLiteral("fix_steps"))));
    for (AuditEntry &entry : out) {
        stepQuery.bindValue(0, entry.runId);
        if (!stepQuery.exec())
            return auditError(QStringLiteral("cannot read the audit steps"), stepQuery.lastError());
        while (stepQuery.next()) {
            AuditStep step;
            step.position = stepQuery.value(0).toInt();
            step.phase = stepQuery.value(1).toString();
            step.description = stepQuery.value(2).toString();
            step.target = stepQuery.value(3).toString();
            step.api = stepQuery.value(4).toString();
            step.before = jsonFrom(stepQuery.value(5).toString());
            step.after = jsonFrom(stepQuery.value(6).toString());
            step.status = stepQuery.value(7).toString();
            step.message = stepQuery.value(8).toString();
            step.attempts = stepQuery.value(9).toInt();
            step.time = timeFrom(stepQuery.value(10));
            entry.steps.push_back(std::move(step));
        }
    }
    return out;
}

std::vector<TimelineEntry> AuditStore::timelineEntries(const std::vector<AuditEntry> &entries)
{
    std::vector<TimelineEntry> out;
    for (const AuditEntry &entry : entries) {
        TimelineEntry line;
        line.time = entry.finishedAt.isValid() ? entry.finishedAt : entry.startedAt;
        line.source = QStringLiteral("audit");
        // The fix and its outcome in words; the names stay in the database and in --json.
        const QString fix = fixWords(entry.fix);
        const QString outcome = outcomeWords(entry.outcome);
        line.text = entry.message.isEmpty()
            ? QCoreApplication::translate("Timeline", "%1 by %2 (%3): %4").arg(fix, entry.operatorName, entry.profile, outcome)
            : QCoreApplication::translate("Timeline", "%1 by %2 (%3): %4 — %5").arg(fix, entry.operatorName, entry.profile, outcome, entry.message);
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace credsync::fixes
