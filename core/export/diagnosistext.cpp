#include "diagnosistext.h"

#include "../fixes/fixwords.h"
#include "../jsonio.h"

namespace credsync::exporting {

namespace {

// An evidence value as text: strings and numbers verbatim, arrays of ids joined with commas.
QString evidence(const Finding &finding, const char *key)
{
    const auto it = finding.evidence.find(key);
    if (it == finding.evidence.end() || it->is_null())
        return {};
    if (it->is_array()) {
        QStringList items;
        for (const nlohmann::json &item : *it)
            items << (item.is_string() ? QString::fromStdString(item.get<std::string>()) : QString::fromStdString(item.dump()));
        return items.join(QStringLiteral(", "));
    }
    if (it->is_number_float())
        return QString::number(it->get<double>(), 'g', 6);
    return jsonString(finding.evidence, key);
}

bool has(const Finding &finding, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (evidence(finding, key).isEmpty())
            return false;
    }
    return true;
}

} // namespace

// Each code has a sentence built from its evidence (keys as documented in diagnosis.h) and a generic
// one for evidence that lacks them (older stored cases, other producers).
QString plainDiagnosis(const Finding &f, const ExportLanguage &l)
{
    const QString &code = f.code;
    const QString type = f.objectType.isEmpty() ? QStringLiteral("Credentialing") : f.objectType;
    const auto e = [&](const char *key) { return evidence(f, key); };
    if (code == FindingCode::MissingDbId) {
        if (has(f, {"object_id", "label", "column"}))
            return l.translate("Export", "HubSpot has the %1 object %2 labelled “%3”, but the database column %4 is empty. "
                                         "Every later sync of this object fails until the id is pulled.")
                .arg(type, e("object_id"), e("label"), e("column"));
        return l.translate("Export", "HubSpot has the %1 object and its label, but the database column that should hold its id "
                                     "is empty. Every later sync of this object fails until the id is pulled.").arg(type);
    }
    if (code == FindingCode::StaleDbId) {
        if (has(f, {"column", "db_value", "label"}))
            return l.translate("Export", "The database column %1 holds %2, which is not the %3 object carrying “%4” in HubSpot "
                                         "(it is unlabelled, carries another label, is archived or no longer exists).")
                .arg(e("column"), e("db_value"), type, e("label"));
        return l.translate("Export", "The database holds an id for this label that is not the %1 object carrying the label in "
                                     "HubSpot (it is unlabelled, carries another label, is archived or no longer exists).").arg(type);
    }
    if (code == FindingCode::NoObjects)
        return l.translate("Export", "HubSpot has no %1 object associated with this contact. For a fresh sign-up the workflow "
                                     "may still be running; for an older one it did not run.").arg(type);
    if (code == FindingCode::MultipleUniqueLabel) {
        if (has(f, {"label", "object_ids"}))
            return l.translate("Export", "Several %1 objects (%2) carry “%3”, which must be on exactly one object: a new "
                                         "credentialing cycle stopped half-way, or the worker ran twice.")
                .arg(type, e("object_ids"), e("label"));
        return l.translate("Export", "More than one %1 object carries a label that must be on exactly one object: a new "
                                     "credentialing cycle stopped half-way, or the worker ran twice.").arg(type);
    }
    if (code == FindingCode::MissingUniqueLabel)
        return l.translate("Export", "%1 objects exist, but none carries the required label: the step that labels the new "
                                     "object did not happen.").arg(type);
    if (code == FindingCode::ConflictingLabels) {
        if (has(f, {"object_id", "labels"}))
            return l.translate("Export", "The %1 object %2 carries labels that exclude each other (%3): the step that removes "
                                         "the old label did not happen.").arg(type, e("object_id"), e("labels"));
        return l.translate("Export", "One %1 object carries two labels that exclude each other: the step that removes the "
                                     "old label did not happen.").arg(type);
    }
    if (code == FindingCode::PullBeforeCreate) {
        if (has(f, {"object_id", "delta_seconds"}))
            return l.translate("Export", "The backend pulled the ids, found nothing, and HubSpot created the %1 object %2 "
                                         "%3 s later: the pull ran too early.").arg(type, e("object_id"), e("delta_seconds"));
        return l.translate("Export", "The backend pulled the ids before HubSpot had created the %1 object: the pull found "
                                     "nothing and the object was created afterwards. The pull ran too early.").arg(type);
    }
    if (code == FindingCode::DuplicateRun) {
        if (has(f, {"object_ids", "gap_seconds"}))
            return l.translate("Export", "The %1 objects %2 were created %3 s apart for this contact: the worker ran twice.")
                .arg(type, e("object_ids"), e("gap_seconds"));
        return l.translate("Export", "Two %1 objects were created for this contact seconds apart: the worker ran twice.").arg(type);
    }
    if (code == FindingCode::RapidIdChanges) {
        if (has(f, {"column", "changes"}))
            return l.translate("Export", "The column %1 changed %2 times within a short time: two workers were writing it in turn.")
                .arg(e("column"), e("changes"));
        return l.translate("Export", "An id column changed several times within a short time: two workers were writing it "
                                     "in turn.");
    }
    if (code == FindingCode::SyncErrors) {
        if (has(f, {"count"}))
            return l.translate("Export", "Sentry holds %1 sync error event(s) for this contact; they continue until the ids are right.")
                .arg(e("count"));
        return l.translate("Export", "Sentry holds sync errors for this contact; they continue until the ids are right.");
    }
    return f.summary;
}

QString fixDescription(const QString &fix, const ExportLanguage &l)
{
    if (fix == QLatin1String("pull-ids"))
        return l.translate("Export", "pull the ids from HubSpot into the database");
    if (fix == QLatin1String("relabel"))
        return l.translate("Export", "relabel the objects so that exactly one carries each unique label");
    if (fix == QLatin1String("resync"))
        return l.translate("Export", "resync the object from the database");
    if (fix == QLatin1String("wait"))
        return l.translate("Export", "wait: HubSpot may still be creating the objects");
    if (fix == QLatin1String("none") || fix.isEmpty())
        return l.translate("Export", "no fix needed");
    return fix;
}

QString fixShortName(const QString &fix, const ExportLanguage &l)
{
    return fixes::fixWords(fix, [&l](const char *context, const char *text) { return l.translate(context, text); });
}

QString outcomeText(const QString &outcome, const ExportLanguage &l)
{
    return fixes::outcomeWords(outcome, [&l](const char *context, const char *text) { return l.translate(context, text); });
}

QString severityText(Severity severity, const ExportLanguage &l)
{
    switch (severity) {
    case Severity::Error: return l.translate("Export", "error");
    case Severity::Warning: return l.translate("Export", "warning");
    case Severity::Info: return l.translate("Export", "info");
    }
    return {};
}

} // namespace credsync::exporting
