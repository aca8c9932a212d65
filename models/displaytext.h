#pragma once
// How times, durations and fixes read in every view: one place, so the list, the detail tabs and a
// copied pane never disagree.
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "core/types.h"

namespace credsync {

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(credsync::DisplayText)
public:
    // Data is UTC; people read their own zone, so the zone is always named: "2025-09-14 13:42:51 EDT".
    static QString localTime(const QDateTime &time);
    // The same without the date when the date is obvious from context: "13:42:51".
    static QString localClock(const QDateTime &time);
    // "52 s", "3 min 5 s", "2 h 10 min", "4 d 3 h"; negative values keep their sign.
    static QString duration(qint64 seconds);
    static QString severity(Severity severity);
    // "pull-ids" → "Pull ids"; unknown values pass through.
    static QString fixName(const QString &fix);
    // What the fix does, in words a Success person follows.
    static QString fixExplanation(const QString &fix);
};

} // namespace credsync
