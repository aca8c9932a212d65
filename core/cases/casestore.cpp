#include "core/clock.h"
#include "casestore.h"

#include "reportcodec.h"

#include "../boundedjson.h"
#include "../jsonio.h"

#include <QSqlError>
#include <QSqlQuery>

#include <mutex>
#include <set>

namespace credsync::cases {

namespace {

constexpr int kCasesMigration = 200;
constexpr int kCaseDraftsMigration = 201;
constexpr int kMaximumNameLength = 200;

Error storeError(const QString &what, const QSqlError &error)
{
    return Error::make(Error::Kind::Database, QStringLiteral("%1: %2").arg(what, error.text()), QStringLiteral("cases"));
}

Error notFound(const QString &name)
{
    return Error::make(Error::Kind::NotFound, QStringLiteral("no case named \"%1\"").arg(name), QStringLiteral("cases"));
}

Status validName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("a case needs a name"), QStringLiteral("cases"));
    if (name.size() > kMaximumNameLength)
        return Error::make(Error::Kind::Validation, QStringLiteral("a case name has at most %1 characters").arg(kMaximumNameLength),
                           QStringLiteral("cases"));
    return Ok{};
}

QVariant timeValue(const QDateTime &time)
{
    // ISO-8601 UTC text sorts like the times it holds, in SQLite and PostgreSQL alike.
    return time.isValid() ? QVariant(isoUtc(time)) : QVariant(QMetaType(QMetaType::QString));
}

// An empty, not null, string: the text columns are NOT NULL and a null QString binds as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Registered when this object file is linked (it is whenever CaseStore is used).
const bool kRegistered = (CaseStore::registerMigrations(), true);

} // namespace

void CaseStore::registerMigrations()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QString members = QStringLiteral(
            "CREATE TABLE {case_members} (case_id %1 NOT NULL REFERENCES {cases}(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
            "therapist_id TEXT NOT NULL, contact_id TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', "
            "captured_at TEXT NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY (case_id, therapist_id))");
        const QString cases = QStringLiteral(
            "CREATE TABLE {cases} (id %1 PRIMARY KEY, name TEXT NOT NULL UNIQUE, ticket TEXT NOT NULL DEFAULT '', "
            "notes TEXT NOT NULL DEFAULT '', profile TEXT NOT NULL DEFAULT '', opened_at TEXT NOT NULL, closed_at TEXT, "
            "updated_at TEXT NOT NULL)");
        workspace::Workspace::registerMigration(
            {kCasesMigration, QStringLiteral("cases: named sets of therapists with the evidence captured when added"),
             {cases.arg(QStringLiteral("INTEGER")).replace(QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")),
              members.arg(QStringLiteral("INTEGER")), QStringLiteral("CREATE INDEX case_members_therapist ON {case_members} (therapist_id)")},
             {cases.arg(QStringLiteral("BIGSERIAL")), members.arg(QStringLiteral("BIGINT")),
              QStringLiteral("CREATE INDEX case_members_therapist ON {case_members} (therapist_id)")}});
        const QString drafts = QStringLiteral("ALTER TABLE {cases} ADD COLUMN draft INTEGER NOT NULL DEFAULT 0");
        workspace::Workspace::registerMigration(
            {kCaseDraftsMigration, QStringLiteral("cases: pasted tickets kept as draft cases"), {drafts}, {drafts}});
    });
}

CaseStore::CaseStore(workspace::Workspace &workspace)
    : m_workspace(workspace)
    , m_clock([] { return clock::nowUtc(); })
{
    Q_UNUSED(kRegistered);
}

void CaseStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime CaseStore::now() const
{
    return m_clock().toUTC();
}

QString CaseStore::table(const char *name) const
{
    return m_workspace.table(QString::fromLatin1(name));
}

Result<QSqlQuery> CaseStore::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_workspace.database());
    if (!query.prepare(sql))
        return storeError(QStringLiteral("cannot prepare a cases query"), query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storeError(QStringLiteral("cases query failed"), query.lastError());
    return query;
}

Result<qint64> CaseStore::idOf(const QString &name) const
{
    Result<QSqlQuery> query = run(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(table("cases")), {name});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(name);
    return query->value(0).toLongLong();
}

