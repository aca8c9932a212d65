#pragma once
// Plain-text rendering of plans and results for the terminal and for copying from the GUI.
#include "fixtypes.h"

namespace credsync::fixes {

QString therapistHeading(const TherapistPlan &plan);
QString planText(const FixPlan &plan);
QString resultText(const FixResult &result, const FixPlan &plan);

} // namespace credsync::fixes
