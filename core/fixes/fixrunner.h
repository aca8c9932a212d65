#pragma once
// The one entry point the CLI and the GUI use: plan a fix over a selection of therapists (one
// combined plan), then apply it therapist by therapist with progress and cancel. Pacing within the
// HubSpot budget is the client's throttle's job; the runner keeps at most one therapist in flight so
// that a bulk apply never bursts. Lives on the Inspector's thread and shares its sources.
#include "fixgateway.h"
#include "fixtypes.h"
#include "pullidsplanner.h"
#include "relabelplanner.h"
#include "therapistapply.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace credsync::fixes {

class AuditStore;
struct InterruptedRun;

struct FixRequest
{
    FixKind kind = FixKind::PullIds;
    bool automatic = false; // fix auto: planAuto decides per therapist (kind is then only a default)
    PullIdsRequest pullIds;
    RelabelRequest relabel;
};

// Plans one therapist from a fresh state (pure).
TherapistPlan planFor(const FixRequest &request, const FixState &state, const Profile &profile);

class FixRunner : public QObject
{
    Q_OBJECT
public:
    // gateway and audit are not owned; audit may be null only in tests.
    FixRunner(FixGateway *gateway, Profile profile, AuditStore *audit, ApplyOptions options = {}, QObject *parent = nullptr);
    ~FixRunner() override;

    // Reads each therapist's state and plans; a therapist whose state cannot be read gets a refused
    // entry saying why. done is called once with the combined plan.
    void plan(const FixRequest &request, const std::vector<FixSubject> &subjects, std::function<void(const FixPlan &)> done);

    // Applies a plan made by plan(). A read-only profile refuses every therapist. done is called once.
    void apply(const FixPlan &plan, std::function<void(const FixResult &)> done);

    // Stops the apply: the therapist in flight stops before its next step and its completed steps are
    // undone (never left half-done); the rest are reported Cancelled. Also stops planning.
    void cancel();
    // Like cancel(), but the therapist in flight stops too: before its next step, with the step in
    // flight verified and its completed steps undone (TherapistApply::cancel). reason ends up in the
    // result and the audit ("stopped by SIGTERM"). The CLI's signals and the window's Cancel use it.
    void stop(const QString &reason);
    bool isBusy() const;

Q_SIGNALS:
    void progress(int done, int total, const QString &text);
    void stepUpdated(const QString &therapistKey, int index, const credsync::fixes::FixStep &step);

private:
    void planNext();
    std::optional<InterruptedRun> interruptedRunFor(const QString &contactId) const;
    void applyNext();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace credsync::fixes
