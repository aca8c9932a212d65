#pragma once
// Findings about ids and labels: what HubSpot's labels say against what the id columns hold.
#include "typeview.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace credsync::diagnosis::detail {

// An id pull that found nothing shortly before the object it should have found was created.
struct PullGap
{
    QDateTime pullTime;
    const HubSpotObject *object = nullptr;
    QString label;   // the label whose column the late object should have filled; empty if none is empty
    QString column;
    qint64 deltaMs = 0;
    QString worker;
    QString line;
};

void checkNoObjects(const TypeView &view, const Therapist &therapist, const DiagnosisSettings &settings,
                    const QDateTime &now, std::vector<Finding> &out);
// MISSING_DB_ID and STALE_DB_ID, one per label column, in the profile's label order.
void checkIdColumns(const TypeView &view, const Therapist &therapist, const std::optional<PullGap> &pull,
                    std::vector<Finding> &out);
// MULTIPLE_UNIQUE_LABEL and MISSING_UNIQUE_LABEL.
void checkUniqueLabels(const TypeView &view, std::vector<Finding> &out);
void checkExclusiveLabels(const TypeView &view, std::vector<Finding> &out);

} // namespace credsync::diagnosis::detail
