#include "therapistrepository.h"

#include "connection.h"
#include "logging.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <set>

namespace credsync::db {

namespace {

constexpr int MaxInList = 500;
constexpr int MaxPage = 10000;

Error dbError(Error::Kind kind, const QString &message)
{
    return Error::make(kind, message, QStringLiteral("db"));
}

// Ids and emails read from the row: surrounding blanks are noise, and "" means "no value".
std::optional<QString> normalized(const std::optional<QString> &value)
{
    if (!value)
        return std::nullopt;
    const QString trimmed = value->trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    return trimmed;
}

QString shown(const std::optional<QString> &value)
{
    return value ? *value : QStringLiteral("NULL");
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

TherapistRepository::TherapistRepository() = default;
TherapistRepository::~TherapistRepository() = default;

Result<std::unique_ptr<TherapistRepository>> TherapistRepository::open(const Profile &profile, const QString &password)
{
    const auto url = DatabaseUrl::parse(profile.database.url);
    if (!url)
        return url.error();
    auto connection = Connection::open(url.value(), password, QStringLiteral("repository"));
    if (!connection)
        return connection.error();
    std::unique_ptr<TherapistRepository> repository(new TherapistRepository);
    repository->m_connection = std::move(connection).value();
    repository->m_settings = profile.database;
    repository->m_idColumns = profile.idColumns();
    repository->m_table = quoteTableName(profile.database.table);
    const Status schema = repository->loadSchema(profile);
    if (!schema)
        return schema.error();
    return repository;
}

QString TherapistRepository::driverName() const
{
    return m_connection->url().driverName();
}

const Connection &TherapistRepository::connection() const
{
    return *m_connection;
}

Error TherapistRepository::queryError(const QString &what, const QSqlQuery &query) const
{
    const QString message = m_connection->describeError(what, query.lastError());
    logging::db()->warn("{}", message.toStdString());
    return dbError(Error::Kind::Database, message);
}

ColumnStorage TherapistRepository::storageOf(const QString &column) const
{
    const QString type = m_columnTypes.value(column);
    if (m_connection->isPostgres()) {
        if (type == QStringLiteral("bigint") || type == QStringLiteral("integer") || type == QStringLiteral("smallint"))
            return ColumnStorage::Integer;
        if (type == QStringLiteral("text") || type.startsWith(QStringLiteral("character")))
            return ColumnStorage::Text;
        return ColumnStorage::Other;
    }
    // SQLite's affinity rules: a declared type containing INT is an integer column.
    if (type.contains(QStringLiteral("int")))
        return ColumnStorage::Integer;
    if (type.contains(QStringLiteral("char")) || type.contains(QStringLiteral("clob")) || type.contains(QStringLiteral("text")))
        return ColumnStorage::Text;
    return ColumnStorage::Other;
}

Status TherapistRepository::loadSchema(const Profile &profile)
{
    const QString table = profile.database.table;
    QSqlQuery query(m_connection->database());
    if (m_connection->isPostgres()) {
        query.prepare(QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                                     "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"));
        query.addBindValue(m_table);
    } else {
        const qsizetype dot = table.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            query.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?)"));
            query.addBindValue(table);
        } else {
            query.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?, ?)"));
            query.addBindValue(table.mid(dot + 1));
            query.addBindValue(table.left(dot));
        }
    }
    if (!query.exec())
        return queryError(QStringLiteral("cannot read the columns of table %1").arg(table), query);
    QStringList tableColumns;
    while (query.next()) {
        const QString name = query.value(0).toString();
        tableColumns << name;
        m_columnTypes.insert(name, query.value(1).toString().toLower());
    }
    if (tableColumns.isEmpty()) {
        return dbError(Error::Kind::Database, QStringLiteral("table %1 not found in %2 (check database.table in the profile)")
                                                  .arg(table, m_connection->url().display()));
    }

    const DatabaseProfile &d = profile.database;
    QStringList required = {d.keyColumn, d.contactColumn, d.emailColumn};
    required << d.nameColumns;
    if (!d.createdColumn.isEmpty())
        required << d.createdColumn;
    required << m_idColumns;
    for (const auto &[column, property] : profile.resync.properties)
        required << column;
    QStringList missing;
    for (const QString &column : std::as_const(required)) {
        if (!m_columnTypes.contains(column) && !missing.contains(column))
            missing << column;
    }
    if (!missing.isEmpty()) {
        return dbError(Error::Kind::Database,
                       QStringLiteral("table %1 has no column%2 %3 (the profile names %4; the table has %5)")
                           .arg(table, missing.size() > 1 ? QStringLiteral("s") : QString(), missing.join(QStringLiteral(", ")),
                                missing.size() > 1 ? QStringLiteral("them") : QStringLiteral("it"),
                                tableColumns.join(QStringLiteral(", "))));
    }

    QStringList select = {quoteIdentifier(d.keyColumn), quoteIdentifier(d.contactColumn), quoteIdentifier(d.emailColumn),
                          d.createdColumn.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("CAST(%1 AS TEXT)").arg(quoteIdentifier(d.createdColumn))};
    for (const QString &column : d.nameColumns)
        select << quoteIdentifier(column);
    for (const QString &column : std::as_const(m_idColumns))
        select << quoteIdentifier(column);
    m_selectList = select.join(QStringLiteral(", "));
    return Ok{};
}

