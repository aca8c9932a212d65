#pragma once
// Hand-built reports covering each end state the triage window must show, for model and widget tests
// that must not depend on the inspector, the sandbox or the clock.
#include "core/profile.h"
#include "core/types.h"

#include <vector>

namespace credsync::test {

// Credentialing (3 labels) and License (1 label), as in the README's profile.
Profile fixtureProfile();
AccountInfo fixtureAccount();
// Fixed UTC base time; every fixture time is relative to it.
QDateTime fixtureNow();

TherapistReport healthyReport();         // Ada Lovelace: every column matches
TherapistReport missingIdReport();       // Grace Hopper: pull ran 52 s before the object existed
TherapistReport twoActiveAttestedReport(); // Alan Turing: step 2 failed, two Active Attested
TherapistReport conflictingLabelsReport(); // Edsger Dijkstra: one object with Active + Active Attested
TherapistReport waitingReport();         // Barbara Liskov: fresh sign-up, no objects yet
TherapistReport incompleteReport();      // Ken Thompson: HubSpot could not be read
std::vector<TherapistReport> fixtureReports(); // all of the above, in that order

// A scan-sized batch: n healthy-looking therapists with distinct keys and contact ids.
std::vector<TherapistReport> generatedReports(int count, int firstIndex = 0);

} // namespace credsync::test
