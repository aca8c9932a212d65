#include "reportjson.h"

#include "../jsonio.h"
#include "verdict.h"

#include <set>

namespace credsync::report {

namespace {

nlohmann::json optionalString(const std::optional<QString> &value)
{
    if (!value || value->isEmpty())
        return nullptr;
    return value->toStdString();
}

nlohmann::json therapistJson(const Therapist &therapist)
{
    nlohmann::json columns = nlohmann::json::object();
    for (const auto &[column, value] : therapist.columns)
        columns[column.toStdString()] = optionalString(value);
    return nlohmann::json{{"id", therapist.id},
                          {"name", therapist.name},
                          {"email", therapist.email},
                          {"contact_id", therapist.contactId.isEmpty() ? nlohmann::json(nullptr)
                                                                       : nlohmann::json(therapist.contactId)},
                          {"created_at", timeToJson(therapist.createdAt)},
                          {"columns", columns}};
}

nlohmann::json objectJson(const HubSpotObject &object, const Profile &profile, const AccountInfo &account)
{
    nlohmann::json j{{"id", object.id},
                     {"type_id", object.typeId},
                     {"created_at", timeToJson(object.createdAt)},
                     {"labels", object.labels},
                     {"url", recordUrl(account, object.typeId, object.id)},
                     {"archived", object.archived}};
    if (const ObjectTypeProfile *type = profile.objectByTypeId(object.typeId))
        j["type"] = type->name;
    if (!object.properties.empty()) {
        nlohmann::json properties = nlohmann::json::object();
        for (const auto &[name, value] : object.properties)
            properties[name.toStdString()] = value ? nlohmann::json(*value) : nlohmann::json(nullptr);
        j["properties"] = properties;
    }
    return j;
}

// What each evidence source was asked for; complete is false exactly when its cap cut the needed window.
nlohmann::json evidenceWindowsJson(const std::vector<EvidenceWindow> &windows)
{
    nlohmann::json out = nlohmann::json::array();
    for (const EvidenceWindow &window : windows)
        out.push_back({{"source", window.source}, {"start", timeToJson(window.start)}, {"end", timeToJson(window.end)},
                       {"complete", window.complete}, {"note", window.note}});
    return out;
}

} // namespace

nlohmann::json therapistToJson(const TherapistReport &report, const Profile &profile, const AccountInfo &account)
{
    const TherapistSnapshot &snapshot = report.snapshot;
    nlohmann::json objects = nlohmann::json::array();
    for (const HubSpotObject &object : snapshot.objects)
        objects.push_back(objectJson(object, profile, account));

    nlohmann::json problems = nlohmann::json::array();
    for (const SourceProblem &problem : snapshot.problems)
        problems.push_back({{"source", problem.source}, {"reason", problem.message}, {"message", problem.message}});
    const verdict::Assessment assessment = verdict::assess(report);

    nlohmann::json j{{"target", snapshot.target},
                     {"therapist", therapistJson(snapshot.therapist)},
                     {"contact_url", recordUrl(account, QStringLiteral("0-1"), snapshot.therapist.contactId)},
                     {"objects", objects},
                     {"findings", report.findings},
                     {"logs", snapshot.logs},
                     {"errors", snapshot.errors},
                     {"timeline", report.timeline},
                     {"verdict", verdict::verdictName(assessment.verdict)},
                     {"depth", verdict::depthName(assessment.depth)},
                     {"depth_reason", assessment.depthReason},
                     {"history_cut", assessment.historyCut},
                     {"healthy", assessment.verdict == verdict::Verdict::Healthy},
                     {"hubspot_loaded", snapshot.hubspotLoaded},
                     {"unavailable", problems},
                     {"evidence_windows", evidenceWindowsJson(snapshot.evidenceWindows)},
                     {"checked_at", timeToJson(snapshot.takenAt)}};
    return j;
}

nlohmann::json summaryByCode(const std::vector<TherapistReport> &reports)
{
    nlohmann::json summary = nlohmann::json::object();
    for (const TherapistReport &report : reports) {
        std::set<QString> codes;
        for (const Finding &finding : report.findings)
            codes.insert(finding.code);
        for (const QString &code : codes)
            summary[code.toStdString()] = summary.value(code.toStdString(), 0) + 1;
    }
    return summary;
}

} // namespace credsync::report
