#pragma once
// The fix tests' shared prelude (tst_fixauto, tst_fixplanner, tst_fixexecutor): the Credentialing object
// type of domain.md, a profile over it, its label definitions, and fix states written as short strings.
#include "core/fixes/fixtypes.h"
#include "core/profile.h"
#include "support/credentialingtype.h"

#include <QString>

#include <vector>

namespace credsync::test::fix {

using credentialing::kAA;
using credentialing::kActive;
using credentialing::kColAA;
using credentialing::kColActive;
using credentialing::kType;
using ExtraLabel = credentialing::ExtraLabel;
inline const QString kTherapistKey = QStringLiteral("5b0c6d1e-0000-4000-8000-000000000001");
inline const QString kContactId = QStringLiteral("161204877310");

// Profile `name` with the object type credentialing::objectType(extra). Resync settings are the caller's.
Profile credentialingProfile(const QString &name, const std::vector<ExtraLabel> &extra = {});

// credentialing::labelDefinitions(extra).
std::vector<LabelDefinition> credentialingLabels(const std::vector<ExtraLabel> &extra = {});

// The therapist kTherapistKey (contact kContactId) with every label column NULL, then
//   objects "1001@3:Active,Active Attested|1002@5:": objects created on day 3 and 5 of September 2025;
//   columns "credentialing_active_attested_id=1001;credentialing_hubspot_id=" (empty value: NULL).
fixes::FixState credentialingState(const QString &objects, const QString &columns = {}, const std::vector<ExtraLabel> &extra = {});

} // namespace credsync::test::fix
