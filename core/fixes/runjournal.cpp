#include "runjournal.h"

#include "../boundedjson.h"
#include "../clock.h"
#include "../platform/processinfo.h"
#include "../profile.h"
#include "../workspace/workspace.h"
#include "../workspace/workspacerecord.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace credsync::fixes {

namespace {

using workspace::record::nowText;
using workspace::record::timeFrom;

constexpr int kMigrationVersion = 101;

Error journalError(const QString &what, const QSqlError &error)
{
    return workspace::record::databaseError(QStringLiteral("journal"), what, error);
}

} // namespace

QString RunJournal::positionsText(const QList<int> &positions)
{
    QList<int> sorted = positions;
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int i = 0; i < sorted.size();) {
        int j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        if (j == i)
            parts << QString::number(sorted[i]);
        else
            parts << QStringLiteral("%1–%2").arg(sorted[i]).arg(sorted[j]);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString InterruptedRun::summary() const
{
    const QString who = host.isEmpty() ? operatorName : operatorName + QLatin1Char('@') + host;
    const QString when = startedAt.toUTC().toString(QStringLiteral("HH:mm"));
    QString doneText;
    if (done.isEmpty())
        doneText = QCoreApplication::translate("RunJournal", "no step done");
    else if (done.size() == 1)
        doneText = QCoreApplication::translate("RunJournal", "step %1 done").arg(RunJournal::positionsText(done));
    else
        doneText = QCoreApplication::translate("RunJournal", "steps %1 done").arg(RunJournal::positionsText(done));
    QString text = notDone.isEmpty()
        ? QCoreApplication::translate("RunJournal", "interrupted fix of %1 by %2: %3, not verified at the end")
              .arg(when, who, doneText)
        : QCoreApplication::translate("RunJournal", "interrupted fix of %1 by %2: %3, %4 not done")
              .arg(when, who, doneText, RunJournal::positionsText(notDone));
    if (inFlight > 0)
        text += QCoreApplication::translate("RunJournal", " (%1; step %2 was sent, its result is unknown)").arg(fix).arg(inFlight);
    else
        text += QStringLiteral(" (%1)").arg(fix);
    return text;
}

nlohmann::json InterruptedRun::toJson() const
{
    nlohmann::json doneJson = nlohmann::json::array();
    for (int position : done)
        doneJson.push_back(position);
    nlohmann::json notDoneJson = nlohmann::json::array();
    for (int position : notDone)
        notDoneJson.push_back(position);
    return {{"run_id", runId},
            {"fix", fix.toStdString()},
            {"started_at", startedAt.toUTC().toString(Qt::ISODate).toStdString()},
            {"operator", operatorName.toStdString()},
            {"host", host.toStdString()},
            {"pid", pid},
            {"steps", stepCount},
            {"steps_done", doneJson},
            {"steps_not_done", notDoneJson},
            {"step_in_flight", inFlight > 0 ? nlohmann::json(inFlight) : nlohmann::json()},
            {"summary", summary().toStdString()}};
}

void RunJournal::registerMigrations()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    const QStringList columns{QStringLiteral("ALTER TABLE {fix_runs} ADD COLUMN host TEXT"),
                              QStringLiteral("ALTER TABLE {fix_runs} ADD COLUMN pid BIGINT"),
                              QStringLiteral("ALTER TABLE {fix_runs} ADD COLUMN heartbeat_at TEXT"),
                              QStringLiteral("ALTER TABLE {fix_runs} ADD COLUMN resumed_by BIGINT")};
    const QString events = QStringLiteral("CREATE TABLE {lock_events} (id %1, contact_id TEXT NOT NULL, action TEXT NOT NULL, "
                                          "operator TEXT NOT NULL, detail TEXT, recorded_at TEXT NOT NULL)");
    workspace::Workspace::registerMigration(
        {kMigrationVersion, QStringLiteral("fixes: run journal (host, process, heartbeat) and lock events"),
         columns + QStringList{events.arg(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"))},
         columns + QStringList{events.arg(QStringLiteral("BIGSERIAL PRIMARY KEY"))}});
}

RunJournal::RunJournal(workspace::Workspace *workspace) : m_workspace(workspace) {}

Status RunJournal::stamp(qint64 runId)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("UPDATE %1 SET host = ?, pid = ?, heartbeat_at = ? WHERE id = ?")
                      .arg(m_workspace->table(QStringLiteral("fix_runs"))));
    query.addBindValue(platform::localHostName());
    query.addBindValue(QVariant(qlonglong(platform::currentProcessId())));
    query.addBindValue(nowText());
    query.addBindValue(QVariant(qlonglong(runId)));
    if (!query.exec())
        return journalError(QStringLiteral("cannot stamp run %1").arg(runId), query.lastError());
    return Ok{};
}

