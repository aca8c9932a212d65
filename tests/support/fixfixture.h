#pragma once
// The fix tests' shared prelude (tst_fixauto, tst_fixplanner, tst_fixexecutor): the Credentialing object
// type of domain.md, a profile over it, its label definitions, and fix states written as short strings.
#include "core/fixes/fixtypes.h"
#include "core/profile.h"

#include <QString>

#include <vector>

namespace credsync::test::fix {

inline const QString kType = QStringLiteral("2-31374266");
inline const QString kAA = QStringLiteral("Active Attested");
inline const QString kActive = QStringLiteral("Active");
inline const QString kColAA = QStringLiteral("credentialing_active_attested_id");
inline const QString kColActive = QStringLiteral("credentialing_hubspot_id");
inline const QString kTherapistKey = QStringLiteral("5b0c6d1e-0000-4000-8000-000000000001");
inline const QString kContactId = QStringLiteral("161204877310");

// A label beside "Active Attested" and "Active": its therapists column and its USER_DEFINED type id.
struct ExtraLabel
{
    QString label;
    QString column;
    int typeId = 0;
};

// Profile `name` with the object type "Credentialing": "Active Attested" (required) and "Active",
// exclusive and unique, each with its column; every extra label unique with its column. Resync settings
// are the caller's.
Profile credentialingProfile(const QString &name, const std::vector<ExtraLabel> &extra = {});

// The portal's contact → Credentialing labels: the unlabeled HUBSPOT_DEFINED 15, "Active Attested" 41,
// "Active" 43, then the extra labels.
std::vector<LabelDefinition> credentialingLabels(const std::vector<ExtraLabel> &extra = {});

// The therapist kTherapistKey (contact kContactId) with every label column NULL, then
//   objects "1001@3:Active,Active Attested|1002@5:": objects created on day 3 and 5 of September 2025;
//   columns "credentialing_active_attested_id=1001;credentialing_hubspot_id=" (empty value: NULL).
fixes::FixState credentialingState(const QString &objects, const QString &columns = {}, const std::vector<ExtraLabel> &extra = {});

} // namespace credsync::test::fix
