#include "evidencewindows.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace credsync::evidence {

namespace {

QString day(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

// [max(needed, floor), now], cut when the needed start lies before what the source keeps.
EvidenceWindow capped(const QString &source, const QDateTime &history, const QDateTime &floor, const QDateTime &now)
{
    EvidenceWindow window;
    window.source = source;
    window.end = now.toUTC();
    window.historyStart = history.isValid() ? history.toUTC() : QDateTime();
    window.keptSince = floor.toUTC();
    const QDateTime needed = history.isValid() ? history.toUTC().addSecs(-kWindowLeadSeconds) : QDateTime();
    window.complete = !needed.isValid() || needed >= floor;
    window.start = (needed.isValid() && needed >= floor ? needed : floor).toUTC();
    return window;
}

QString defaultTranslate(const char *context, const char *sourceText)
{
    return QCoreApplication::translate(context, sourceText);
}

} // namespace

QDateTime historyStart(const Therapist &therapist, const QDateTime &earliestObject)
{
    QDateTime from;
    for (const QDateTime &candidate : {therapist.createdAt, earliestObject}) {
        if (candidate.isValid() && (!from.isValid() || candidate < from))
            from = candidate;
    }
    return from.isValid() ? from.toUTC() : QDateTime();
}

EvidenceWindow lokiWindow(const LokiProfile &profile, const Therapist &therapist, const QDateTime &earliestObject,
                          const QDateTime &now)
{
    EvidenceWindow window = capped(QStringLiteral("loki"), historyStart(therapist, earliestObject),
                                   now.toUTC().addDays(-std::max(1, profile.lookbackDays)), now);
    window.keptDays = std::max(1, profile.lookbackDays);
    window.note = windowNote(window, defaultTranslate);
    return window;
}

EvidenceWindow sentryWindow(const SentryProfile &profile, const Therapist &therapist, const QDateTime &earliestObject,
                            const QDateTime &now)
{
    const QDateTime history = historyStart(therapist, earliestObject);
    EvidenceWindow window;
    if (!profile.statsPeriod.isEmpty()) {
        // An explicit stats_period wins: Sentry is asked for that period, whatever the history needs.
        window = capped(QStringLiteral("sentry"), history,
                        now.toUTC().addSecs(-std::max<qint64>(1, periodSeconds(profile.statsPeriod))), now);
        window.statsPeriod = profile.statsPeriod;
    } else {
        window = capped(QStringLiteral("sentry"), history, now.toUTC().addDays(-std::max(1, profile.retentionDays)), now);
        window.keptDays = std::max(1, profile.retentionDays);
    }
    window.note = windowNote(window, defaultTranslate);
    return window;
}

QString windowNote(const EvidenceWindow &w, const Translate &translate)
{
    const bool loki = w.source == QLatin1String("loki");
    if (w.complete) {
        if (!w.historyStart.isValid())
            return (loki ? translate("EvidenceWindow", "Loki was asked for the last %1 days: this therapist has no known start.")
                         : translate("EvidenceWindow", "Sentry was asked for the last %1 days: this therapist has no known start."))
                .arg(w.keptDays > 0 ? w.keptDays : int(w.keptSince.daysTo(w.end)));
        return (loki ? translate("EvidenceWindow", "Loki covers this therapist's whole history, which starts %1.")
                     : translate("EvidenceWindow", "Sentry covers this therapist's whole history, which starts %1."))
            .arg(day(w.historyStart));
    }
    if (loki)
        return translate("EvidenceWindow", "Loki keeps %1 days (since %2); this therapist's history starts %3, "
                                    "so the id pull of that day cannot be shown.")
            .arg(w.keptDays)
            .arg(day(w.keptSince), day(w.historyStart));
    if (!w.statsPeriod.isEmpty())
        return translate("EvidenceWindow", "Sentry is asked for the last %1 only (sentry.stats_period, since %2); this therapist's "
                                    "history starts %3, so the errors of that day cannot be shown.")
            .arg(w.statsPeriod, day(w.keptSince), day(w.historyStart));
    return translate("EvidenceWindow", "Sentry keeps %1 days (since %2); this therapist's history starts %3, "
                                "so the errors of that day cannot be shown.")
        .arg(w.keptDays)
        .arg(day(w.keptSince), day(w.historyStart));
}

const EvidenceWindow *cutWindow(const std::vector<EvidenceWindow> &windows, const QString &source)
{
    for (const EvidenceWindow &window : windows) {
        if (window.source == source && !window.complete)
            return &window;
    }
    return nullptr;
}

qint64 periodSeconds(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,4})([smhdw])$"));
    const QRegularExpressionMatch match = pattern.match(period);
    if (!match.hasMatch())
        return 0;
    const qint64 amount = match.captured(1).toLongLong();
    switch (match.captured(2).at(0).toLatin1()) {
    case 's': return amount;
    case 'm': return amount * 60;
    case 'h': return amount * 3600;
    case 'd': return amount * 86400;
    default: return amount * 7 * 86400;
    }
}

} // namespace credsync::evidence
