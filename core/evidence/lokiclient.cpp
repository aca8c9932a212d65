#include "core/clock.h"
#include "evidencewindows.h"
#include "lokiclient.h"

#include "../logging.h"
#include "httperrors.h"
#include "logparser.h"
#include "logql.h"
#include "lokiresponse.h"

#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

namespace credsync::evidence {

struct LokiClient::Shared
{
    QPointer<net::HttpTransport> transport;
    LokiProfile profile;
    LokiCredentials credentials;
    std::function<QDateTime()> clock;
    int maxTotalLines = kDefaultMaxTotalLines;
};

namespace {

// One query's progress through its pages.
struct Paging
{
    std::shared_ptr<const LokiClient::Shared> shared;
    std::shared_ptr<PagedRequest::State> state;
    QString query;
    qint64 startNs = 0;
    qint64 endNs = 0;
    int limit = 100;
    int maxTotal = 0;
    int pages = 0;
    std::vector<LogLine> lines;
    QSet<QString> seen; // "<ns> <line>"
    LokiClient::LinesCallback callback;
};

QUrl queryRangeUrl(const QUrl &base)
{
    // The base may carry a path (Grafana's datasource proxy): keep it and append Loki's.
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/loki/api/v1/query_range"));
    return url;
}

void finish(const std::shared_ptr<Paging> &paging, Result<std::vector<LogLine>> result)
{
    if (paging->state->cancelled || paging->state->finished)
        return;
    paging->state->finished = true;
    paging->state->inFlight.clear();
    paging->callback(std::move(result));
}

void requestPage(const std::shared_ptr<Paging> &paging)
{
    const LokiClient::Shared &shared = *paging->shared;
    if (!shared.transport) {
        finish(paging, Error::make(Error::Kind::Cancelled, QStringLiteral("logs unavailable: the console is closing"),
                                   QStringLiteral("loki")));
        return;
    }
    const int remaining = paging->maxTotal - int(paging->lines.size());
    net::HttpRequest request;
    request.url = queryRangeUrl(shared.profile.baseUrl);
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("query"), paging->query);
    items.addQueryItem(QStringLiteral("start"), QString::number(paging->startNs));
    items.addQueryItem(QStringLiteral("end"), QString::number(paging->endNs));
    items.addQueryItem(QStringLiteral("limit"), QString::number(std::min(paging->limit, remaining)));
    items.addQueryItem(QStringLiteral("direction"), QStringLiteral("forward"));
    // QUrlQuery leaves '+', '&' and '=' alone in values unless told; a LogQL query contains all three.
    QString encoded;
    for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    request.url.setQuery(encoded, QUrl::StrictMode);
    if (!shared.credentials.bearerToken.isEmpty()) {
        request.headers.append({QByteArrayLiteral("Authorization"),
                                QByteArrayLiteral("Bearer ") + shared.credentials.bearerToken.toUtf8()});
    } else if (!shared.profile.user.isEmpty()) {
        const QByteArray pair = shared.profile.user.toUtf8() + ':' + shared.credentials.basicPassword.toUtf8();
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64()});
    }
    if (!shared.profile.orgId.isEmpty())
        request.headers.append({QByteArrayLiteral("X-Scope-OrgID"), shared.profile.orgId.toUtf8()});
    request.description = QStringLiteral("loki GET query_range page %1").arg(paging->pages + 1);

    const int pageLimit = std::min(paging->limit, remaining);
    net::RequestHandle handle = shared.transport->send(std::move(request), [paging, pageLimit](const net::HttpResponse &response) {
        if (paging->state->cancelled)
            return;
        if (!response.isSuccess()) {
            finish(paging, evidenceHttpError(response, QStringLiteral("loki"), QStringLiteral("logs"), QStringLiteral("Loki")));
            return;
        }
        Result<std::vector<LogLine>> page = parseLokiResponse(response.body);
        if (!page.ok()) {
            finish(paging, page.error());
            return;
        }
        ++paging->pages;
        qint64 lastNs = paging->startNs;
        int fresh = 0;
        for (LogLine &line : *page) {
            lastNs = std::max(lastNs, line.timestampNs);
            const QString key = QString::number(line.timestampNs) + QLatin1Char(' ') + line.line;
            if (paging->seen.contains(key))
                continue;
            paging->seen.insert(key);
            paging->lines.push_back(std::move(line));
            ++fresh;
        }
        const bool lastPage = int(page->size()) < pageLimit;
        const bool capped = int(paging->lines.size()) >= paging->maxTotal || paging->pages >= LokiClient::kMaxPages;
        if (lastPage || capped) {
            if (capped && !lastPage)
                logging::get("evidence")->info("loki: stopped after {} lines in {} pages", paging->lines.size(),
                                               paging->pages);
            std::stable_sort(paging->lines.begin(), paging->lines.end(),
                             [](const LogLine &a, const LogLine &b) { return a.timestampNs < b.timestampNs; });
            finish(paging, std::move(paging->lines));
            return;
        }
        // Inclusive restart at the last timestamp keeps lines that share it; if a whole page was already
        // seen, more than `limit` lines share that nanosecond: step past it rather than loop.
        paging->startNs = fresh == 0 ? lastNs + 1 : lastNs;
        if (paging->startNs >= paging->endNs) {
            finish(paging, std::move(paging->lines));
            return;
        }
        requestPage(paging);
    });
    paging->state->inFlight = {handle};
}

} // namespace