Status RunJournal::heartbeat(qint64 runId)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("UPDATE %1 SET heartbeat_at = ? WHERE id = ?").arg(m_workspace->table(QStringLiteral("fix_runs"))));
    query.addBindValue(nowText());
    query.addBindValue(QVariant(qlonglong(runId)));
    if (!query.exec())
        return journalError(QStringLiteral("cannot record a sign of life for run %1").arg(runId), query.lastError());
    return Ok{};
}

Result<std::vector<InterruptedRun>> RunJournal::interrupted(const QString &contactId, int leaseSeconds) const
{
    QString sql = QStringLiteral("SELECT id, fix, contact_id, therapist_key, operator, host, pid, started_at, heartbeat_at, plan_json "
                                 "FROM %1 WHERE finished_at IS NULL")
                      .arg(m_workspace->table(QStringLiteral("fix_runs")));
    if (!contactId.isEmpty())
        sql += QStringLiteral(" AND contact_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    QSqlQuery query(m_workspace->database());
    query.prepare(sql);
    if (!contactId.isEmpty())
        query.addBindValue(contactId);
    if (!query.exec())
        return journalError(QStringLiteral("cannot read the runs"), query.lastError());

    const QString localHost = platform::localHostName();
    const qint64 self = platform::currentProcessId();
    const QDateTime now = clock::nowUtc();
    std::vector<InterruptedRun> out;
    while (query.next()) {
        InterruptedRun run;
        run.runId = query.value(0).toLongLong();
        run.fix = query.value(1).toString();
        run.contactId = query.value(2).toString();
        run.therapistKey = query.value(3).toString();
        run.operatorName = query.value(4).toString();
        run.host = query.value(5).toString();
        run.pid = query.value(6).toLongLong();
        run.startedAt = timeFrom(query.value(7));
        run.lastActivity = timeFrom(query.value(8));
        if (!run.lastActivity.isValid())
            run.lastActivity = run.startedAt;
        bool alive = false;
        if (run.host == localHost && run.pid > 0)
            alive = run.pid == self || platform::processExists(run.pid);
        else
            alive = run.lastActivity.isValid() && run.lastActivity.secsTo(now) < leaseSeconds;
        if (alive)
            continue;
        const auto plan = boundedjson::tryParse(query.value(9).toString().toUtf8());
        if (plan && plan->is_object()) {
            run.stepCount = int(plan->value("steps", nlohmann::json::array()).size());
            run.target = plan->value("target", nlohmann::json());
        }
        out.push_back(std::move(run));
    }

    QSqlQuery steps(m_workspace->database());
    steps.prepare(QStringLiteral("SELECT position, phase, status, recorded_at FROM %1 WHERE run_id = ? ORDER BY id")
                      .arg(m_workspace->table(QStringLiteral("fix_steps"))));
    for (InterruptedRun &run : out) {
        steps.bindValue(0, QVariant(qlonglong(run.runId)));
        if (!steps.exec())
            return journalError(QStringLiteral("cannot read the steps of run %1").arg(run.runId), steps.lastError());
        std::map<int, QString> last; // position → "send" | "done" | other final status
        while (steps.next()) {
            const int position = steps.value(0).toInt();
            const QString phase = steps.value(1).toString();
            const QString status = steps.value(2).toString();
            last[position] = phase == QLatin1String("send") ? QStringLiteral("send") : status;
            const QDateTime at = timeFrom(steps.value(3));
            if (at.isValid() && at > run.lastActivity)
                run.lastActivity = at;
        }
        for (int position = 0; position < run.stepCount; ++position) {
            const auto it = last.find(position);
            if (it != last.end() && it->second == QLatin1String("done"))
                run.done << position + 1;
            else
                run.notDone << position + 1;
            if (it != last.end() && it->second == QLatin1String("send"))
                run.inFlight = position + 1;
        }
    }
    return out;
}

Status RunJournal::closeInterrupted(qint64 runId, qint64 resumedBy, const QString &message)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("UPDATE %1 SET finished_at = ?, outcome = ?, message = ?, resumed_by = ? WHERE id = ? AND finished_at IS NULL")
                      .arg(m_workspace->table(QStringLiteral("fix_runs"))));
    query.addBindValue(nowText());
    query.addBindValue(QStringLiteral("interrupted"));
    query.addBindValue(message);
    query.addBindValue(resumedBy > 0 ? QVariant(qlonglong(resumedBy)) : QVariant());
    query.addBindValue(QVariant(qlonglong(runId)));
    if (!query.exec())
        return journalError(QStringLiteral("cannot close run %1").arg(runId), query.lastError());
    return Ok{};
}

