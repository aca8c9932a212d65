#include "httperrors.h"

#include "../boundedjson.h"

#include <nlohmann/json.hpp>

namespace credsync::evidence {

QString errorBodyText(const QByteArray &body)
{
    QString text;
    try {
        const nlohmann::json doc = boundedjson::parse(body);
        for (const char *key : {"detail", "message", "error"}) {
            if (doc.is_object() && doc.contains(key) && doc[key].is_string()) {
                text = QString::fromStdString(doc[key].get<std::string>());
                break;
            }
        }
    } catch (const std::exception &) {
        text = QString::fromUtf8(body);
    }
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    return text;
}

Error evidenceHttpError(const net::HttpResponse &response, const QString &source, const QString &what,
                        const QString &service)
{
    const QString prefix = what + QStringLiteral(" unavailable: ");
    const QString detail = errorBodyText(response.body);
    const QString suffix = detail.isEmpty() ? QString() : QString(QStringLiteral(": ") + detail);
    Error error;
    error.source = source;
    error.httpStatus = response.status;
    if (response.status == 0) {
        error.kind = response.timedOut ? Error::Kind::Timeout : Error::Kind::Network;
        error.message = prefix + (response.timedOut ? QString(service + QStringLiteral(" did not answer in time"))
                                                    : QString(service + QStringLiteral(" is unreachable (")
                                                              + response.networkError + QLatin1Char(')')));
    } else if (response.status == 401 || response.status == 403) {
        error.kind = Error::Kind::Auth;
        error.message = prefix + service + QStringLiteral(" rejected the credentials");
    } else if (response.status == 400) {
        error.kind = Error::Kind::Validation;
        error.message = prefix + service + QStringLiteral(" rejected the query")
            + suffix;
    } else if (response.status == 404) {
        error.kind = Error::Kind::NotFound;
        error.message = prefix + service + QStringLiteral(" answered 404")
            + suffix;
    } else if (response.status == 429) {
        error.kind = Error::Kind::RateLimited;
        error.message = prefix + service + QStringLiteral(" is rate limiting us (429)");
    } else if (response.status >= 500) {
        error.kind = Error::Kind::Server;
        error.message = prefix + service + QStringLiteral(" failed (") + QString::number(response.status)
            + suffix + QLatin1Char(')');
    } else {
        error.kind = Error::Kind::BadResponse;
        error.message = prefix + service + QStringLiteral(" answered ") + QString::number(response.status);
    }
    return error;
}

} // namespace credsync::evidence
