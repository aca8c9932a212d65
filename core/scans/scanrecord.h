#pragma once
// A recorded scan: each therapist's verdict and finding codes at one moment, kept in the workspace so
// that the next scan can say what changed.
#include "../types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace credsync::scans {

namespace Verdict {
inline const QString Healthy = QStringLiteral("healthy");
inline const QString Attention = QStringLiteral("attention");
inline const QString Broken = QStringLiteral("broken");
inline const QString Unknown = QStringLiteral("unknown");
} // namespace Verdict

struct RecordedTherapist
{
    QString key;        // the therapists table's key
    QString contactId;
    QString name;
    QString email;
    QString verdict;    // healthy | attention | broken | unknown
    QStringList codes;  // finding codes, sorted, distinct
};

struct RecordedScan
{
    qint64 id = 0;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC
    QString profile;
    QString operatorName;
    std::vector<RecordedTherapist> therapists;
};

// The verdict of one scanned therapist, as the report states it (verdict::assess), in its contract word.
QString verdictOf(const TherapistReport &report);

RecordedTherapist recordOf(const TherapistReport &report);

} // namespace credsync::scans
