#include "databaseurl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace credsync::db {

namespace {

Error urlError(const QString &message)
{
    return Error::make(Error::Kind::Config, message, QStringLiteral("profile"));
}

// libpq options a profile may set; anything else is more likely a typo than a wish.
const QStringList &allowedOptions()
{
    static const QStringList options = {
        QStringLiteral("sslmode"),     QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),      QStringLiteral("connect_timeout"), QStringLiteral("target_session_attrs"),
    };
    return options;
}

bool isPlainOptionValue(const QString &value)
{
    // QPSQL joins options with spaces into a libpq conninfo string: keep values to one safe word.
    if (value.isEmpty())
        return false;
    for (QChar c : value) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_')
            && c != QLatin1Char('.') && c != QLatin1Char('/'))
            return false;
    }
    return true;
}

} // namespace

QString DatabaseUrl::driverName() const
{
    return kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString DatabaseUrl::display() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    return text + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString expected = QStringLiteral(
        "expected sqlite:///absolute/path.sqlite or postgresql://user@host:port/database");
    if (text.trimmed().isEmpty())
        return urlError(expected + QStringLiteral(", got an empty string"));

    DatabaseUrl result;
    if (text.startsWith(QStringLiteral("sqlite://"), Qt::CaseInsensitive)) {
        result.kind = Kind::Sqlite;
        const QString path = text.mid(int(qstrlen("sqlite://")));
        if (path.isEmpty() || !QDir::isAbsolutePath(path) || !path.startsWith(QLatin1Char('/')))
            return urlError(expected + QStringLiteral(", got \"%1\" (the path must be absolute: sqlite:///abs/path)").arg(text));
        result.path = QDir::cleanPath(path);
        return result;
    }

    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QStringLiteral("postgresql") && scheme != QStringLiteral("postgres")))
        return urlError(expected + QStringLiteral(", got \"%1\"").arg(text.left(200)));
    if (!url.password().isEmpty())
        return urlError(QStringLiteral("the database URL contains a password: remove it and set the environment "
                                       "variable named by database.password_env (or store it in the keyring); "
                                       "secrets never go in the profile file"));
    result.kind = Kind::Postgres;
    result.user = url.userName();
    result.host = url.host();
    if (result.host.isEmpty())
        return urlError(expected + QStringLiteral(", got \"%1\" (no host)").arg(text));
    result.port = url.port(5432);
    if (result.port <= 0 || result.port > 65535)
        return urlError(expected + QStringLiteral(", got \"%1\" (bad port)").arg(text));
    result.database = url.path();
    if (result.database.startsWith(QLatin1Char('/')))
        result.database.remove(0, 1);
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        return urlError(expected + QStringLiteral(", got \"%1\" (no database name)").arg(text));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("password"))
            return urlError(QStringLiteral("the database URL contains a password: secrets come from the environment "
                                           "variable named by database.password_env or the keyring"));
        if (!allowedOptions().contains(key))
            return urlError(QStringLiteral("unsupported database URL option \"%1\" (supported: %2)")
                                .arg(key, allowedOptions().join(QStringLiteral(", "))));
        if (!isPlainOptionValue(value))
            return urlError(QStringLiteral("database URL option \"%1\" has an unsupported value").arg(key));
        result.options << key + QLatin1Char('=') + value;
    }
    return result;
}

} // namespace credsync::db