Status TherapistRepository::checkColumns(const QStringList &columns, const QString &what) const
{
    QStringList missing;
    for (const QString &column : columns) {
        if (!m_columnTypes.contains(column))
            missing << column;
    }
    if (missing.isEmpty())
        return Ok{};
    return dbError(Error::Kind::Validation, QStringLiteral("%1: table %2 has no column %3").arg(what, m_settings.table, missing.join(QStringLiteral(", "))));
}

bool TherapistRepository::canHold(const QString &column, const QString &value) const
{
    if (storageOf(column) == ColumnStorage::Integer) {
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,19}$"));
        bool ok = false;
        value.trimmed().toLongLong(&ok);
        return ok && integer.match(value.trimmed()).hasMatch();
    }
    if (m_columnTypes.value(column) == QStringLiteral("uuid"))
        return !QUuid::fromString(value.trimmed()).isNull();
    return true;
}

Therapist TherapistRepository::therapistFromQuery(const QSqlQuery &query) const
{
    Therapist therapist;
    therapist.id = textFromVariant(query.value(0)).value_or(QString());
    therapist.contactId = normalized(textFromVariant(query.value(1))).value_or(QString());
    therapist.email = normalized(textFromVariant(query.value(2))).value_or(QString());
    if (const auto created = textFromVariant(query.value(3)))
        therapist.createdAt = utcFromDatabaseText(*created);
    int index = 4;
    QStringList nameParts;
    for (qsizetype i = 0; i < m_settings.nameColumns.size(); ++i, ++index) {
        if (const auto part = normalized(textFromVariant(query.value(index))))
            nameParts << *part;
    }
    therapist.name = nameParts.join(QLatin1Char(' '));
    for (const QString &column : m_idColumns)
        therapist.columns[column] = normalized(textFromVariant(query.value(index++)));
    return therapist;
}