Status CaseStore::insertMembers(qint64 caseId, int firstPosition, const std::vector<TherapistReport> &reports, const QDateTime &at)
{
    int position = firstPosition;
    for (const TherapistReport &report : reports) {
        const Therapist &t = report.snapshot.therapist;
        const QString evidence = QString::fromStdString(encodeReport(report).dump());
        Result<QSqlQuery> inserted = run(QStringLiteral("INSERT INTO %1 (case_id, position, therapist_id, contact_id, name, captured_at, evidence) "
                                                        "VALUES (?, ?, ?, ?, ?, ?, ?)").arg(table("case_members")),
                                         {caseId, position++, text(t.id), text(t.contactId), text(t.name), timeValue(at), evidence});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

Result<Case> CaseStore::create(const QString &name, const QString &ticket, const QString &notes,
                               const std::vector<TherapistReport> &reports, const QString &profileName)
{
    if (Status valid = validName(name); !valid)
        return valid.error();
    if (Result<qint64> existing = idOf(name); existing)
        return Error::make(Error::Kind::Conflict, QStringLiteral("a case named \"%1\" already exists").arg(name), QStringLiteral("cases"));
    else if (existing.error().kind != Error::Kind::NotFound)
        return existing.error();

    // The same therapist pasted twice is one member.
    std::vector<TherapistReport> unique;
    std::set<QString> seen;
    for (const TherapistReport &report : reports) {
        if (seen.insert(report.snapshot.therapist.id).second)
            unique.push_back(report);
    }

    QSqlDatabase db = m_workspace.database();
    if (!db.transaction())
        return storeError(QStringLiteral("cannot start a transaction"), db.lastError());
    const QDateTime at = now();
    const QString insert = QStringLiteral("INSERT INTO %1 (name, ticket, notes, profile, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                               .arg(table("cases"));
    Result<QSqlQuery> inserted = run(m_workspace.isPostgres() ? insert + QStringLiteral(" RETURNING id") : insert,
                                     {name, text(ticket), text(notes), text(profileName), timeValue(at), timeValue(at)});
    if (!inserted) {
        db.rollback();
        return inserted.error();
    }
    const qint64 id = m_workspace.isPostgres() ? (inserted->next() ? inserted->value(0).toLongLong() : 0)
                                               : inserted->lastInsertId().toLongLong();
    if (Status members = insertMembers(id, 0, unique, at); !members) {
        db.rollback();
        return members.error();
    }
    if (!db.commit())
        return storeError(QStringLiteral("cannot save the case"), db.lastError());
    return load(name);
}

Result<std::vector<Case>> CaseStore::list(bool includeClosed, bool includeDrafts) const
{
    QStringList where;
    if (!includeClosed)
        where << QStringLiteral("closed_at IS NULL");
    if (!includeDrafts)
        where << QStringLiteral("draft = 0");
    Result<QSqlQuery> query = run(QStringLiteral("SELECT id, name, ticket, notes, profile, opened_at, closed_at, updated_at, draft FROM %1 %2 "
                                                 "ORDER BY opened_at DESC, id DESC")
                                      .arg(table("cases"), where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                                  {});
    if (!query)
        return query.error();
    std::vector<Case> cases;
    while (query->next()) {
        Case c;
        c.id = query->value(0).toLongLong();
        c.name = query->value(1).toString();
        c.ticket = query->value(2).toString();
        c.notes = query->value(3).toString();
        c.profileName = query->value(4).toString();
        c.openedAt = parseIsoTime(query->value(5).toString());
        c.closedAt = parseIsoTime(query->value(6).toString());
        c.updatedAt = parseIsoTime(query->value(7).toString());
        c.draft = query->value(8).toInt() != 0;
        cases.push_back(std::move(c));
    }
    for (Case &c : cases) {
        Result<QSqlQuery> members = run(QStringLiteral("SELECT therapist_id, contact_id, name, captured_at FROM %1 WHERE case_id = ? "
                                                       "ORDER BY position").arg(table("case_members")),
                                        {c.id});
        if (!members)
            return members.error();
        while (members->next()) {
            CaseMember member;
            member.therapistId = members->value(0).toString();
            member.contactId = members->value(1).toString();
            member.name = members->value(2).toString();
            member.capturedAt = parseIsoTime(members->value(3).toString());
            c.members.push_back(std::move(member));
        }
    }
    return cases;
}

Result<Case> CaseStore::createDraft(const QString &name, const QString &text, const std::vector<TherapistReport> &reports,
                                    const QString &profileName, int keep)
{
    Result<Case> created = create(name, QString(), text, reports, profileName);
    if (!created)
        return created;
    if (Result<QSqlQuery> marked = run(QStringLiteral("UPDATE %1 SET draft = 1 WHERE id = ?").arg(table("cases")), {created->id}); !marked)
        return marked.error();
    // An unsaved draft does not clutter: only the newest are kept.
    Result<std::vector<Case>> all = list(true, true);
    if (!all)
        return all.error();
    int drafts = 0;
    for (const Case &c : *all) {
        if (c.draft && ++drafts > keep) {
            if (Status removed = remove(c.name); !removed)
                return removed.error();
        }
    }
    return load(name);
}

Status CaseStore::promote(const QString &name, const QString &newName)
{
    if (newName != name) {
        if (Status renamed = rename(name, newName); !renamed)
            return renamed;
    }
    return update(newName, QStringLiteral("draft = 0"), {});
}

Result<Case> CaseStore::load(const QString &name) const
{
    Result<std::vector<Case>> all = list(true, true);
    if (!all)
        return all.error();
    for (Case &c : *all) {
        if (c.name != name)
            continue;
        Result<QSqlQuery> members = run(QStringLiteral("SELECT therapist_id, evidence FROM %1 WHERE case_id = ? ORDER BY position")
                                            .arg(table("case_members")),
                                        {c.id});
        if (!members)
            return members.error();
        for (CaseMember &member : c.members) {
            if (!members->next())
                break;
            nlohmann::json stored = boundedjson::tryParse(members->value(1).toString().toUtf8()).value_or(nlohmann::json::value_t::discarded);
            Result<TherapistReport> report = decodeReport(stored);
            if (!report)
                return Error::make(report.error().kind, QStringLiteral("case \"%1\", therapist %2: %3")
                                                            .arg(name, member.therapistId, report.error().message),
                                   QStringLiteral("cases"));
            member.evidence = std::move(report).value();
            member.evidenceLoaded = true;
        }
        return std::move(c);
    }
    return notFound(name);
}

Result<int> CaseStore::addMembers(const QString &name, const std::vector<TherapistReport> &reports)
{
    Result<Case> existing = load(name);
    if (!existing)
        return existing.error();
    std::set<QString> present;
    for (const CaseMember &member : existing->members)
        present.insert(member.therapistId);
    std::vector<TherapistReport> added;
    for (const TherapistReport &report : reports) {
        if (present.insert(report.snapshot.therapist.id).second)
            added.push_back(report);
    }
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction())
        return storeError(QStringLiteral("cannot start a transaction"), db.lastError());
    const QDateTime at = now();
    Status inserted = insertMembers(existing->id, int(existing->members.size()), added, at);
    if (inserted) {
        Result<QSqlQuery> touched = run(QStringLiteral("UPDATE %1 SET updated_at = ? WHERE id = ?").arg(table("cases")), {timeValue(at), existing->id});
        if (!touched)
            inserted = touched.error();
    }
    if (!inserted) {
        db.rollback();
        return inserted.error();
    }
    if (!db.commit())
        return storeError(QStringLiteral("cannot save the case"), db.lastError());
    return int(added.size());
}

Status CaseStore::removeMember(const QString &name, const QString &therapistId)
{
    Result<qint64> id = idOf(name);
    if (!id)
        return id.error();
    Result<QSqlQuery> removed = run(QStringLiteral("DELETE FROM %1 WHERE case_id = ? AND therapist_id = ?").arg(table("case_members")),
                                    {*id, therapistId});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("therapist %1 is not in case \"%2\"").arg(therapistId, name),
                           QStringLiteral("cases"));
    return update(name, QString(), {});
}

Status CaseStore::update(const QString &name, const QString &assignments, QVariantList values)
{
    const QString set = assignments.isEmpty() ? QStringLiteral("updated_at = ?") : assignments + QStringLiteral(", updated_at = ?");
    values << timeValue(now()) << name;
    Result<QSqlQuery> updated = run(QStringLiteral("UPDATE %1 SET %2 WHERE name = ?").arg(table("cases"), set), values);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return notFound(name);
    return Ok{};
}

Status CaseStore::rename(const QString &name, const QString &newName)
{
    if (Status valid = validName(newName); !valid)
        return valid;
    if (newName == name)
        return idOf(name).ok() ? Status(Ok{}) : Status(notFound(name));
    if (idOf(newName).ok())
        return Error::make(Error::Kind::Conflict, QStringLiteral("a case named \"%1\" already exists").arg(newName), QStringLiteral("cases"));
    return update(name, QStringLiteral("name = ?"), {newName});
}

Status CaseStore::setNotes(const QString &name, const QString &notes)
{
    return update(name, QStringLiteral("notes = ?"), {text(notes)});
}

Status CaseStore::setTicket(const QString &name, const QString &ticket)
{
    return update(name, QStringLiteral("ticket = ?"), {text(ticket)});
}

Status CaseStore::close(const QString &name)
{
    return update(name, QStringLiteral("closed_at = ?"), {timeValue(now())});
}

Status CaseStore::reopen(const QString &name)
{
    return update(name, QStringLiteral("closed_at = ?"), {timeValue(QDateTime())});
}

Status CaseStore::remove(const QString &name)
{
    Result<qint64> id = idOf(name);
    if (!id)
        return id.error();
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction())
        return storeError(QStringLiteral("cannot start a transaction"), db.lastError());
    // Members first: SQLite enforces ON DELETE CASCADE only with PRAGMA foreign_keys, which the workspace does not set.
    Result<QSqlQuery> members = run(QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(table("case_members")), {*id});
    Result<QSqlQuery> removed = members ? run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table("cases")), {*id})
                                        : Result<QSqlQuery>(members.error());
    if (!removed) {
        db.rollback();
        return removed.error();
    }
    if (!db.commit())
        return storeError(QStringLiteral("cannot delete the case"), db.lastError());
    return Ok{};
}

} // namespace credsync::cases
