#pragma once
// The window each evidence source is asked for, from the therapist's own history: from the earlier of
// the DB row's creation and the first associated object's createdAt, minus ten minutes, to now; capped
// by what the source keeps (loki.lookback_days, sentry.retention_days). An explicit sentry.stats_period
// wins over the derived window. When the cap cuts the needed window, the window says so in plain words,
// so that no report claims that evidence is absent when it is only out of reach.
#include "../profile.h"
#include "../types.h"
#include "../i18n/translate.h"

#include <QDateTime>

#include <functional>

namespace credsync::evidence {

// Ten minutes before the earliest relevant time, so the id pull that ran before the object shows up.
inline constexpr int kWindowLeadSeconds = 10 * 60;

// The earlier of the row's creation and `earliestObject`; invalid when neither is known.
QDateTime historyStart(const Therapist &therapist, const QDateTime &earliestObject);

EvidenceWindow lokiWindow(const LokiProfile &profile, const Therapist &therapist, const QDateTime &earliestObject,
                          const QDateTime &now);
EvidenceWindow sentryWindow(const SentryProfile &profile, const Therapist &therapist, const QDateTime &earliestObject,
                            const QDateTime &now);

// The window's note in plain words, through `translate` (QCoreApplication::translate's signature, so an
// export can render it in its own language). Context "EvidenceWindow".
using Translate = i18n::Translate;
QString windowNote(const EvidenceWindow &window, const Translate &translate);

// A cut window of `source`, if any: that source's evidence is incomplete for this therapist.
const EvidenceWindow *cutWindow(const std::vector<EvidenceWindow> &windows, const QString &source);

// "2d", "14d", "24h", "30m", "2w", "45s" → seconds; 0 when malformed.
qint64 periodSeconds(const QString &period);

} // namespace credsync::evidence