Result<std::vector<Therapist>> TherapistRepository::selectTherapists(const QString &where, const QVariantList &values, const QString &suffix)
{
    if (const Status thread = m_connection->checkThread(); !thread)
        return thread.error();
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 %5")
                            .arg(m_selectList, m_table, where, quoteIdentifier(m_settings.keyColumn), suffix);
    if (!query.prepare(sql))
        return queryError(QStringLiteral("cannot prepare a query on %1").arg(m_settings.table), query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(QStringLiteral("cannot read %1").arg(m_settings.table), query);
    std::vector<Therapist> therapists;
    while (query.next())
        therapists.push_back(therapistFromQuery(query));
    return therapists;
}

Result<std::optional<Therapist>> TherapistRepository::findByKey(const QString &key)
{
    if (key.trimmed().isEmpty() || !canHold(m_settings.keyColumn, key))
        return std::optional<Therapist>();
    auto rows = selectTherapists(quoteIdentifier(m_settings.keyColumn) + QStringLiteral(" = ?"), {key.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Therapist>();
    return std::optional<Therapist>(std::move(rows->front()));
}

Result<std::vector<Therapist>> TherapistRepository::findByContactId(const QString &contactId)
{
    return findByContactIds({contactId});
}

Result<std::vector<Therapist>> TherapistRepository::findByEmail(const QString &email)
{
    const QString wanted = email.trimmed().toLower();
    if (wanted.isEmpty())
        return std::vector<Therapist>();
    return selectTherapists(QStringLiteral("lower(%1) = ?").arg(quoteIdentifier(m_settings.emailColumn)), {wanted});
}

Result<std::vector<Therapist>> TherapistRepository::findByContactIds(const QStringList &contactIds)
{
    const ColumnStorage storage = storageOf(m_settings.contactColumn);
    QVariantList values;
    std::set<QString> seen;
    for (const QString &id : contactIds) {
        const QString trimmed = id.trimmed();
        if (trimmed.isEmpty() || !canHold(m_settings.contactColumn, trimmed) || !seen.insert(trimmed).second)
            continue;
        auto bound = bindableValue(storage, trimmed, m_settings.contactColumn);
        if (bound)
            values << bound.value();
    }
    std::vector<Therapist> therapists;
    for (qsizetype start = 0; start < values.size(); start += MaxInList) {
        const QVariantList chunk = values.mid(start, MaxInList);
        auto rows = selectTherapists(QStringLiteral("%1 IN (%2)").arg(quoteIdentifier(m_settings.contactColumn), placeholders(chunk.size())), chunk);
        if (!rows)
            return rows.error();
        std::move(rows->begin(), rows->end(), std::back_inserter(therapists));
    }
    return therapists;
}

Result<std::vector<Therapist>> TherapistRepository::page(const QString &afterKey, int limit)
{
    if (limit <= 0 || limit > MaxPage)
        return dbError(Error::Kind::Validation, QStringLiteral("page size must be from 1 to %1, got %2").arg(MaxPage).arg(limit));
    if (afterKey.isEmpty())
        return selectTherapists(QStringLiteral("1 = 1"), {QVariant(qlonglong(limit))}, QStringLiteral("LIMIT ?"));
    return selectTherapists(quoteIdentifier(m_settings.keyColumn) + QStringLiteral(" > ?"), {afterKey, QVariant(qlonglong(limit))},
                            QStringLiteral("LIMIT ?"));
}

Result<qint64> TherapistRepository::count()
{
    if (const Status thread = m_connection->checkThread(); !thread)
        return thread.error();
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + m_table) || !query.next())
        return queryError(QStringLiteral("cannot count %1").arg(m_settings.table), query);
    return qint64(query.value(0).toLongLong());
}

Result<std::map<QString, std::optional<QString>>> TherapistRepository::readColumns(const QString &key, const QStringList &columns)
{
    if (const Status thread = m_connection->checkThread(); !thread)
        return thread.error();
    if (const Status known = checkColumns(columns, QStringLiteral("cannot read columns")); !known)
        return known.error();
    const auto notFound = dbError(Error::Kind::NotFound, QStringLiteral("no therapist with %1 = %2").arg(m_settings.keyColumn, key));
    if (!canHold(m_settings.keyColumn, key))
        return notFound;
    QStringList select = {quoteIdentifier(m_settings.keyColumn)};
    for (const QString &column : columns)
        select << quoteIdentifier(column);
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(select.join(QStringLiteral(", ")), m_table, quoteIdentifier(m_settings.keyColumn)));
    query.addBindValue(key.trimmed());
    if (!query.exec())
        return queryError(QStringLiteral("cannot read %1").arg(m_settings.table), query);
    if (!query.next())
        return notFound;
    std::map<QString, std::optional<QString>> values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values[columns[i]] = textFromVariant(query.value(int(i) + 1));
    return values;
}

void TherapistRepository::rollback(const QString &why)
{
    QSqlQuery query(m_connection->database());
    // A failed rollback leaves nothing better to report than the original error; the connection's
    // own end rolls back whatever is left.
    if (!query.exec(QStringLiteral("ROLLBACK")))
        logging::db()->error("rollback after \"{}\" failed: {}", why.toStdString(), query.lastError().text().toStdString());
    else
        logging::db()->info("rolled back: {}", why.toStdString());
}

