#include "credentialingtype.h"

namespace credsync::test::credentialing {

ObjectTypeProfile objectType(const std::vector<ExtraLabel> &extra)
{
    ObjectTypeProfile type;
    type.name = QStringLiteral("Credentialing");
    type.typeId = kType;
    type.labels = {{kAA, kColAA}, {kActive, kColActive}};
    type.uniqueLabels = {kAA, kActive};
    for (const ExtraLabel &label : extra) {
        type.labels.push_back({label.label, label.column});
        type.uniqueLabels << label.label;
    }
    type.requiredLabel = kAA;
    type.exclusiveLabels = {{kAA, kActive}};
    return type;
}

std::vector<LabelDefinition> labelDefinitions(const std::vector<ExtraLabel> &extra)
{
    std::vector<LabelDefinition> labels{{QStringLiteral("HUBSPOT_DEFINED"), 15, QString()},
                                        {QStringLiteral("USER_DEFINED"), 41, kAA},
                                        {QStringLiteral("USER_DEFINED"), 43, kActive}};
    for (const ExtraLabel &label : extra)
        labels.push_back({QStringLiteral("USER_DEFINED"), label.typeId, label.label});
    return labels;
}

} // namespace credsync::test::credentialing
