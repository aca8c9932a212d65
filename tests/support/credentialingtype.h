#pragma once
// The Credentialing object type of domain.md as the fixture builders share it (tst_diagnosis_fixtures.h
// and fixfixture.h): its type id, its two label columns, the profile's object type and the portal's label
// definitions, each with any extra unique labels a test adds.
#include "core/profile.h"
#include "core/types.h"

#include <QString>

#include <vector>

namespace credsync::test::credentialing {

inline const QString kType = QStringLiteral("2-31374266");
inline const QString kAA = QStringLiteral("Active Attested");
inline const QString kActive = QStringLiteral("Active");
inline const QString kColAA = QStringLiteral("credentialing_active_attested_id");
inline const QString kColActive = QStringLiteral("credentialing_hubspot_id");

// A label beside "Active Attested" and "Active": its therapists column and its USER_DEFINED type id.
struct ExtraLabel
{
    QString label;
    QString column;
    int typeId = 0;
};

// "Credentialing": "Active Attested" (required) and "Active", exclusive and unique, each with its
// column; then every extra label, unique, with its column.
ObjectTypeProfile objectType(const std::vector<ExtraLabel> &extra = {});

// The portal's contact → Credentialing labels: the unlabeled HUBSPOT_DEFINED 15, "Active Attested" 41,
// "Active" 43, then the extra labels.
std::vector<LabelDefinition> labelDefinitions(const std::vector<ExtraLabel> &extra = {});

} // namespace credsync::test::credentialing
