#include "result.h"

namespace credsync {

QString Error::kindName() const
{
    switch (kind) {
    case Kind::Config: return QStringLiteral("config");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::Scope: return QStringLiteral("scope");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::DailyLimit: return QStringLiteral("daily-limit");
    case Kind::Server: return QStringLiteral("server");
    case Kind::BadResponse: return QStringLiteral("bad-response");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::Database: return QStringLiteral("database");
    case Kind::Locked: return QStringLiteral("locked");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::describe() const
{
    QString text = source.isEmpty() ? message : source + QStringLiteral(": ") + message;
    QStringList extras;
    if (httpStatus > 0)
        extras << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!category.isEmpty())
        extras << category;
    if (!correlationId.isEmpty())
        extras << QStringLiteral("correlationId %1").arg(correlationId);
    if (!extras.isEmpty())
        text += QStringLiteral(" (") + extras.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

} // namespace credsync
