#include "connection.h"

#include "logging.h"
#include "../platform/osaccount.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace credsync::db {

namespace {

std::atomic<quint64> s_connectionCounter{0};

} // namespace

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString quoteTableName(const QString &name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return quoteIdentifier(name);
    return quoteIdentifier(name.left(dot)) + QLatin1Char('.') + quoteIdentifier(name.mid(dot + 1));
}

Connection::Connection(DatabaseUrl url, QString name, QString password)
    : m_url(std::move(url)), m_name(std::move(name)), m_password(std::move(password)), m_thread(QThread::currentThread())
{
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString Connection::applicationName()
{
    // PostgreSQL truncates application_name to 63 bytes; keep it short and recognisable.
    const QString name = QStringLiteral("credsync ") + platform::osLoginName() + QLatin1Char('@') + QHostInfo::localHostName();
    return name.left(63);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<std::unique_ptr<Connection>> Connection::openSibling(const QString &purpose) const
{
    return open(m_url, m_password, purpose);
}

Status Connection::checkThread() const
{
    if (QThread::currentThread() != m_thread) {
        return Error::make(Error::Kind::Internal,
                           QStringLiteral("database connection used from a thread other than the one that opened it"),
                           QStringLiteral("db"));
    }
    return Ok{};
}

QString Connection::describeError(const QString &what, const QSqlError &error) const
{
    QString text = error.text().simplified();
    if (!m_password.isEmpty())
        text.replace(m_password, QStringLiteral("***"));
    return logging::redact(what + QStringLiteral(": ") + text);
}

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseUrl &url, const QString &password, const QString &purpose)
{
    if (!password.isEmpty())
        logging::registerSecret(password);
    if (!QSqlDatabase::isDriverAvailable(url.driverName())) {
        return Error::make(Error::Kind::Database,
                           QStringLiteral("the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)")
                               .arg(url.driverName(), url.kind == DatabaseUrl::Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("psql")),
                           QStringLiteral("db"));
    }
    if (url.kind == DatabaseUrl::Kind::Sqlite && !QFileInfo(url.path).isFile()) {
        // QSQLITE would silently create an empty database and then report every table missing.
        return Error::make(Error::Kind::Database, QStringLiteral("database file not found: %1").arg(url.path), QStringLiteral("db"));
    }

    const QString name = QStringLiteral("credsync-%1-%2").arg(purpose).arg(++s_connectionCounter);
    std::unique_ptr<Connection> connection(new Connection(url, name, password));
    QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), name);
    // NUMERIC ids come back as exact strings instead of doubles.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        db.setDatabaseName(url.path);
        // Another console may hold a write transaction for a moment; wait rather than fail at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setPassword(password);
        QStringList options = url.options;
        if (!std::any_of(options.begin(), options.end(), [](const QString &o) { return o.startsWith(QStringLiteral("connect_timeout=")); }))
            options << QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    if (!db.open()) {
        const QString message = connection->describeError(QStringLiteral("cannot connect to %1").arg(url.display()), db.lastError());
        logging::db()->warn("{}", message.toStdString());
        return Error::make(Error::Kind::Database, message, QStringLiteral("db"));
    }
    // The password has done its job; do not keep it in the driver's connection settings.
    db.setPassword(QString());

    if (url.kind == DatabaseUrl::Kind::Postgres) {
        QSqlQuery query(db);
        // Times are read as UTC text, and other consoles see who holds a lock (pg_stat_activity).
        if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'"))) {
            return Error::make(Error::Kind::Database, connection->describeError(QStringLiteral("cannot set the session time zone"), query.lastError()),
                               QStringLiteral("db"));
        }
        query.prepare(QStringLiteral("SELECT set_config('application_name', ?, false)"));
        query.addBindValue(applicationName());
        if (!query.exec()) {
            return Error::make(Error::Kind::Database, connection->describeError(QStringLiteral("cannot set application_name"), query.lastError()),
                               QStringLiteral("db"));
        }
    }
    logging::db()->debug("opened {} connection {} to {}", purpose.toStdString(), name.toStdString(), url.display().toStdString());
    return connection;
}

} // namespace credsync::db
