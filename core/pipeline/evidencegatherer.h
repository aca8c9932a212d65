#pragma once
// Reads one therapist's log lines (Loki) and errors (Sentry). Each source is independent: a source that
// is down, slow or rejects the credentials becomes a SourceProblem on the therapist, never a failure of
// the inspection. Requests for many therapists run concurrently, bounded by the transport.
#include "../evidence/pagedrequest.h"
#include "../profile.h"
#include "../types.h"

#include <functional>
#include <memory>
#include <vector>

namespace credsync::evidence {
class LokiClient;
class SentryClient;
}

namespace credsync::pipeline {

struct GatheredEvidence
{
    std::vector<LogLine> logs;
    std::vector<SentryIssue> errors;
    std::vector<SourceProblem> problems;
    std::vector<EvidenceWindow> windows; // what each configured source was asked for
};

class EvidenceGatherer
{
public:
    // Either client may be null (not configured); lokiProblem/sentryProblem say why when so.
    EvidenceGatherer(evidence::LokiClient *loki, evidence::SentryClient *sentry, QString lokiProblem, QString sentryProblem);
    ~EvidenceGatherer();
    EvidenceGatherer(const EvidenceGatherer &) = delete;
    EvidenceGatherer &operator=(const EvidenceGatherer &) = delete;

    // earliest: the earliest relevant time (therapist created, first object created).
    void gather(const Therapist &therapist, const QDateTime &earliest, std::function<void(GatheredEvidence)> done);
    void cancel();
    // "now" for the windows (the inspector's clock); defaults to clock::nowUtc().
    void setClock(std::function<QDateTime()> now);

private:
    void track(evidence::PagedRequest request);

    evidence::LokiClient *m_loki;
    evidence::SentryClient *m_sentry;
    QString m_lokiProblem;
    QString m_sentryProblem;
    std::vector<evidence::PagedRequest> m_requests;
    std::function<QDateTime()> m_now;
};

} // namespace credsync::pipeline
