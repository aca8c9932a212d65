#include "timeline.h"

#include "../diagnosis/diagnosis.h"
#include "../diagnosis/format.h"
#include "evidencewindows.h"

#include <QSet>

#include <algorithm>

namespace credsync::evidence {

namespace {

using diagnosis::detail::humanDuration;

constexpr qsizetype kMaxLogText = 240;

void sortTimeline(std::vector<TimelineEntry> &timeline)
{
    std::stable_sort(timeline.begin(), timeline.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.time.isValid() != b.time.isValid())
            return a.time.isValid();
        return a.time.isValid() && a.time < b.time;
    });
}

QString typeNameOf(const Profile &profile, const QString &typeId)
{
    for (const ObjectTypeProfile &type : profile.objects) {
        if (type.typeId == typeId)
            return type.name.isEmpty() ? typeId : type.name;
    }
    return typeId;
}

// The last pull that found nothing before the object's creation, within the diagnosis bound.
const LogEvent *pullBefore(const TherapistSnapshot &snapshot, const QDateTime &created)
{
    const LogEvent *best = nullptr;
    for (const LogEvent &event : snapshot.logEvents) {
        if (event.kind != LogEvent::Kind::PullFoundNothing || !event.time.isValid())
            continue;
        if (!snapshot.therapist.contactId.isEmpty() && !event.contactId.isEmpty()
            && event.contactId != snapshot.therapist.contactId)
            continue;
        const qint64 delta = event.time.msecsTo(created);
        if (delta > 0 && delta <= diagnosis::kPullBeforeCreateMaxSeconds * 1000 && (!best || event.time > best->time))
            best = &event;
    }
    return best;
}

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxLogText)
        text = text.left(kMaxLogText - 1) + QChar(0x2026);
    return text;
}

} // namespace

std::vector<TimelineEntry> buildTimeline(const TherapistSnapshot &snapshot, const Profile &profile,
                                         const AccountInfo &account, const QString &lokiExploreUrl)
{
    return buildTimeline(snapshot, profile, account, lokiExploreUrl, i18n::uiTranslate);
}

