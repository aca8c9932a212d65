#include "timeline.h"

#include "../diagnosis/diagnosis.h"
#include "../diagnosis/format.h"

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
    std::vector<TimelineEntry> timeline;
    const Therapist &therapist = snapshot.therapist;
    if (therapist.createdAt.isValid()) {
        const QString who = therapist.name.isEmpty() ? therapist.id : therapist.name;
        timeline.push_back({therapist.createdAt, QStringLiteral("db"),
                            QStringLiteral("Therapist row created (") + who + QLatin1Char(')'), QString()});
    }

    for (const HubSpotObject &object : snapshot.objects) {
        QString text = typeNameOf(profile, object.typeId) + QStringLiteral(" object ") + object.id + QStringLiteral(" created");
        if (const LogEvent *pull = object.createdAt.isValid() ? pullBefore(snapshot, object.createdAt) : nullptr)
            text += QLatin1Char(' ') + humanDuration(pull->time.msecsTo(object.createdAt))
                + QStringLiteral(" after the id pull found nothing");
        text += object.labels.isEmpty() ? QStringLiteral(" (no label now)")
                                        : QStringLiteral(" (now labelled ") + object.labels.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (object.archived)
            text += QStringLiteral(", archived");
        timeline.push_back({object.createdAt, QStringLiteral("hubspot"), text,
                            recordUrl(account, object.typeId, object.id)});
    }

    QSet<QString> eventLines;
    for (const LogEvent &event : snapshot.logEvents) {
        QString text;
        if (event.kind == LogEvent::Kind::PullFoundNothing) {
            text = QStringLiteral("Id pull found no objects for contact ")
                + (event.contactId.isEmpty() ? therapist.contactId : event.contactId);
        } else {
            text = event.column + QStringLiteral(" set to ") + event.value;
        }
        if (!event.worker.isEmpty())
            text += QStringLiteral(" (") + event.worker + QLatin1Char(')');
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
                                QStringLiteral("Sentry error first seen: ") + title, issue.permalink});
        for (const QDateTime &time : issue.eventTimes) {
            if (time == issue.firstSeen || time == issue.lastSeen)
                continue;
            timeline.push_back({time, QStringLiteral("sentry"), QStringLiteral("Sentry error: ") + title, issue.permalink});
        }
        if (issue.lastSeen.isValid() && issue.lastSeen != issue.firstSeen)
            timeline.push_back({issue.lastSeen, QStringLiteral("sentry"),
                                QStringLiteral("Sentry error last seen (") + QString::number(issue.count)
                                    + QStringLiteral(" times in all): ") + title,
                                issue.permalink});
    }

    // Where a source's retention cut the therapist's history: everything before this moment is out of
    // its reach, so the timeline says so instead of looking as if nothing happened.
    for (const EvidenceWindow &window : snapshot.evidenceWindows) {
        if (!window.complete)
            timeline.push_back({window.start, window.source == QLatin1String("loki") ? QStringLiteral("log") : window.source,
                                window.note, QString()});
    }

    sortTimeline(timeline);
    return timeline;
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