Result<Ok> TherapistRepository::updateColumns(const QString &key, const std::map<QString, std::optional<QString>> &expected,
                                              const std::map<QString, std::optional<QString>> &values)
{
    if (const Status thread = m_connection->checkThread(); !thread)
        return thread.error();
    QStringList expectedColumns;
    for (const auto &entry : expected)
        expectedColumns << entry.first;
    QStringList valueColumns;
    for (const auto &entry : values)
        valueColumns << entry.first;
    if (const Status known = checkColumns(expectedColumns + valueColumns, QStringLiteral("cannot update")); !known)
        return known.error();
    if (valueColumns.contains(m_settings.keyColumn))
        return dbError(Error::Kind::Validation, QStringLiteral("refusing to change the key column %1").arg(m_settings.keyColumn));
    if (values.empty())
        return Ok{};
    if (!canHold(m_settings.keyColumn, key))
        return dbError(Error::Kind::NotFound, QStringLiteral("no therapist with %1 = %2").arg(m_settings.keyColumn, key));

    // Every value is checked before the transaction starts, so a typo never takes a lock.
    QVariantList bound;
    QStringList assignments;
    for (const auto &[column, value] : values) {
        auto variant = bindableValue(storageOf(column), value, column);
        if (!variant)
            return variant.error();
        bound << variant.value();
        assignments << quoteIdentifier(column) + QStringLiteral(" = ?");
    }

    QSqlDatabase db = m_connection->database();
    const bool postgres = m_connection->isPostgres();
    {
        QSqlQuery begin(db);
        // SQLite: take the write lock now, so the row cannot change between the check and the write.
        if (!begin.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
            return queryError(QStringLiteral("cannot start a transaction"), begin);
    }

    {
        QStringList select = {quoteIdentifier(m_settings.keyColumn)};
        for (const QString &column : std::as_const(expectedColumns))
            select << quoteIdentifier(column);
        QSqlQuery reread(db);
        reread.setForwardOnly(true);
        reread.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?%4")
                           .arg(select.join(QStringLiteral(", ")), m_table, quoteIdentifier(m_settings.keyColumn),
                                postgres ? QStringLiteral(" FOR UPDATE") : QString()));
        reread.addBindValue(key.trimmed());
        if (!reread.exec()) {
            const Error error = queryError(QStringLiteral("cannot re-read therapist %1").arg(key), reread);
            reread.finish();
            rollback(error.message);
            return error;
        }
        if (!reread.next()) {
            reread.finish();
            rollback(QStringLiteral("row vanished"));
            return dbError(Error::Kind::NotFound, QStringLiteral("therapist %1 no longer exists").arg(key));
        }
        QStringList changes;
        for (qsizetype i = 0; i < expectedColumns.size(); ++i) {
            const auto actual = normalized(textFromVariant(reread.value(int(i) + 1)));
            const auto planned = normalized(expected.at(expectedColumns[i]));
            if (actual != planned)
                changes << QStringLiteral("%1 is now %2 (the plan saw %3)").arg(expectedColumns[i], shown(actual), shown(planned));
        }
        reread.finish(); // SQLite cannot commit while a statement is still stepping
        if (!changes.isEmpty()) {
            const QString message = QStringLiteral("changed since planned: ") + changes.join(QStringLiteral("; "));
            rollback(message);
            return dbError(Error::Kind::Conflict, message);
        }
    }

    {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(m_table, assignments.join(QStringLiteral(", ")), quoteIdentifier(m_settings.keyColumn)));
        for (const QVariant &value : std::as_const(bound))
            update.addBindValue(value);
        update.addBindValue(key.trimmed());
        if (!update.exec()) {
            const Error error = queryError(QStringLiteral("cannot update therapist %1").arg(key), update);
            update.finish();
            rollback(error.message);
            return error;
        }
        if (update.numRowsAffected() != 1) {
            const int affected = update.numRowsAffected();
            update.finish();
            rollback(QStringLiteral("unexpected row count"));
            return dbError(Error::Kind::Database, QStringLiteral("update of therapist %1 touched %2 rows; rolled back").arg(key).arg(affected));
        }
    }

    {
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const Error error = queryError(QStringLiteral("cannot commit the update of therapist %1").arg(key), commit);
            rollback(error.message);
            return error;
        }
    }
    logging::db()->info("therapist {}: wrote {}", key.toStdString(), valueColumns.join(QStringLiteral(", ")).toStdString());
    return Ok{};
}

} // namespace credsync::db
