#include "jsonexport.h"

#include "diagnosistext.h"
#include "evidencediff.h"
#include "exporter.h"
#include "exportlanguage.h"
#include "redactor.h"

#include "../jsonio.h"
#include "../report/idcomparison.h"
#include "../report/reportjson.h"

namespace credsync::exporting {

QString verdictKey(int verdict)
{
    using report::IdVerdict;
    switch (IdVerdict(verdict)) {
    case IdVerdict::Match: return QStringLiteral("match");
    case IdVerdict::Empty: return QStringLiteral("empty");
    case IdVerdict::MissingInDb: return QStringLiteral("missing_in_db");
    case IdVerdict::Stale: return QStringLiteral("stale");
    case IdVerdict::Conflict: return QStringLiteral("conflict");
    case IdVerdict::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

namespace {

QString changeKind(EvidenceChange::Kind kind)
{
    switch (kind) {
    case EvidenceChange::Kind::Findings: return QStringLiteral("findings");
    case EvidenceChange::Kind::Column: return QStringLiteral("column");
    case EvidenceChange::Kind::Labels: return QStringLiteral("labels");
    case EvidenceChange::Kind::ObjectAdded: return QStringLiteral("object_added");
    case EvidenceChange::Kind::ObjectRemoved: return QStringLiteral("object_removed");
    }
    return {};
}

nlohmann::json idComparisonJson(const TherapistSnapshot &snapshot, const Profile &profile)
{
    nlohmann::json rows = nlohmann::json::array();
    for (const report::IdRow &row : report::compareIds(snapshot, profile)) {
        nlohmann::json carriers = nlohmann::json::array();
        for (const HubSpotObject *object : row.carriers)
            carriers.push_back(object->id);
        rows.push_back({{"object_type", row.objectType},
                        {"type_id", row.typeId},
                        {"label", row.label},
                        {"column", row.column},
                        {"db_value", row.dbValue ? nlohmann::json(*row.dbValue) : nlohmann::json(nullptr)},
                        {"hubspot_object_ids", carriers},
                        {"verdict", verdictKey(int(row.verdict))}});
    }
    return rows;
}

nlohmann::json fixesJson(const std::vector<AppliedFix> &fixes)
{
    nlohmann::json list = nlohmann::json::array();
    for (const AppliedFix &fix : fixes)
        list.push_back({{"time", timeToJson(fix.time)},
                        {"fix", fix.fix},
                        {"outcome", fix.outcome},
                        {"operator", fix.operatorName},
                        {"profile", fix.profileName},
                        {"detail", fix.detail}});
    return list;
}

} // namespace

nlohmann::json jsonExportDocument(const ExportContent &original, const ExportOptions &options)
{
    const ExportContent c = preparedContent(original, options);
    const ExportLanguage language(options.language);

    nlohmann::json therapists = nlohmann::json::array();
    for (const TherapistReport &report : c.reports) {
        const Therapist &t = report.snapshot.therapist;
        nlohmann::json entry = report::therapistToJson(report, c.profile, c.account);
        entry["id_comparison"] = idComparisonJson(report.snapshot, c.profile);
        entry["logql"] = logQuery(c.profile, t);
        nlohmann::json diagnosis = nlohmann::json::array();
        for (const Finding &finding : report.findings)
            diagnosis.push_back({{"code", finding.code},
                                 {"text", plainDiagnosis(finding, language)},
                                 {"fix", finding.fix},
                                 {"fix_text", fixDescription(finding.fix, language)}});
        entry["diagnosis"] = diagnosis;
        const auto fixes = c.fixes.find(t.id);
        entry["fixes_applied"] = fixesJson(fixes != c.fixes.end() ? fixes->second : std::vector<AppliedFix>{});
        if (const auto previous = c.previous.find(t.id); previous != c.previous.end()) {
            entry["previous"] = report::therapistToJson(previous->second, c.profile, c.account);
            nlohmann::json changes = nlohmann::json::array();
            for (const EvidenceChange &change : compareEvidence(previous->second, report))
                changes.push_back({{"kind", changeKind(change.kind)},
                                   {"subject", change.subject},
                                   {"was", change.was},
                                   {"now", change.now}});
            entry["changes"] = changes;
        }
        therapists.push_back(std::move(entry));
    }

    nlohmann::json caseJson = nullptr;
    if (c.caseHeader)
        caseJson = {{"name", c.caseHeader->name},
                    {"ticket", c.caseHeader->ticket},
                    {"notes", c.caseHeader->notes},
                    {"opened_at", timeToJson(c.caseHeader->openedAt)},
                    {"closed_at", timeToJson(c.caseHeader->closedAt)}};

    nlohmann::json unresolved = c.unresolved;
    nlohmann::json document{
        {"export", {{"format_version", 1},
                    {"generator", c.generator},
                    {"generated_at", timeToJson(c.generatedAt)},
                    {"profile", c.profile.name},
                    {"portal_id", c.account.portalId},
                    {"language", language.code()},
                    {"redacted", options.redact},
                    {"reader_time_zone", QString::fromUtf8(options.readerZone.id())}}},
        {"case", caseJson},
        {"therapists", therapists},
        {"unresolved", unresolved},
        {"summary", report::summaryByCode(c.reports)}};
    // The final sweep learns the real names (from the original), not the pseudonyms already in place.
    return options.redact ? Redactor(original, language).mask(document) : document;
}

QByteArray jsonExport(const ExportContent &content, const ExportOptions &options)
{
    return QByteArray::fromStdString(jsonExportDocument(content, options).dump(2)) + '\n';
}

} // namespace credsync::exporting
