#include "evidencegatherer.h"

#include "../evidence/lokiclient.h"
#include "../evidence/evidencewindows.h"
#include "../evidence/sentryclient.h"
#include "core/clock.h"

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

void EvidenceGatherer::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
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
    const QDateTime now = m_now ? m_now() : clock::nowUtc();

    if (m_loki) {
        // The window the query uses (LokiClient::therapistQuery) is this one; the report states it.
        state->evidence.windows.push_back(evidence::lokiWindow(m_loki->profile(), therapist, earliest, now));
        ++state->pending;
        track(m_loki->linesForTherapist(therapist, earliest, now, [state](Result<std::vector<LogLine>> result) {
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
        const EvidenceWindow window = evidence::sentryWindow(m_sentry->profile(), therapist, earliest, now);
        state->evidence.windows.push_back(window);
        ++state->pending;
        track(m_sentry->issuesForContact(therapist.contactId, window.start, window.end,
                                         [state](Result<std::vector<SentryIssue>> result) {
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
