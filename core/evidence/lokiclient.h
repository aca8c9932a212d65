#pragma once
// Loki's query_range over the shared HTTP transport. Thin: builds requests, pages, de-duplicates, and
// turns answers into LogLines or a "logs unavailable: why" error. Credentials come from the caller
// (environment or keyring) and only ever go into headers.
#include "../net/httptransport.h"
#include "../profile.h"
#include "../result.h"
#include "../types.h"
#include "pagedrequest.h"

#include <QDateTime>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace credsync::evidence {

struct LokiCredentials
{
    QString bearerToken;   // Grafana service-account token (through the datasource proxy); wins if set
    QString basicPassword; // with LokiProfile::user: Grafana Cloud's basic auth
};

// The query and [start, end) window for one therapist.
struct TherapistLogQuery
{
    QString query;   // empty when the therapist has neither a contact id nor a key
    QDateTime start; // inclusive
    QDateTime end;   // exclusive
};

class LokiClient
{
public:
    using LinesCallback = std::function<void(Result<std::vector<LogLine>>)>;

    // A little before the earliest relevant time, so the pull that ran before the object shows up.
    static constexpr int kLeadSeconds = 10 * 60;
    static constexpr int kDefaultMaxTotalLines = 5000;
    static constexpr int kMaxPages = 50;

    LokiClient(net::HttpTransport *transport, LokiProfile profile, LokiCredentials credentials);

    // Pins "now" (tests); defaults to the current UTC time.
    void setClock(std::function<QDateTime()> clock);
    // Stops paging after this many lines in all (the earliest are kept: the query runs forward).
    void setMaxTotalLines(int lines);

    // Pages forward through [start, end) in requests of `limit` lines. Each next page starts at the last
    // timestamp seen (inclusive, so lines sharing it are not lost) and entries already seen (same ns and
    // same line) are dropped; a page that brings nothing new moves past that timestamp.
    PagedRequest queryRange(const QString &query, const QDateTime &start, const QDateTime &end, int limit,
                            LinesCallback callback) const;

    // Lines mentioning the therapist's contact id or key, from kLeadSeconds before the earliest of
    // (therapist created, `earliest`) up to now, never further back than loki.lookbackDays.
    PagedRequest linesForTherapist(const Therapist &therapist, const QDateTime &earliest, LinesCallback callback) const;
    // The same with "now" given (the inspection's clock).
    PagedRequest linesForTherapist(const Therapist &therapist, const QDateTime &earliest, const QDateTime &now,
                                   LinesCallback callback) const;

    const LokiProfile &profile() const;

    static TherapistLogQuery therapistQuery(const LokiProfile &profile, const Therapist &therapist,
                                            const QDateTime &earliest, const QDateTime &now);

    // Opaque state shared with requests in flight, so a client may be destroyed before they finish.
    struct Shared;

private:
    std::shared_ptr<Shared> d;
};

} // namespace credsync::evidence
