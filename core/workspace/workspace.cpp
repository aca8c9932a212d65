#include "core/clock.h"
#include "workspace.h"

#include "workspaceurl.h"

#include "../logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace credsync::workspace {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

std::vector<Migration> &registry()
{
    static std::vector<Migration> list;
    return list;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("credsync-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error databaseError(const QString &what, const QSqlError &error)
{
    return Error::make(Error::Kind::Database, QStringLiteral("%1: %2").arg(what, error.text()), QStringLiteral("workspace"));
}

// The first key of the migration lock: "CRED" in ASCII, so that it reads as ours in pg_locks.
constexpr int kMigrationLockClass = 0x43524544;

} // namespace

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/credsync");
    return dir + QStringLiteral("/workspace.sqlite");
}

void Workspace::registerMigration(Migration migration)
{
    QMutexLocker lock(&registryMutex());
    registry().push_back(std::move(migration));
    std::sort(registry().begin(), registry().end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

std::vector<Migration> Workspace::migrations()
{
    QMutexLocker lock(&registryMutex());
    return registry();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &url, const QString &password)
{
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_connectionName = nextConnectionName();

    if (url.isEmpty() || url.startsWith(QLatin1String("sqlite:"))) {
        QString path = url.isEmpty() ? defaultPath() : QUrl(url).path();
        if (path.isEmpty())
            return Error::make(Error::Kind::Config, QStringLiteral("workspace.url: expected sqlite:///absolute/path.sqlite"), QStringLiteral("workspace"));
        if (path != QLatin1String(":memory:"))
            QDir().mkpath(QFileInfo(path).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), workspace->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return databaseError(QStringLiteral("cannot open the workspace %1").arg(path), db.lastError());
    } else if (url.startsWith(QLatin1String("postgres"))) {
        Result<WorkspaceUrl> parsed = parseWorkspaceUrl(url);
        if (!parsed)
            return parsed.error();
        const db::DatabaseUrl &target = parsed->database;
        workspace->m_schema = parsed->schema;
        workspace->m_postgres = true;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), workspace->m_connectionName);
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        if (!target.options.isEmpty())
            db.setConnectOptions(target.options.join(QLatin1Char(';')));
        if (!password.isEmpty())
            db.setPassword(password);
        if (!db.open())
            return databaseError(QStringLiteral("cannot open the workspace database on %1").arg(target.host), db.lastError());
    } else {
        return Error::make(Error::Kind::Config,
                           QStringLiteral("workspace.url: expected sqlite:///path or postgresql://user@host:port/db, got \"%1\"").arg(url),
                           QStringLiteral("workspace"));
    }

    if (Status migrated = workspace->migrate(); !migrated)
        return migrated.error();
    return workspace;
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Workspace::isPostgres() const { return m_postgres; }
QString Workspace::schema() const { return m_schema; }
int Workspace::schemaVersion() const { return m_version; }

QString Workspace::table(const QString &name) const
{
    return m_postgres ? QStringLiteral("\"%1\".\"%2\"").arg(m_schema, name) : QStringLiteral("\"%1\"").arg(name);
}

Status Workspace::migrate()
{
    if (!m_postgres)
        return migrateSteps(false);
    // Several consoles may open a new schema at once: the schema, the migrations table and every
    // migration are created in one transaction that first takes a transaction-scoped advisory lock (the
    // two-key form, a key space of its own that never meets the therapists' single-key locks). The
    // others wait on the lock, then find the migrations applied; a process that dies mid-way rolls back
    // and frees the lock with its transaction.
    QSqlDatabase db = database();
    if (!db.transaction())
        return databaseError(QStringLiteral("cannot start the workspace migration"), db.lastError());
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, hashtext(?))"));
    lock.addBindValue(kMigrationLockClass);
    lock.addBindValue(m_schema);
    QSqlQuery create(db);
    if (!lock.exec() || !create.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(m_schema))) {
        const QSqlError error = lock.lastError().isValid() ? lock.lastError() : create.lastError();
        db.rollback();
        return databaseError(QStringLiteral("cannot prepare schema %1").arg(m_schema), error);
    }
    if (Status migrated = migrateSteps(true); !migrated) {
        db.rollback();
        return migrated;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(QStringLiteral("cannot commit the workspace migrations"), error);
    }
    return Ok{};
}

Status Workspace::migrateSteps(bool inOuterTransaction)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
                        .arg(table(QStringLiteral("schema_migrations")))))
        return databaseError(QStringLiteral("cannot create the migrations table"), query.lastError());
    // The set of applied versions, not just the highest: features register their migrations
    // independently, and a workspace that got cases (200) before audit (100) existed must still get audit.
    if (!query.exec(QStringLiteral("SELECT version FROM %1").arg(table(QStringLiteral("schema_migrations")))))
        return databaseError(QStringLiteral("cannot read the workspace version"), query.lastError());
    QSet<int> applied;
    while (query.next()) {
        applied.insert(query.value(0).toInt());
        m_version = std::max(m_version, query.value(0).toInt());
    }

    for (const Migration &migration : migrations()) {
        if (applied.contains(migration.version))
            continue;
        if (!inOuterTransaction && !db.transaction())
            return databaseError(QStringLiteral("cannot start migration %1").arg(migration.version), db.lastError());
        const QStringList &statements = m_postgres ? migration.postgres : migration.sqlite;
        for (QString statement : statements) {
            // Statements name tables as {table_name}; the workspace qualifies them with the schema.
            static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
            QString resolved;
            qsizetype last = 0;
            auto it = placeholder.globalMatch(statement);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                resolved += statement.mid(last, match.capturedStart() - last) + table(match.captured(1));
                last = match.capturedEnd();
            }
            resolved += statement.mid(last);
            QSqlQuery step(db);
            if (!step.exec(resolved)) {
                const QSqlError error = step.lastError();
                if (!inOuterTransaction)
                    db.rollback();
                return databaseError(QStringLiteral("migration %1 (%2) failed").arg(migration.version).arg(migration.description), error);
            }
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO %1 (version, description, applied_at) VALUES (?, ?, ?)")
                           .arg(table(QStringLiteral("schema_migrations"))));
        record.addBindValue(migration.version);
        record.addBindValue(migration.description);
        record.addBindValue(clock::nowUtc().toString(Qt::ISODateWithMs));
        if (!record.exec() || (!inOuterTransaction && !db.commit())) {
            const QSqlError error = record.lastError();
            if (!inOuterTransaction)
                db.rollback();
            return databaseError(QStringLiteral("cannot record migration %1").arg(migration.version), error);
        }
        m_version = std::max(m_version, migration.version);
        logging::db()->info("workspace migrated to version {}", m_version);
    }
    return Ok{};
}

} // namespace credsync::workspace
