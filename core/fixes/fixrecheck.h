#pragma once
// The delayed re-check after an apply: HubSpot workflows may still be running when a fix lands, so
// the therapists are inspected again after a while (profile diagnosis.recheckSeconds, default 120 s)
// and flagged when they broke again. The GUI runs it in the background; the CLI with --recheck.
#include "../result.h"
#include "../types.h"

#include <QObject>
#include <QStringList>

#include <vector>

namespace credsync {
class Inspector;
}

namespace credsync::fixes {

struct RecheckOutcome
{
    TherapistReport report;
    bool brokeAgain = false;   // findings that a fix addresses (anything but info/wait/none)
};

class FixRecheck : public QObject
{
    Q_OBJECT
public:
    // inspector is not owned and must be connected; jobId must not collide with the caller's own jobs.
    FixRecheck(Inspector *inspector, quint64 jobId, QObject *parent = nullptr);

    // Waits delaySeconds (a timer, not a nested loop), then inspects the targets (ids and labels only).
    void start(const QStringList &targets, int delaySeconds);
    void cancel();

    static bool needsFix(const TherapistReport &report);

Q_SIGNALS:
    void finished(const std::vector<credsync::fixes::RecheckOutcome> &outcomes, const credsync::Status &status);

private:
    Inspector *m_inspector;
    quint64 m_jobId;
    bool m_cancelled = false;
    std::vector<RecheckOutcome> m_outcomes;
};

} // namespace credsync::fixes
