// DefaultRetryPolicy and the small value helpers of httptransport.h that carry no transport state.
#include "httptransport.h"

#include "../clock.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace credsync::net {

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    const QByteArray upper = method.toUpper();
    return upper != "POST" && upper != "PATCH";
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

DefaultRetryPolicy::DefaultRetryPolicy(int baseMs, int capMs, int maxRetryAfterMs)
    : m_baseMs(std::max(1, baseMs)), m_capMs(std::max(1, capMs)), m_maxRetryAfterMs(std::max(0, maxRetryAfterMs))
{
}

int DefaultRetryPolicy::backoffMs(int attempt, int baseMs, int capMs)
{
    // Shifting past ~20 would overflow long before any sane cap; clamp the exponent instead.
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 raw = qint64(std::max(1, baseMs)) << exponent;
    return int(std::min<qint64>(raw, std::max(1, capMs)));
}

int DefaultRetryPolicy::jitteredBackoffMs(int attempt, int baseMs, int capMs)
{
    // Full jitter (uniform over the whole range) spreads a burst of clients that failed together
    // better than "backoff ± a little", which keeps them in lock-step.
    const int ceiling = backoffMs(attempt, baseMs, capMs);
    return int(QRandomGenerator::global()->bounded(quint32(ceiling) + 1));
}

std::optional<int> DefaultRetryPolicy::retryAfterMs(const HttpResponse &response)
{
    const QByteArray raw = response.header(QByteArrayLiteral("Retry-After")).trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = raw.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qint64>(seconds * 1000, INT_MAX)));
    // An HTTP date (RFC 7231 IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"). The C locale keeps the day and
    // month names English whatever the machine's language.
    const QString text = QString::fromLatin1(raw);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    // The console's clock, which in demo mode is the sandbox world's: the date was written by that server.
    const qint64 ms = clock::nowUtc().msecsTo(when);
    return int(std::clamp<qint64>(ms, 0, INT_MAX));
}

bool DefaultRetryPolicy::isRetryableStatus(int status)
{
    if (status == 408 || status == 423 || status == 429)
        return true;
    return status >= 500 && status <= 599 && status != 501;
}

bool DefaultRetryPolicy::surelyNotProcessed(const HttpResponse &response)
{
    if (response.status == 423 || response.status == 429)
        return true; // refused before the request was looked at
    if (response.status != 0 || response.timedOut)
        return false;
    switch (QNetworkReply::NetworkError(response.networkErrorCode)) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

std::optional<int> DefaultRetryPolicy::retryDelayMs(const HttpRequest &request, const HttpResponse &response,
                                                    int attempt) const
{
    if (attempt >= request.maxAttempts)
        return std::nullopt;
    const bool networkFailure = response.status == 0;
    if (!networkFailure && !isRetryableStatus(response.status))
        return std::nullopt;
    // A POST that timed out may have been applied; repeating it could apply it twice.
    if (!request.isIdempotent() && !surelyNotProcessed(response))
        return std::nullopt;
    if (const auto after = retryAfterMs(response)) {
        if (*after > m_maxRetryAfterMs)
            return std::nullopt; // waiting that long in a console is worse than telling the person now
        return *after;
    }
    return jitteredBackoffMs(attempt, m_baseMs, m_capMs);
}

} // namespace credsync::net
