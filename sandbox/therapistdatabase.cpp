#include "sandbox/therapistdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <set>

namespace credsync::sandbox {

namespace {

// Column names come from a world file; only plain identifiers may reach the SQL text.
bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

bool writeRows(QSqlDatabase &db, const World &world, QString *error)
{
    std::set<std::string> idColumns;
    std::set<std::string> textColumns;
    for (const TherapistRow &row : world.therapists) {
        for (const auto &[column, value] : row.idColumns)
            idColumns.insert(column);
        for (const auto &[column, value] : row.attributes)
            textColumns.insert(column);
    }
    QStringList definitions = {QStringLiteral("id TEXT PRIMARY KEY NOT NULL"), QStringLiteral("first_name TEXT"),
                               QStringLiteral("last_name TEXT"), QStringLiteral("email TEXT"),
                               QStringLiteral("hubspot_id BIGINT"), QStringLiteral("created_at TEXT")};
    QStringList columns = {QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                           QStringLiteral("email"), QStringLiteral("hubspot_id"), QStringLiteral("created_at")};
    for (const auto &set : {std::make_pair(&textColumns, "TEXT"), std::make_pair(&idColumns, "BIGINT NULL")}) {
        for (const std::string &column : *set.first) {
            const QString name = QString::fromStdString(column);
            if (!isIdentifier(name) || columns.contains(name)) {
                *error = QStringLiteral("invalid or duplicate column name in world: ") + name;
                return false;
            }
            definitions << name + QLatin1Char(' ') + QLatin1String(set.second);
            columns << name;
        }
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE therapists (") + definitions.join(QStringLiteral(", ")) + QLatin1Char(')')) ||
        !query.exec(QStringLiteral("CREATE INDEX therapists_hubspot_id ON therapists (hubspot_id)")) ||
        !query.exec(QStringLiteral("CREATE INDEX therapists_email ON therapists (lower(email))"))) {
        *error = query.lastError().text();
        return false;
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    if (!query.prepare(QStringLiteral("INSERT INTO therapists (") + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                       placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'))) {
        *error = query.lastError().text();
        return false;
    }
    const QVariant nullId{QMetaType::fromType<qlonglong>()};
    for (const TherapistRow &row : world.therapists) {
        int index = 0;
        query.bindValue(index++, QString::fromStdString(row.id));
        query.bindValue(index++, QString::fromStdString(row.firstName));
        query.bindValue(index++, QString::fromStdString(row.lastName));
        query.bindValue(index++, QString::fromStdString(row.email));
        query.bindValue(index++, row.hubspotId ? QVariant(qlonglong(*row.hubspotId)) : nullId);
        query.bindValue(index++, QString::fromStdString(isoTime(row.createdAt)));
        for (const std::string &column : textColumns) {
            const auto it = row.attributes.find(column);
            query.bindValue(index++, it == row.attributes.end() ? QVariant(QMetaType::fromType<QString>())
                                                                : QVariant(QString::fromStdString(it->second)));
        }
        for (const std::string &column : idColumns) {
            const auto it = row.idColumns.find(column);
            query.bindValue(index++, it == row.idColumns.end() || !it->second ? nullId : QVariant(qlonglong(*it->second)));
        }
        if (!query.exec()) {
            *error = QStringLiteral("inserting therapist ") + QString::fromStdString(row.id) + QStringLiteral(": ") +
                     query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool TherapistDatabase::write(const World &world, const QString &path, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    if (QFile::exists(path) && !QFile::remove(path)) {
        *error = QStringLiteral("cannot replace ") + path;
        return false;
    }
    const QString connection = QStringLiteral("credsync-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = QStringLiteral("cannot open ") + path + QStringLiteral(": ") + db.lastError().text();
        } else if (!db.transaction()) {
            *error = db.lastError().text();
        } else {
            ok = writeRows(db, world, error);
            if (ok && !db.commit()) {
                *error = db.lastError().text();
                ok = false;
            }
            if (!ok)
                db.rollback();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace credsync::sandbox
