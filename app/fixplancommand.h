#pragma once
// The approved clean-up: `credsync fix KIND --from-scan … --plan-out PLAN.json`, `fix approve PLAN.json`
// and `fix apply PLAN.json`, routed here from the fix command.
#include "core/fixes/fixtypes.h"
#include "core/fixes/planapplier.h"
#include "core/fixes/planfile.h"
#include "core/profile.h"

#include <QStringList>

#include <functional>

namespace credsync::app {

// True for the plan-file forms (approve / apply / --from-scan); the fix command hands them over.
bool isPlanFileInvocation(const QStringList &arguments);
int runPlanFileCommand(const QStringList &arguments);

using PlanApplySummary = fixes::PlanApplySummary;

// Applies an approved plan (already checked with checkApplicable) therapist by therapist, journaling each
// outcome to journalPath so that a second run resumes; progress(done, total, contact).
Result<PlanApplySummary> applyPlanFile(const Profile &profile, const fixes::PlanFile &plan, const QString &journalPath,
                                       const QString &applier, std::function<void(int, int, const QString &)> progress = {},
                                       std::function<bool()> stopRequested = {});

// Scans and plans: the plan file for every therapist needing the fix (not yet saved).
Result<fixes::PlanFile> planFromScan(const Profile &profile, fixes::FixKind kind, const QString &code, int limit, const QString &planner);

} // namespace credsync::app
