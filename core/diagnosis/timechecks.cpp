#include "timechecks.h"

#include "diagnosis.h"
#include "format.h"

#include "../jsonio.h"

#include <algorithm>

namespace credsync::diagnosis::detail {

namespace {

QString typeName(const ObjectTypeProfile &type)
{
    return type.name.isEmpty() ? type.typeId : type.name;
}

} // namespace

std::optional<PullGap> findPullBeforeCreate(const TypeView &view, const TherapistSnapshot &snapshot)
{
    PullGap gap;
    for (const LabelColumn &mapping : view.type().labels) {
        const std::vector<const HubSpotObject *> carriers = view.carriers(mapping.label);
        if (!carriers.empty() && columnValue(snapshot.therapist, mapping.column).isEmpty()) {
            gap.object = carriers.back(); // the same object MISSING_DB_ID names
            gap.label = mapping.label;
            gap.column = mapping.column;
            break;
        }
    }
    if (!gap.object && !view.live().empty())
        gap.object = view.live().front();
    if (!gap.object || !gap.object->createdAt.isValid())
        return std::nullopt;

    const QDateTime created = gap.object->createdAt;
    const QString contactId = snapshot.therapist.contactId;
    const LogEvent *best = nullptr;
    for (const LogEvent &event : snapshot.logEvents) {
        if (event.kind != LogEvent::Kind::PullFoundNothing || !event.time.isValid())
            continue;
        // A pull for another contact (a line that matched the therapist's UUID) explains nothing here.
        if (!contactId.isEmpty() && !event.contactId.isEmpty() && event.contactId != contactId)
            continue;
        const qint64 delta = event.time.msecsTo(created);
        if (delta <= 0 || delta > kPullBeforeCreateMaxSeconds * 1000)
            continue;
        if (!best || event.time > best->time)
            best = &event;
    }
    if (!best)
        return std::nullopt;
    gap.pullTime = best->time;
    gap.deltaMs = best->time.msecsTo(created);
    gap.worker = best->worker;
    gap.line = best->line;
    return gap;
}

void addPullBeforeCreate(const TypeView &view, const PullGap &gap, std::vector<Finding> &out)
{
    const QString name = typeName(view.type());
    nlohmann::json evidence{{"pull_time", timeToJson(gap.pullTime)},
                            {"object_id", gap.object->id},
                            {"object_created_at", timeToJson(gap.object->createdAt)},
                            {"delta_seconds", secondsJson(gap.deltaMs)},
                            {"delta_ms", gap.deltaMs}};
    if (!gap.column.isEmpty()) {
        evidence["column"] = gap.column;
        evidence["label"] = gap.label;
    }
    if (!gap.line.isEmpty())
        evidence["log_line"] = gap.line;
    if (!gap.worker.isEmpty())
        evidence["worker"] = gap.worker;
    QString summary = QStringLiteral("The id pull ran ") % humanDuration(gap.deltaMs)
        % QStringLiteral(" before HubSpot's workflow created the ") % name % QStringLiteral(" object ")
        % gap.object->id % QStringLiteral(", so it found nothing");
    // Still-empty column: this is why the id is missing, and pull ids repairs it. Filled since: history.
    const bool explainsMissing = !gap.column.isEmpty();
    summary += explainsMissing ? QString(QStringLiteral(" and ") % gap.column % QStringLiteral(" stayed empty."))
                               : QStringLiteral(" at first (the id columns have been filled since).");
    out.push_back(makeFinding(FindingCode::PullBeforeCreate, explainsMissing ? Severity::Warning : Severity::Info,
                              explainsMissing ? QStringLiteral("pull-ids") : QStringLiteral("none"),
                              view.type().name, summary, std::move(evidence)));
}

// A workflow may create several objects of one type at once on purpose (an Active and a Relocation
// address): each then carries its own label, no label twice, and no two of them labels that exclude
// each other. A worker that ran twice leaves the same label twice, an unlabelled object, or an old/new
// cycle pair (Active beside Active Attested) born seconds apart.
static bool isDeliberateSet(const std::vector<const HubSpotObject *> &cluster, const ObjectTypeProfile &type)
{
    QStringList seen;
    for (const HubSpotObject *object : cluster) {
        if (object->labels.isEmpty())
            return false;
        for (const QString &label : object->labels) {
            if (seen.contains(label))
                return false;
            seen << label;
        }
    }
    for (const QStringList &group : type.exclusiveLabels) {
        int carriers = 0;
        for (const HubSpotObject *object : cluster) {
            const bool carries = std::any_of(object->labels.begin(), object->labels.end(),
                                             [&](const QString &label) { return group.contains(label); });
            carriers += carries ? 1 : 0;
        }
        if (carriers > 1)
            return false;
    }
    return true;
}

void checkDuplicateRun(const TypeView &view, const DiagnosisSettings &settings, std::vector<Finding> &out)
{
    // Archived objects are left out: someone already cleaned those up, and a relabel cannot touch them.
    std::vector<const HubSpotObject *> timed;
    for (const HubSpotObject *object : view.live()) {
        if (object->createdAt.isValid())
            timed.push_back(object);
    }
    const qint64 windowMs = static_cast<qint64>(settings.duplicateRunWindowSeconds) * 1000;
    const QString name = typeName(view.type());
    std::size_t start = 0;
    while (start < timed.size()) {
        // A cluster: consecutive objects each created within the window of the one before.
        std::size_t end = start + 1;
        while (end < timed.size() && timed[end - 1]->createdAt.msecsTo(timed[end]->createdAt) <= windowMs)
            ++end;
        const std::vector<const HubSpotObject *> cluster(timed.begin() + static_cast<std::ptrdiff_t>(start),
                                                         timed.begin() + static_cast<std::ptrdiff_t>(end));
        if (cluster.size() >= 2 && !isDeliberateSet(cluster, view.type())) {
            const qint64 spanMs = cluster.front()->createdAt.msecsTo(cluster.back()->createdAt);
            out.push_back(makeFinding(
                FindingCode::DuplicateRun, Severity::Warning, QStringLiteral("relabel"), view.type().name,
                QString::number(cluster.size()) % QLatin1Char(' ') % name % QStringLiteral(" objects (")
                    % joinWords(objectIds(cluster)) % QStringLiteral(") were created ") % humanDuration(spanMs)
                    % QStringLiteral(" apart: the worker that creates them probably ran twice."),
                nlohmann::json{{"object_ids", idsJson(cluster)},
                               {"created_at", createdJson(cluster)},
                               {"gap_seconds", secondsJson(spanMs)},
                               {"window_seconds", settings.duplicateRunWindowSeconds}}));
        }
        start = end;
    }
}

void checkRapidIdChanges(const ObjectTypeProfile &type, const TherapistSnapshot &snapshot,
                         const DiagnosisSettings &settings, std::vector<Finding> &out)
{
    const qint64 windowMs = static_cast<qint64>(settings.rapidChangeWindowSeconds) * 1000;
    for (const LabelColumn &mapping : type.labels) {
        std::vector<const LogEvent *> sets;
        for (const LogEvent &event : snapshot.logEvents) {
            if (event.kind == LogEvent::Kind::IdColumnSet && event.column == mapping.column && event.time.isValid())
                sets.push_back(&event);
        }
        std::stable_sort(sets.begin(), sets.end(),
                         [](const LogEvent *a, const LogEvent *b) { return a->time < b->time; });
        std::vector<QDateTime> changes;
        for (std::size_t i = 1; i < sets.size(); ++i) {
            if (sets[i]->value != sets[i - 1]->value)
                changes.push_back(sets[i]->time);
        }
        // The most changes inside any one window (two pointers over the sorted change times).
        std::size_t most = 0;
        std::size_t first = 0;
        for (std::size_t last = 0; last < changes.size(); ++last) {
            while (changes[first].msecsTo(changes[last]) > windowMs)
                ++first;
            most = std::max(most, last - first + 1);
        }
        if (most < 2)
            continue;

        nlohmann::json sequence = nlohmann::json::array();
        QStringList values;
        for (const LogEvent *event : sets) {
            sequence.push_back({{"time", timeToJson(event->time)}, {"value", event->value}, {"worker", event->worker}});
            if (!values.contains(event->value))
                values << event->value;
        }
        const qint64 spanMs = changes.front().msecsTo(changes.back());
        // Settled on what the label says now: nothing left to do. Otherwise the column needs pulling again.
        QString fix = QStringLiteral("pull-ids");
        if (snapshot.hubspotLoaded) {
            const TypeView view(snapshot, type);
            const std::vector<const HubSpotObject *> carriers = view.carriers(mapping.label);
            if (carriers.size() == 1 && carriers.front()->id == columnValue(snapshot.therapist, mapping.column))
                fix = QStringLiteral("none");
        }
        out.push_back(makeFinding(
            FindingCode::RapidIdChanges, Severity::Warning, fix, type.name,
            QStringLiteral("The id column ") % mapping.column % QStringLiteral(" changed ") % QString::number(changes.size())
                % QStringLiteral(" times in ") % humanDuration(spanMs) % QStringLiteral(" between ")
                % joinWords(values) % QStringLiteral(": two jobs were probably writing it at once."),
            nlohmann::json{{"column", mapping.column},
                           {"label", mapping.label},
                           {"sequence", std::move(sequence)},
                           {"changes", changes.size()},
                           {"changes_in_window", most},
                           {"window_seconds", settings.rapidChangeWindowSeconds}}));
    }
}

void checkSyncErrors(const TherapistSnapshot &snapshot, bool idMissing, std::vector<Finding> &out)
{
    if (snapshot.errors.empty())
        return;
    qint64 count = 0;
    QDateTime lastSeen;
    nlohmann::json titles = nlohmann::json::array();
    nlohmann::json urls = nlohmann::json::array();
    nlohmann::json ids = nlohmann::json::array();
    bool mentionsMissingId = false;
    for (const SentryIssue &issue : snapshot.errors) {
        count += issue.count;
        if (issue.lastSeen.isValid() && (!lastSeen.isValid() || issue.lastSeen > lastSeen))
            lastSeen = issue.lastSeen;
        titles.push_back(issue.title);
        urls.push_back(issue.permalink);
        ids.push_back(issue.id);
        // "Missing definitive_hubspot_credentialing_id for Therapist …": the sync had no id to sync to.
        mentionsMissingId = mentionsMissingId
            || (issue.title.contains(QStringLiteral("missing"), Qt::CaseInsensitive)
                && issue.title.contains(QStringLiteral("_id"), Qt::CaseInsensitive));
    }
    const QString fix = idMissing || mentionsMissingId ? QStringLiteral("pull-ids") : QStringLiteral("resync");
    const QString issues = snapshot.errors.size() == 1 ? QStringLiteral("1 error")
                                                        : QString(QString::number(snapshot.errors.size()) % QStringLiteral(" errors"));
    QString summary = QStringLiteral("Sentry holds ") % issues % QStringLiteral(" about this contact (")
        % QString::number(count) % (count == 1 ? QStringLiteral(" time") : QStringLiteral(" times"))
        % QStringLiteral(", last at ") % humanTime(lastSeen) % QStringLiteral("): ") % snapshot.errors.front().title;
    summary += fix == QStringLiteral("pull-ids") ? QStringLiteral("; the sync fails until the id column is filled.")
                                                 : QStringLiteral("; a resync pushes the data again.");
    out.push_back(makeFinding(FindingCode::SyncErrors, Severity::Warning, fix, QString(), summary,
                              nlohmann::json{{"count", count},
                                             {"last_seen", timeToJson(lastSeen)},
                                             {"titles", std::move(titles)},
                                             {"urls", std::move(urls)},
                                             {"issue_ids", std::move(ids)}}));
}

} // namespace credsync::diagnosis::detail
