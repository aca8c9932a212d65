#include "timelinemodel.h"

#include "displaytext.h"
#include "glyphicon.h"

#include <algorithm>

namespace credsync {

namespace {

const QLatin1String kPullNothing("Did not found Associated Custom Objects");

// Times of "the id pull found nothing", from parsed events when the inspector extracted them.
std::vector<QDateTime> pullTimes(const TherapistReport &report)
{
    std::vector<QDateTime> times;
    for (const LogEvent &event : report.snapshot.logEvents) {
        if (event.kind == LogEvent::Kind::PullFoundNothing && event.time.isValid())
            times.push_back(event.time);
    }
    if (times.empty()) {
        for (const LogLine &line : report.snapshot.logs) {
            if (line.line.contains(kPullNothing) && line.time.isValid())
                times.push_back(line.time);
        }
    }
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : ReportTableModel(parent)
{
}

std::vector<TimelineEntry> TimelineModel::entriesFor(const TherapistReport &report)
{
    std::vector<TimelineEntry> entries = report.timeline;
    if (entries.empty()) {
        const TherapistSnapshot &s = report.snapshot;
        if (s.therapist.createdAt.isValid())
            entries.push_back({s.therapist.createdAt, QStringLiteral("db"), tr("Therapist row created"), {}});
        for (const HubSpotObject &object : s.objects) {
            if (object.createdAt.isValid())
                entries.push_back({object.createdAt, QStringLiteral("hubspot"),
                                   tr("Object %1 created").arg(object.id), {}});
        }
        for (const LogLine &line : s.logs)
            entries.push_back({line.time, QStringLiteral("log"), line.message.isEmpty() ? line.line : line.message, {}});
        for (const SentryIssue &issue : s.errors) {
            if (issue.eventTimes.empty() && issue.lastSeen.isValid())
                entries.push_back({issue.lastSeen, QStringLiteral("sentry"), issue.title, issue.permalink});
            for (const QDateTime &time : issue.eventTimes)
                entries.push_back({time, QStringLiteral("sentry"), issue.title, issue.permalink});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.time < b.time; });
    return entries;
}

std::vector<TimelineModel::Span> TimelineModel::spansFor(const TherapistReport &report)
{
    std::vector<Span> spans;
    std::vector<const HubSpotObject *> objects;
    for (const HubSpotObject &object : report.snapshot.objects) {
        if (object.createdAt.isValid())
            objects.push_back(&object);
    }
    std::sort(objects.begin(), objects.end(),
              [](const HubSpotObject *a, const HubSpotObject *b) { return a->createdAt < b->createdAt; });

    // The failure the console exists for: the pull ran before HubSpot's workflow created the object.
    for (const QDateTime &pull : pullTimes(report)) {
        auto next = std::find_if(objects.begin(), objects.end(),
                                 [&](const HubSpotObject *object) { return object->createdAt > pull; });
        if (next != objects.end())
            spans.push_back({pull, (*next)->createdAt,
                             tr("object created %1 after the pull").arg(DisplayText::duration(pull.secsTo((*next)->createdAt)))});
    }
    // A worker that ran twice leaves two objects of one type created seconds apart.
    for (size_t i = 1; i < objects.size(); ++i) {
        const HubSpotObject *previous = objects[i - 1];
        const HubSpotObject *current = objects[i];
        const qint64 gap = previous->createdAt.secsTo(current->createdAt);
        if (previous->typeId == current->typeId && gap <= 60)
            spans.push_back({previous->createdAt, current->createdAt,
                             tr("second object %1 after the first").arg(DisplayText::duration(gap))});
    }
    return spans;
}

void TimelineModel::setReport(const TherapistReport &report)
{
    beginResetModel();
    m_entries = entriesFor(report);
    m_spans = spansFor(report);
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_spans.clear();
    endResetModel();
}

QStringList TimelineModel::sources()
{
    return {QStringLiteral("db"), QStringLiteral("hubspot"), QStringLiteral("log"), QStringLiteral("sentry"),
            QStringLiteral("audit")};
}

Tone TimelineModel::sourceTone(const QString &source)
{
    if (source == QLatin1String("sentry"))
        return Tone::Bad;
    if (source == QLatin1String("log"))
        return Tone::Warn;
    if (source == QLatin1String("hubspot"))
        return Tone::Good;
    if (source == QLatin1String("audit"))
        return Tone::Neutral;
    return Tone::Note;
}

QString TimelineModel::sourceText(const QString &source)
{
    if (source == QLatin1String("db"))
        return tr("Database");
    if (source == QLatin1String("hubspot"))
        return tr("HubSpot");
    if (source == QLatin1String("log"))
        return tr("Logs");
    if (source == QLatin1String("sentry"))
        return tr("Sentry");
    if (source == QLatin1String("audit"))
        return tr("Audit");
    return source;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const int row = index.row();
    const TimelineEntry &entry = m_entries[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case CopyRole:
        switch (index.column()) {
        case TimeColumn: return DisplayText::localTime(entry.time);
        case SourceColumn: return sourceText(entry.source);
        case SincePreviousColumn:
            if (row == 0 || !entry.time.isValid())
                return QString();
            return QString(QLatin1Char('+') + DisplayText::duration(m_entries[size_t(row - 1)].time.secsTo(entry.time)));
        case TextColumn: return entry.text;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SourceColumn)
            return glyphIcon(Glyph::Dash, sourceTone(entry.source));
        return {};
    case Qt::ToolTipRole:
        return entry.url.isEmpty() ? entry.text : QString(entry.text + QLatin1Char('\n') + entry.url);
    case SortRole:
        if (index.column() == TimeColumn || index.column() == SincePreviousColumn)
            return entry.time.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    case UrlRole:
        return entry.url;
    case SourceRole:
        return entry.source;
    case TimeRole:
        return entry.time;
    case ToneRole:
        return entry.source == QLatin1String("sentry") ? QVariant(int(Tone::Bad)) : QVariant();
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case SourceColumn: return tr("Source");
    case SincePreviousColumn: return tr("Since previous");
    case TextColumn: return tr("What happened");
    }
    return {};
}

} // namespace credsync
