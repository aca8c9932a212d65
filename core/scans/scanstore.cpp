#include "scanstore.h"

#include "../workspace/workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <mutex>

namespace credsync::scans {

namespace {

constexpr int kScansMigration = 1500;

Error storeError(const QString &what, const QSqlError &error)
{
    return Error::make(Error::Kind::Database,
                       QCoreApplication::translate("ScanStore", "recorded scans: %1: %2").arg(what, error.text()),
                       QStringLiteral("workspace"));
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

// NOT NULL columns: an empty value is stored as '', never as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const bool kRegistered = (ScanStore::registerMigrations(), true);

} // namespace

void ScanStore::registerMigrations()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QString runs = QStringLiteral(
            "CREATE TABLE {scan_runs} (id %1, started_at TEXT NOT NULL, finished_at TEXT NOT NULL, profile TEXT NOT NULL, "
            "operator TEXT NOT NULL, therapists INTEGER NOT NULL, broken INTEGER NOT NULL, summary_json TEXT NOT NULL)");
        const QString results = QStringLiteral(
            "CREATE TABLE {scan_results} (scan_id BIGINT NOT NULL REFERENCES {scan_runs}(id) ON DELETE CASCADE, "
            "therapist_key TEXT NOT NULL, contact_id TEXT NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL, "
            "verdict TEXT NOT NULL, codes TEXT NOT NULL, PRIMARY KEY (scan_id, therapist_key))");
        workspace::Workspace::registerMigration(
            {kScansMigration, QStringLiteral("scans: each recorded scan's verdict and finding codes per therapist"),
             {runs.arg(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")), results},
             {runs.arg(QStringLiteral("BIGSERIAL PRIMARY KEY")), results}});
    });
}

ScanStore::ScanStore(workspace::Workspace &workspace)
    : m_workspace(workspace)
{
    Q_UNUSED(kRegistered);
}

Result<qint64> ScanStore::record(const RecordedScan &scan)
{
    if (m_workspace.schemaVersion() < kScansMigration)
        return Error::make(Error::Kind::Internal, QStringLiteral("recorded scans: the workspace was opened before the scans migration was registered"),
                           QStringLiteral("workspace"));
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction())
        return storeError(QStringLiteral("cannot start a transaction"), db.lastError());
    auto rollback = [&db](Error error) -> Result<qint64> {
        db.rollback();
        return error;
    };
    std::map<QString, int> codes;
    int broken = 0;
    for (const RecordedTherapist &therapist : scan.therapists) {
        broken += therapist.verdict == Verdict::Broken ? 1 : 0;
        for (const QString &code : therapist.codes)
            ++codes[code];
    }
    nlohmann::json summary = nlohmann::json::object();
    for (const auto &[code, count] : codes)
        summary[code.toStdString()] = count;

    QSqlQuery query(db);
    QString sql = QStringLiteral("INSERT INTO %1 (started_at, finished_at, profile, operator, therapists, broken, summary_json) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(m_workspace.table(QStringLiteral("scan_runs")));
    if (m_workspace.isPostgres())
        sql += QStringLiteral(" RETURNING id");
    query.prepare(sql);
    query.addBindValue(timeText(scan.startedAt));
    query.addBindValue(timeText(scan.finishedAt));
    query.addBindValue(text(scan.profile));
    query.addBindValue(text(scan.operatorName));
    query.addBindValue(int(scan.therapists.size()));
    query.addBindValue(broken);
    query.addBindValue(QString::fromStdString(summary.dump()));
    if (!query.exec())
        return rollback(storeError(QStringLiteral("cannot record the scan"), query.lastError()));
    qint64 id = 0;
    if (m_workspace.isPostgres()) {
        if (!query.next())
            return rollback(storeError(QStringLiteral("no id for the scan"), query.lastError()));
        id = query.value(0).toLongLong();
    } else {
        id = query.lastInsertId().toLongLong();
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (scan_id, therapist_key, contact_id, name, email, verdict, codes) VALUES (?, ?, ?, ?, ?, ?, ?)")
                       .arg(m_workspace.table(QStringLiteral("scan_results"))));
    for (const RecordedTherapist &therapist : scan.therapists) {
        insert.bindValue(0, id);
        insert.bindValue(1, text(therapist.key));
        insert.bindValue(2, text(therapist.contactId));
        insert.bindValue(3, text(therapist.name));
        insert.bindValue(4, text(therapist.email));
        insert.bindValue(5, text(therapist.verdict));
        insert.bindValue(6, text(therapist.codes.join(QLatin1Char(' '))));
        if (!insert.exec())
            return rollback(storeError(QStringLiteral("cannot record a therapist"), insert.lastError()));
    }
    if (!db.commit())
        return rollback(storeError(QStringLiteral("cannot commit the scan"), db.lastError()));
    return id;
}

Result<std::vector<ScanSummary>> ScanStore::recent(int limit)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id, started_at, finished_at, therapists, broken, summary_json FROM %1 ORDER BY id DESC LIMIT %2")
                      .arg(m_workspace.table(QStringLiteral("scan_runs")))
                      .arg(std::max(1, limit)));
    if (!query.exec())
        return storeError(QStringLiteral("cannot list the scans"), query.lastError());
    std::vector<ScanSummary> out;
    while (query.next()) {
        ScanSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.startedAt = timeFrom(query.value(1));
        summary.finishedAt = timeFrom(query.value(2));
        summary.therapists = query.value(3).toInt();
        summary.broken = query.value(4).toInt();
        try {
            const nlohmann::json codes = nlohmann::json::parse(query.value(5).toString().toStdString());
            for (auto it = codes.begin(); it != codes.end(); ++it)
                summary.codes[QString::fromStdString(it.key())] = it.value().get<int>();
        } catch (const std::exception &) {
            // An unreadable summary counts as no codes rather than hiding the scan.
        }
        out.push_back(summary);
    }
    return out;
}

Result<RecordedScan> ScanStore::load(qint64 id)
{
    QSqlQuery run(m_workspace.database());
    run.prepare(QStringLiteral("SELECT started_at, finished_at, profile, operator FROM %1 WHERE id = ?").arg(m_workspace.table(QStringLiteral("scan_runs"))));
    run.addBindValue(id);
    if (!run.exec())
        return storeError(QStringLiteral("cannot read the scan"), run.lastError());
    if (!run.next())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate("ScanStore", "no recorded scan %1").arg(id), QStringLiteral("workspace"));
    RecordedScan scan;
    scan.id = id;
    scan.startedAt = timeFrom(run.value(0));
    scan.finishedAt = timeFrom(run.value(1));
    scan.profile = run.value(2).toString();
    scan.operatorName = run.value(3).toString();
    QSqlQuery rows(m_workspace.database());
    rows.prepare(QStringLiteral("SELECT therapist_key, contact_id, name, email, verdict, codes FROM %1 WHERE scan_id = ? ORDER BY therapist_key")
                     .arg(m_workspace.table(QStringLiteral("scan_results"))));
    rows.addBindValue(id);
    if (!rows.exec())
        return storeError(QStringLiteral("cannot read the scan's therapists"), rows.lastError());
    while (rows.next()) {
        RecordedTherapist therapist;
        therapist.key = rows.value(0).toString();
        therapist.contactId = rows.value(1).toString();
        therapist.name = rows.value(2).toString();
        therapist.email = rows.value(3).toString();
        therapist.verdict = rows.value(4).toString();
        therapist.codes = rows.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        scan.therapists.push_back(therapist);
    }
    return scan;
}

} // namespace credsync::scans