LokiClient::LokiClient(net::HttpTransport *transport, LokiProfile profile, LokiCredentials credentials)
    : d(std::make_shared<Shared>())
{
    d->transport = transport;
    d->profile = std::move(profile);
    d->credentials = std::move(credentials);
    // Belt and braces: even if a header ends up in a debug log, the secret does not.
    logging::registerSecret(d->credentials.bearerToken);
    logging::registerSecret(d->credentials.basicPassword);
    d->clock = [] { return clock::nowUtc(); };
}

void LokiClient::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

void LokiClient::setMaxTotalLines(int lines)
{
    d->maxTotalLines = std::max(1, lines);
}

PagedRequest LokiClient::queryRange(const QString &query, const QDateTime &start, const QDateTime &end, int limit,
                                    LinesCallback callback) const
{
    auto paging = std::make_shared<Paging>();
    paging->shared = d;
    paging->state = std::make_shared<PagedRequest::State>();
    paging->query = query;
    paging->startNs = nsFromTime(start);
    paging->endNs = nsFromTime(end);
    paging->limit = std::max(1, limit);
    paging->maxTotal = d->maxTotalLines;
    paging->callback = std::move(callback);
    PagedRequest handle(paging->state);
    if (d->profile.baseUrl.isEmpty()) {
        finish(paging, Error::make(Error::Kind::Config, QStringLiteral("logs unavailable: Loki is not configured"),
                                   QStringLiteral("loki")));
    } else if (query.isEmpty() || paging->startNs <= 0 || paging->startNs >= paging->endNs) {
        finish(paging, std::vector<LogLine>{}); // nothing to ask for
    } else {
        requestPage(paging);
    }
    return handle;
}

TherapistLogQuery LokiClient::therapistQuery(const LokiProfile &profile, const Therapist &therapist,
                                             const QDateTime &earliest, const QDateTime &now)
{
    TherapistLogQuery out;
    out.query = therapistLogQuery(profile.selector, therapist.contactId, therapist.id);
    // The same window the report states (evidencewindows.h), so what is shown is what was asked.
    out.start = lokiWindow(profile, therapist, earliest, now).start;
    // end is exclusive: one second past now keeps a line logged at this very moment.
    out.end = now.addSecs(1).toUTC();
    return out;
}

PagedRequest LokiClient::linesForTherapist(const Therapist &therapist, const QDateTime &earliest,
                                           LinesCallback callback) const
{
    return linesForTherapist(therapist, earliest, d->clock(), std::move(callback));
}

PagedRequest LokiClient::linesForTherapist(const Therapist &therapist, const QDateTime &earliest, const QDateTime &now,
                                           LinesCallback callback) const
{
    const TherapistLogQuery q = therapistQuery(d->profile, therapist, earliest, now);
    return queryRange(q.query, q.start, q.end, d->profile.limit, std::move(callback));
}

const LokiProfile &LokiClient::profile() const
{
    return d->profile;
}

} // namespace credsync::evidence
