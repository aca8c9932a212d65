#pragma once
// A cancellable chain of requests (pages, then per-issue events): one handle for the whole chain, so
// that a superseded inspection stops paging instead of finishing in the background.
#include "../net/httptransport.h"

#include <memory>

namespace credsync::evidence {

class PagedRequest
{
public:
    struct State
    {
        bool cancelled = false;
        bool finished = false;
        std::vector<net::RequestHandle> inFlight;
    };

    PagedRequest() = default;
    explicit PagedRequest(std::shared_ptr<State> state) : m_state(std::move(state)) {}

    // No callback of the chain runs after this; requests in flight are cancelled.
    void cancel()
    {
        if (!m_state)
            return;
        m_state->cancelled = true;
        for (net::RequestHandle &handle : m_state->inFlight)
            handle.cancel();
        m_state->inFlight.clear();
    }
    bool isActive() const { return m_state && !m_state->cancelled && !m_state->finished; }

private:
    std::shared_ptr<State> m_state;
};

} // namespace credsync::evidence