std::vector<TimelineEntry> buildTimeline(const TherapistSnapshot &snapshot, const Profile &profile,
                                         const AccountInfo &account, const QString &lokiExploreUrl,
                                         const i18n::Translate &translate)
{
    std::vector<TimelineEntry> timeline;
    const Therapist &therapist = snapshot.therapist;
    if (therapist.createdAt.isValid()) {
        const QString who = therapist.name.isEmpty() ? therapist.id : therapist.name;
        timeline.push_back({therapist.createdAt, QStringLiteral("db"),
                            translate("Timeline", "Therapist row created (%1)").arg(who), QString()});
    }

    for (const HubSpotObject &object : snapshot.objects) {
        const QString type = typeNameOf(profile, object.typeId);
        const QString labels = object.labels.join(QStringLiteral(", "));
        QString text;
        if (const LogEvent *pull = object.createdAt.isValid() ? pullBefore(snapshot, object.createdAt) : nullptr) {
            const QString after = humanDuration(pull->time.msecsTo(object.createdAt));
            text = object.labels.isEmpty()
                ? translate("Timeline", "%1 object %2 created %3 after the id pull found nothing (no label now)").arg(type, object.id, after)
                : translate("Timeline", "%1 object %2 created %3 after the id pull found nothing (now labelled %4)").arg(type, object.id, after, labels);
        } else {
            text = object.labels.isEmpty()
                ? translate("Timeline", "%1 object %2 created (no label now)").arg(type, object.id)
                : translate("Timeline", "%1 object %2 created (now labelled %3)").arg(type, object.id, labels);
        }
        if (object.archived)
            text = translate("Timeline", "%1, archived").arg(text);
        timeline.push_back({object.createdAt, QStringLiteral("hubspot"), text,
                            recordUrl(account, object.typeId, object.id)});
    }

    QSet<QString> eventLines;
    for (const LogEvent &event : snapshot.logEvents) {
        QString text;
        if (event.kind == LogEvent::Kind::PullFoundNothing) {
            text = translate("Timeline", "Id pull found no objects for contact %1")
                       .arg(event.contactId.isEmpty() ? therapist.contactId : event.contactId);
        } else {
            text = translate("Timeline", "%1 set to %2").arg(event.column, event.value);
        }
        if (!event.worker.isEmpty())
            text = translate("Timeline", "%1 (%2)").arg(text, event.worker);
        eventLines.insert(event.line);
        timeline.push_back({event.time, QStringLiteral("log"), text, lokiExploreUrl});
    }
    for (const LogLine &line : snapshot.logs) {
        const bool notable = line.level == QStringLiteral("WARN") || line.level == QStringLiteral("ERROR")
            || line.level == QStringLiteral("FATAL");
        if (!notable || eventLines.contains(line.line))
            continue;
        timeline.push_back({line.time, QStringLiteral("log"), line.level + QStringLiteral(": ") + shortened(line.message),
                            lokiExploreUrl});
    }

    for (const SentryIssue &issue : snapshot.errors) {
        const QString title = shortened(issue.title);
        if (issue.firstSeen.isValid())
            timeline.push_back({issue.firstSeen, QStringLiteral("sentry"),
                                translate("Timeline", "Sentry error first seen: %1").arg(title), issue.permalink});
        for (const QDateTime &time : issue.eventTimes) {
            if (time == issue.firstSeen || time == issue.lastSeen)
                continue;
            timeline.push_back({time, QStringLiteral("sentry"), translate("Timeline", "Sentry error: %1").arg(title), issue.permalink});
        }
        if (issue.lastSeen.isValid() && issue.lastSeen != issue.firstSeen)
            timeline.push_back({issue.lastSeen, QStringLiteral("sentry"),
                                translate("Timeline", "Sentry error last seen (%1 times in all): %2")
                                    .arg(QString::number(issue.count), title),
                                issue.permalink});
    }

    // Where a source's retention cut the therapist's history: everything before this moment is out of
    // its reach, so the timeline says so instead of looking as if nothing happened.
    for (const EvidenceWindow &window : snapshot.evidenceWindows) {
        if (!window.complete)
            timeline.push_back({window.start, window.source == QLatin1String("loki") ? QStringLiteral("log") : window.source,
                                windowNote(window, translate), QString()});
    }

    sortTimeline(timeline);
    return timeline;
}

std::vector<TimelineEntry> timelineIn(const TherapistReport &report, const Profile &profile, const AccountInfo &account,
                                      const i18n::Translate &translate)
{
    // Every log entry links to the same Explore query; the stored timeline still holds it.
    QString exploreUrl;
    std::vector<TimelineEntry> stored;
    std::vector<TimelineEntry> audit;
    for (const TimelineEntry &entry : report.timeline) {
        if (entry.source == QLatin1String("audit")) {
            audit.push_back(entry);
            continue;
        }
        if (exploreUrl.isEmpty() && entry.source == QLatin1String("log"))
            exploreUrl = entry.url;
        stored.push_back(entry);
    }
    std::vector<TimelineEntry> rebuilt = buildTimeline(report.snapshot, profile, account, exploreUrl, translate);
    // Only new words for the same events: a report read back from a store that kept less evidence (a
    // case saved without its evidence windows), or a timeline written by other means, keeps its own.
    const bool sameEvents = rebuilt.size() == stored.size()
        && std::equal(rebuilt.begin(), rebuilt.end(), stored.begin(), [](const TimelineEntry &a, const TimelineEntry &b) {
               return a.time == b.time && a.source == b.source;
           });
    if (stored.empty() || !sameEvents)
        return report.timeline;
    appendAudit(rebuilt, std::move(audit));
    return rebuilt;
}

void appendAudit(std::vector<TimelineEntry> &timeline, std::vector<TimelineEntry> entries)
{
    for (TimelineEntry &entry : entries) {
        if (entry.source.isEmpty())
            entry.source = QStringLiteral("audit");
        timeline.push_back(std::move(entry));
    }
    sortTimeline(timeline);
}

} // namespace credsync::evidence
