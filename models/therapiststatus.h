#pragma once
// The one-word verdict on a therapist that the list shows first, derived from its report.
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include "core/report/verdict.h"
#include "core/types.h"

namespace credsync {

class TherapistStatus
{
    Q_DECLARE_TR_FUNCTIONS(credsync::TherapistStatus)
public:
    // Ordered by urgency, so the raw value sorts the list worst-first when descending.
    enum Value { Healthy = 0, Waiting, Attention, Incomplete, Broken };

    static Value of(const TherapistReport &report);
    static QString text(Value status);
    // The status as the list and the header say it, with its depth: "ids and labels OK" for a healthy
    // verdict resting on the DB and HubSpot only, "Healthy" once logs and Sentry were read as well.
    static QString text(const TherapistReport &report);
    // The same words from what a slim list row keeps (the status and the verdict's assessment).
    static QString text(Value status, const verdict::Assessment &assessment);
    static QIcon icon(Value status);
    // Error > Warning > Info; -1 when there is no finding.
    static int worstSeverity(const TherapistReport &report);
    // Identifies a therapist across jobs: the DB key when known, else the contact id, else the target.
    static QString key(const TherapistReport &report);
};

} // namespace credsync
