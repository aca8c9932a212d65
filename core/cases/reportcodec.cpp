#include "reportcodec.h"

#include "../jsonio.h"

namespace credsync::cases {

namespace {

using json = nlohmann::json;

json optionalJson(const std::optional<QString> &value)
{
    return value ? json(*value) : json(nullptr);
}

std::optional<QString> optionalFrom(const json &value)
{
    if (value.is_null())
        return std::nullopt;
    return jsonId(value);
}

json stringMap(const std::map<QString, std::optional<QString>> &map)
{
    json out = json::object();
    for (const auto &[key, value] : map)
        out[key.toStdString()] = optionalJson(value);
    return out;
}

std::map<QString, std::optional<QString>> stringMapFrom(const json &value)
{
    std::map<QString, std::optional<QString>> out;
    if (!value.is_object())
        return out;
    for (auto it = value.begin(); it != value.end(); ++it)
        out[QString::fromStdString(it.key())] = optionalFrom(it.value());
    return out;
}

QDateTime timeFrom(const json &object, const char *key)
{
    return parseIsoTime(jsonString(object, key));
}

QString text(const json &object, const char *key)
{
    return jsonString(object, key);
}

const json &array(const json &object, const char *key)
{
    static const json empty = json::array();
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : empty;
}

Severity severityFrom(const QString &name)
{
    if (name == QLatin1String("info"))
        return Severity::Info;
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    return Severity::Error;
}

} // namespace

nlohmann::json encodeReport(const TherapistReport &report)
{
    const TherapistSnapshot &s = report.snapshot;
    const Therapist &t = s.therapist;
    json objects = json::array();
    for (const HubSpotObject &o : s.objects)
        objects.push_back({{"id", o.id}, {"type_id", o.typeId}, {"created_at", timeToJson(o.createdAt)},
                           {"updated_at", timeToJson(o.updatedAt)}, {"archived", o.archived},
                           {"properties", stringMap(o.properties)}, {"labels", o.labels}});
    json logs = json::array();
    for (const LogLine &l : s.logs)
        // The exact nanosecond timestamp as a string: JSON numbers lose precision past 2^53 in many readers.
        logs.push_back({{"time", timeToJson(l.time)}, {"timestamp_ns", std::to_string(l.timestampNs)}, {"line", l.line},
                        {"level", l.level}, {"message", l.message}, {"stream", l.stream}, {"worker", l.worker}});
    json events = json::array();
    for (const LogEvent &e : s.logEvents)
        events.push_back({{"kind", e.kind == LogEvent::Kind::PullFoundNothing ? "pull_found_nothing" : "id_column_set"},
                          {"time", timeToJson(e.time)}, {"contact_id", e.contactId}, {"column", e.column},
                          {"value", e.value}, {"worker", e.worker}, {"line", e.line}});
    json errors = json::array();
    for (const SentryIssue &i : s.errors) {
        json times = json::array();
        for (const QDateTime &time : i.eventTimes)
            times.push_back(timeToJson(time));
        errors.push_back({{"id", i.id}, {"short_id", i.shortId}, {"title", i.title}, {"culprit", i.culprit},
                          {"permalink", i.permalink}, {"level", i.level}, {"status", i.status}, {"count", i.count},
                          {"first_seen", timeToJson(i.firstSeen)}, {"last_seen", timeToJson(i.lastSeen)}, {"event_times", times}});
    }
    json problems = json::array();
    for (const SourceProblem &p : s.problems)
        problems.push_back({{"source", p.source}, {"message", p.message}});
    json findings = json::array();
    for (const Finding &f : report.findings)
        findings.push_back({{"code", f.code}, {"severity", severityName(f.severity)}, {"summary", f.summary},
                            {"evidence", f.evidence}, {"fix", f.fix}, {"object_type", f.objectType}});
    json timeline = report.timeline;

    return json{{"format", kReportFormatVersion},
                {"target", s.target},
                {"taken_at", timeToJson(s.takenAt)},
                {"hubspot_loaded", s.hubspotLoaded},
                {"therapist", {{"id", t.id}, {"name", t.name}, {"email", t.email}, {"contact_id", t.contactId},
                               {"created_at", timeToJson(t.createdAt)}, {"columns", stringMap(t.columns)}}},
                {"objects", objects},
                {"logs", logs},
                {"log_events", events},
                {"errors", errors},
                {"problems", problems},
                {"findings", findings},
                {"timeline", timeline}};
}

Result<TherapistReport> decodeReport(const nlohmann::json &j)
{
    if (!j.is_object())
        return Error::make(Error::Kind::BadResponse, QStringLiteral("stored evidence is not a JSON object"), QStringLiteral("cases"));
    const int format = j.value("format", 0);
    if (format < 1 || format > kReportFormatVersion)
        return Error::make(Error::Kind::BadResponse,
                           QStringLiteral("stored evidence has format %1; this build reads up to %2").arg(format).arg(kReportFormatVersion),
                           QStringLiteral("cases"));
    try {
        TherapistReport report;
        TherapistSnapshot &s = report.snapshot;
        s.target = text(j, "target");
        s.takenAt = timeFrom(j, "taken_at");
        s.hubspotLoaded = j.value("hubspot_loaded", false);
        const json &t = j.at("therapist");
        s.therapist.id = text(t, "id");
        s.therapist.name = text(t, "name");
        s.therapist.email = text(t, "email");
        s.therapist.contactId = text(t, "contact_id");
        s.therapist.createdAt = timeFrom(t, "created_at");
        s.therapist.columns = stringMapFrom(t.value("columns", json::object()));
        for (const json &o : array(j, "objects")) {
            HubSpotObject object;
            object.id = text(o, "id");
            object.typeId = text(o, "type_id");
            object.createdAt = timeFrom(o, "created_at");
            object.updatedAt = timeFrom(o, "updated_at");
            object.archived = o.value("archived", false);
            object.properties = stringMapFrom(o.value("properties", json::object()));
            for (const json &label : array(o, "labels"))
                object.labels << QString::fromStdString(label.get<std::string>());
            s.objects.push_back(std::move(object));
        }
        for (const json &l : array(j, "logs")) {
            LogLine line;
            line.time = timeFrom(l, "time");
            line.timestampNs = text(l, "timestamp_ns").toLongLong();
            line.line = text(l, "line");
            line.level = text(l, "level");
            line.message = text(l, "message");
            line.stream = text(l, "stream");
            line.worker = text(l, "worker");
            s.logs.push_back(std::move(line));
        }
        for (const json &e : array(j, "log_events")) {
            LogEvent event;
            event.kind = text(e, "kind") == QLatin1String("id_column_set") ? LogEvent::Kind::IdColumnSet : LogEvent::Kind::PullFoundNothing;
            event.time = timeFrom(e, "time");
            event.contactId = text(e, "contact_id");
            event.column = text(e, "column");
            event.value = text(e, "value");
            event.worker = text(e, "worker");
            event.line = text(e, "line");
            s.logEvents.push_back(std::move(event));
        }
        for (const json &i : array(j, "errors")) {
            SentryIssue issue;
            issue.id = text(i, "id");
            issue.shortId = text(i, "short_id");
            issue.title = text(i, "title");
            issue.culprit = text(i, "culprit");
            issue.permalink = text(i, "permalink");
            issue.level = text(i, "level");
            issue.status = text(i, "status");
            issue.count = i.value("count", qint64(0));
            issue.firstSeen = timeFrom(i, "first_seen");
            issue.lastSeen = timeFrom(i, "last_seen");
            for (const json &time : array(i, "event_times"))
                issue.eventTimes.push_back(parseIsoTime(QString::fromStdString(time.get<std::string>())));
            s.errors.push_back(std::move(issue));
        }
        for (const json &p : array(j, "problems"))
            s.problems.push_back({text(p, "source"), text(p, "message")});
        for (const json &f : array(j, "findings")) {
            Finding finding;
            finding.code = text(f, "code");
            finding.severity = severityFrom(text(f, "severity"));
            finding.summary = text(f, "summary");
            finding.evidence = f.value("evidence", json::object());
            finding.fix = text(f, "fix");
            finding.objectType = text(f, "object_type");
            report.findings.push_back(std::move(finding));
        }
        for (const json &e : array(j, "timeline"))
            report.timeline.push_back({timeFrom(e, "time"), text(e, "source"), text(e, "text"), text(e, "url")});
        return report;
    } catch (const nlohmann::json::exception &e) {
        return Error::make(Error::Kind::BadResponse, QStringLiteral("stored evidence is damaged: %1").arg(QString::fromUtf8(e.what())),
                           QStringLiteral("cases"));
    }
}

} // namespace credsync::cases
