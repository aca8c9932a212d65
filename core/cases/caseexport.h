#pragma once
// A case as export content: either the evidence stored with it (what was seen then), or a fresh
// inspection with the stored evidence beside it as "was" (was → now).
#include "case.h"

#include "../export/exportcontent.h"

namespace credsync::cases {

exporting::CaseHeader caseHeader(const Case &c);

// fresh empty: the stored evidence alone. Otherwise the fresh reports in the case's member order,
// each with its stored evidence as content.previous; a member the fresh inspection did not find
// keeps its stored evidence, marked as such. Expects c loaded with evidence (CaseStore::load).
exporting::ExportContent caseContent(const Case &c, const std::vector<TherapistReport> &fresh, const Profile &profile,
                                     const AccountInfo &account);

} // namespace credsync::cases
