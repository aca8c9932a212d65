#pragma once
// The exact state of a contact, line by line, as a fix result reports it, and the expected-vs-read
// checks used to verify steps and whole plans.
#include "fixtypes.h"

namespace credsync::fixes {

// "credentialing_active_attested_id = 1002", "Credentialing 1001 (created …): Active", and for resync the
// mapped properties of the resync object.
QStringList describeState(const FixState &state, const Profile &profile, FixKind kind);

// NULL and "" are the same value everywhere a fix compares.
bool sameValue(const std::optional<QString> &a, const std::optional<QString> &b);
bool sameLabels(QStringList a, QStringList b);

// What the plan's steps leave behind, checked against a fresh read: empty when it matches,
// otherwise one line per difference.
QStringList planMismatches(const TherapistPlan &plan, const FixState &state);

} // namespace credsync::fixes
