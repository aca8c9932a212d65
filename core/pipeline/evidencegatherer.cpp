#include "evidencegatherer.h"

#include "../evidence/lokiclient.h"
#include "../evidence/sentryclient.h"

#include <algorithm>

namespace credsync::pipeline {

EvidenceGatherer::EvidenceGatherer(evidence::LokiClient *loki, evidence::SentryClient *sentry, QString lokiProblem,
                                   QString sentryProblem)
    : m_loki(loki), m_sentry(sentry), m_lokiProblem(std::move(lokiProblem)), m_sentryProblem(std::move(sentryProblem))
{
}

EvidenceGatherer::~EvidenceGatherer()
{
    cancel();
}

void EvidenceGatherer::cancel()
{
    for (evidence::PagedRequest &request : m_requests)
        request.cancel();
    m_requests.clear();
}

void EvidenceGatherer::track(evidence::PagedRequest request)
{
    // Finished chains need no cancelling: drop them so that a long scan does not accumulate them.
    m_requests.erase(std::remove_if(m_requests.begin(), m_requests.end(),
                                    [](const evidence::PagedRequest &r) { return !r.isActive(); }),
                     m_requests.end());
    m_requests.push_back(std::move(request));
}

void EvidenceGatherer::gather(const Therapist &therapist, const QDateTime &earliest,
                              std::function<void(GatheredEvidence)> done)
{
    struct State
    {
        GatheredEvidence evidence;
        int pending = 0;
        std::function<void(GatheredEvidence)> done;
        void settle()
        {
            if (--pending == 0)
                done(std::move(evidence));
        }
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->pending = 1; // held until both requests are under way, so a synchronous answer cannot finish early

    if (m_loki) {
        ++state->pending;
        track(m_loki->linesForTherapist(therapist, earliest, [state](Result<std::vector<LogLine>> result) {
            if (result)
                state->evidence.logs = std::move(result).value();
            else
                state->evidence.problems.push_back({QStringLiteral("loki"),
                                                    QStringLiteral("logs unavailable: %1").arg(result.error().describe())});
            state->settle();
        }));
    } else if (!m_lokiProblem.isEmpty()) {
        state->evidence.problems.push_back({QStringLiteral("loki"), QStringLiteral("logs unavailable: %1").arg(m_lokiProblem)});
    }

    if (m_sentry && !therapist.contactId.isEmpty()) {
        ++state->pending;
        track(m_sentry->issuesForContact(therapist.contactId, [state](Result<std::vector<SentryIssue>> result) {
            if (result)
                state->evidence.errors = std::move(result).value();
            else
                state->evidence.problems.push_back({QStringLiteral("sentry"),
                                                    QStringLiteral("errors unavailable: %1").arg(result.error().describe())});
            state->settle();
        }));
    } else if (!m_sentry && !m_sentryProblem.isEmpty()) {
        state->evidence.problems.push_back({QStringLiteral("sentry"), QStringLiteral("errors unavailable: %1").arg(m_sentryProblem)});
    }
    state->settle();
}

} // namespace credsync::pipeline
