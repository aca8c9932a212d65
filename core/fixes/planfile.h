#pragma once
// PLAN.json: a bulk fix planned from a scan, exported for a second operator's approval, then applied.
// The contract: {"kind","created_at","planner","profile","approvals":[{"operator","at"}],
// "therapists":[{"contact_id","fingerprint","steps":[…]}]}. Each therapist also carries its key
// ("therapist_id") and name, and each approval the digest of what was approved, so that a plan
// edited after its approval is not applied.
#include "fixtypes.h"

#include "../result.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace credsync::fixes {

struct PlanApproval
{
    QString operatorName;
    QDateTime at;
    QString digest; // of the plan as approved
};

struct PlanFileTherapist
{
    QString contactId;
    QString therapistId;
    QString name;
    QString fingerprint;
    nlohmann::json steps = nlohmann::json::array();
};

struct PlanFile
{
    FixKind kind = FixKind::PullIds;
    QDateTime createdAt;
    QString planner;
    QString profile;
    QString code;      // the finding code the plan was limited to, if any
    std::vector<PlanApproval> approvals;
    std::vector<PlanFileTherapist> therapists;
};

// Every therapist of the plan with steps to apply (refused and already-correct ones are left out).
PlanFile planFileFrom(const FixPlan &plan, const QString &planner, const QDateTime &createdAt, const QString &code = {});

nlohmann::json planFileToJson(const PlanFile &plan);
// A Validation error names what is missing or malformed.
Result<PlanFile> planFileFromJson(const QByteArray &json);
Result<PlanFile> loadPlanFile(const QString &path);
Status savePlanFile(const QString &path, const PlanFile &plan);

// SHA-256 over kind, created_at, planner, profile and therapists: what an approval vouches for.
QString planDigest(const PlanFile &plan);

// Adds `approver`'s approval. Refused when the approver planned it or already approved it.
Status approvePlan(PlanFile &plan, const QString &approver, const QDateTime &at);

// Whether the plan may be applied now by this profile: approved by someone other than the planner
// (for this very content), not older than lifetimeHours, made for this profile.
Status checkApplicable(const PlanFile &plan, const QString &profileName, const QDateTime &now, int lifetimeHours);

// The steps a plan entry shows, as in PLAN.json: to compare a fresh plan with the approved one.
nlohmann::json planStepsJson(const TherapistPlan &plan);

} // namespace credsync::fixes