Status RunJournal::recordLockEvent(const LockEvent &event)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("INSERT INTO %1 (contact_id, action, operator, detail, recorded_at) VALUES (?, ?, ?, ?, ?)")
                      .arg(m_workspace->table(QStringLiteral("lock_events"))));
    query.addBindValue(event.contactId);
    query.addBindValue(event.action);
    query.addBindValue(event.operatorName);
    query.addBindValue(event.detail);
    query.addBindValue(nowText());
    if (!query.exec())
        return journalError(QStringLiteral("cannot record the lock event"), query.lastError());
    return Ok{};
}

Result<std::vector<LockEvent>> RunJournal::lockEvents(const QString &contactId, int limit) const
{
    QString sql = QStringLiteral("SELECT recorded_at, contact_id, action, operator, detail FROM %1")
                      .arg(m_workspace->table(QStringLiteral("lock_events")));
    if (!contactId.isEmpty())
        sql += QStringLiteral(" WHERE contact_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(std::max(1, limit));
    QSqlQuery query(m_workspace->database());
    query.prepare(sql);
    if (!contactId.isEmpty())
        query.addBindValue(contactId);
    if (!query.exec())
        return journalError(QStringLiteral("cannot read the lock events"), query.lastError());
    std::vector<LockEvent> out;
    while (query.next())
        out.push_back({timeFrom(query.value(0)), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString()});
    return out;
}

std::vector<LabelAssignment> RunJournal::assignmentsFromTarget(const nlohmann::json &target, const Profile &profile)
{
    std::vector<LabelAssignment> out;
    if (!target.is_object())
        return out;
    for (const auto &[typeName, labels] : target.items()) {
        const ObjectTypeProfile *type = profile.objectByName(QString::fromStdString(typeName));
        if (!type || !labels.is_object())
            continue;
        for (const auto &[label, ids] : labels.items()) {
            const QString labelName = QString::fromStdString(label);
            if (ids.is_string())
                out.push_back({labelName, QString::fromStdString(ids.get<std::string>()), type->typeId});
            else if (ids.is_null())
                out.push_back({labelName, QString(), type->typeId});
            else if (ids.is_array()) {
                for (const auto &id : ids) {
                    if (id.is_string())
                        out.push_back({labelName, QString::fromStdString(id.get<std::string>()), type->typeId});
                }
            }
        }
    }
    return out;
}

} // namespace credsync::fixes
