#include "profilechecks.h"

#include <QCoreApplication>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <set>

namespace credsync::profilechecks {

QString keyPath(const QString &parent, const char *key)
{
    const QString name = QString::fromUtf8(key);
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

QString indexPath(const QString &parent, std::size_t index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isEnvName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// Identifiers are quoted when used and checked against the real schema; here we only refuse what no
// quoting makes sane (control characters, quotes) so the schema check's message stays readable.
bool isPlausibleColumn(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 128)
        return false;
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QLatin1Char('"'))
            return false;
    }
    return true;
}

// Keys that mean someone pasted a secret into the file. "token_env" and friends are fine: they name the
// environment variable that holds the secret.
bool isSecretKey(const std::string &key)
{
    static const std::set<std::string> keys = {"token", "password", "secret", "api_key", "apikey", "access_token",
                                               "private_app_token", "client_secret", "auth_token", "passwd"};
    std::string lower = key;
    for (char &c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return keys.count(lower) > 0;
}

std::optional<std::pair<QString, QString>> findDuplicateColumn(const Profile &profile)
{
    // An id column shared by two labels would make pull-ids write one label's object over the other's.
    QHash<QString, QString> owners;
    for (std::size_t i = 0; i < profile.objects.size(); ++i) {
        const ObjectTypeProfile &object = profile.objects[i];
        for (const LabelColumn &lc : object.labels) {
            const QString at = indexPath(QStringLiteral("objects"), i) + QStringLiteral(".labels[\"") + lc.label + QStringLiteral("\"]");
            if (owners.contains(lc.column))
                return std::make_pair(at, QCoreApplication::translate("ProfileChecks", "duplicate column \"%1\": already used by %2").arg(lc.column, owners.value(lc.column)));
            owners.insert(lc.column, at);
        }
    }
    const DatabaseProfile &d = profile.database;
    const std::pair<QString, QString> fixed[] = {{QStringLiteral("database.key_column"), d.keyColumn},
                                                 {QStringLiteral("database.contact_column"), d.contactColumn},
                                                 {QStringLiteral("database.email_column"), d.emailColumn},
                                                 {QStringLiteral("database.created_column"), d.createdColumn}};
    QHash<QString, QString> rowColumns;
    for (const auto &[at, column] : fixed) {
        if (column.isEmpty())
            continue;
        if (owners.contains(column))
            return std::make_pair(at, QCoreApplication::translate("ProfileChecks", "duplicate column \"%1\": also the id column of %2").arg(column, owners.value(column)));
        if (rowColumns.contains(column))
            return std::make_pair(at, QCoreApplication::translate("ProfileChecks", "duplicate column \"%1\": also %2").arg(column, rowColumns.value(column)));
        rowColumns.insert(column, at);
    }
    QSet<QString> names;
    for (int i = 0; i < d.nameColumns.size(); ++i) {
        if (names.contains(d.nameColumns[i]))
            return std::make_pair(indexPath(QStringLiteral("database.name_columns"), std::size_t(i)), QCoreApplication::translate("ProfileChecks", "duplicate column \"%1\"").arg(d.nameColumns[i]));
        names.insert(d.nameColumns[i]);
    }
    return std::nullopt;
}

} // namespace credsync::profilechecks
