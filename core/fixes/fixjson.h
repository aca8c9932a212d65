#pragma once
// JSON for plans and results (the `credsync fix --json` output and the audit's before/after).
//   plan:   {"fix","profile","planned_at","therapists":[{"therapist":{id,name,email,contact_id},
//            "fingerprint","refusal"|null,"notes":[…],"target"?,"target_proposed"?,
//            "steps":[{"description","target","before","after","api","status","message"?}]}],
//            "unresolved":[{target,reason}]}
//   result: {"fix","outcome","therapists":[{…plan entry…,"outcome","message","state":[…],"left_to_do":[…],
//            "lock_holder"?}]}
#include "fixtypes.h"

#include <nlohmann/json.hpp>

namespace credsync::fixes {

nlohmann::json valuesJson(const ValueMap &values);
nlohmann::json stepBeforeJson(const FixStep &step);
nlohmann::json stepAfterJson(const FixStep &step);
nlohmann::json stepToJson(const FixStep &step);
nlohmann::json therapistPlanToJson(const TherapistPlan &plan);
nlohmann::json planToJson(const FixPlan &plan);
nlohmann::json therapistResultToJson(const TherapistResult &result);
nlohmann::json resultToJson(const FixResult &result, const FixPlan &plan);

} // namespace credsync::fixes
