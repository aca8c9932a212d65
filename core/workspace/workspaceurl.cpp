#include "workspaceurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace credsync::workspace {

Result<WorkspaceUrl> parseWorkspaceUrl(const QString &url)
{
    WorkspaceUrl result;
    QString withoutSchema = url;
    if (url.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)) {
        QUrl parsed(url, QUrl::StrictMode);
        QUrlQuery query(parsed);
        const QStringList schemas = query.allQueryItemValues(QStringLiteral("schema"), QUrl::FullyDecoded);
        if (schemas.size() > 1)
            return Error::make(Error::Kind::Config,
                               QCoreApplication::translate("Workspace", "workspace.url: the option \"schema\" is given %1 times")
                                   .arg(schemas.size()),
                               QStringLiteral("workspace"));
        result.schema = schemas.isEmpty() ? QStringLiteral("credsync") : schemas.front();
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
        if (!identifier.match(result.schema).hasMatch())
            return Error::make(Error::Kind::Config,
                               QCoreApplication::translate("Workspace", "workspace.url: schema \"%1\" is not a plain identifier "
                                                                        "(letters, digits and _, at most 63)")
                                   .arg(result.schema.left(80)),
                               QStringLiteral("workspace"));
        query.removeAllQueryItems(QStringLiteral("schema"));
        parsed.setQuery(query);
        withoutSchema = parsed.toString();
    }
    Result<db::DatabaseUrl> database = db::DatabaseUrl::parse(withoutSchema);
    if (!database)
        return database.error();
    result.database = std::move(database).value();
    if (result.database.kind != db::DatabaseUrl::Kind::Postgres)
        result.schema.clear();
    return result;
}

} // namespace credsync::workspace
