#pragma once
// What the therapist list keeps per row: only what it shows, sorts and filters on (issue 14). The full
// report (objects, logs, Sentry issues, timeline) lives in the model's report cache, fetched again on
// selection when it is not held. Everything costly is computed once here, when the report arrives:
// the folded search text, the sort keys, the verdict.
#include <QString>
#include <QStringList>

#include "core/report/verdict.h"
#include "core/types.h"
#include "therapiststatus.h"

namespace credsync {

struct TherapistRow
{
    QString key;          // TherapistStatus::key
    QString therapistId;
    QString target;       // what was pasted, or the scan's key
    QString name;         // the name, or the target when the name is unknown
    QString email;
    QString contactId;
    QStringList codes;        // finding codes, de-duplicated, in finding order
    QStringList objectTypes;  // object types the findings are about
    QString toolTipLines;     // "CODE: summary" and source problems, one a line; empty when none
    QString search;           // folded (case and accents) name, email, ids, codes, column values, object ids
    QString nameKey;          // folded name: the name column's sort key
    QString emailKey;         // folded email
    qint64 contactIdNumber = -1; // 64-bit, never int or double; -1 when not a number
    qint64 lastErrorMs = 0;      // the most recent Sentry sighting, 0 when none
    verdict::Assessment assessment;
    TherapistStatus::Value status = TherapistStatus::Healthy;
    quint8 severityMask = 0;     // bit (1 << Severity) for each finding's severity
    quint16 findingCount = 0;

    static TherapistRow fromReport(const TherapistReport &report);
    // A scan or a check of this therapist again resolves fastest by contact id, then by the key column.
    QString inspectTarget() const;
    bool hasSeverity(Severity severity) const { return severityMask & (1u << unsigned(severity)); }
};

// Case- and accent-folded text for the free-text filter: "García" and "GARCIA" both become "garcia".
QString searchFold(const QString &text);

} // namespace credsync
