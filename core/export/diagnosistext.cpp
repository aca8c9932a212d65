#include "diagnosistext.h"

namespace credsync::exporting {

QString plainDiagnosis(const Finding &finding, const ExportLanguage &l)
{
    const QString &code = finding.code;
    const QString type = finding.objectType.isEmpty() ? QStringLiteral("Credentialing") : finding.objectType;
    if (code == FindingCode::MissingDbId)
        return l.translate("Export", "HubSpot has the %1 object and its label, but the database column that should hold its id "
                                     "is empty. Every later sync of this object fails until the id is pulled.").arg(type);
    if (code == FindingCode::StaleDbId)
        return l.translate("Export", "The database holds an id for this label that is not the %1 object carrying the label in "
                                     "HubSpot (it is unlabelled, carries another label, is archived or no longer exists).").arg(type);
    if (code == FindingCode::NoObjects)
        return l.translate("Export", "HubSpot has no %1 object associated with this contact. For a fresh sign-up the workflow "
                                     "may still be running; for an older one it did not run.").arg(type);
    if (code == FindingCode::MultipleUniqueLabel)
        return l.translate("Export", "More than one %1 object carries a label that must be on exactly one object: a new "
                                     "credentialing cycle stopped half-way, or the worker ran twice.").arg(type);
    if (code == FindingCode::MissingUniqueLabel)
        return l.translate("Export", "%1 objects exist, but none carries the required label: the step that labels the new "
                                     "object did not happen.").arg(type);
    if (code == FindingCode::ConflictingLabels)
        return l.translate("Export", "One %1 object carries two labels that exclude each other: the step that removes the "
                                     "old label did not happen.").arg(type);
    if (code == FindingCode::PullBeforeCreate)
        return l.translate("Export", "The backend pulled the ids before HubSpot had created the %1 object: the pull found "
                                     "nothing and the object was created afterwards. The pull ran too early.").arg(type);
    if (code == FindingCode::DuplicateRun)
        return l.translate("Export", "Two %1 objects were created for this contact seconds apart: the worker ran twice.").arg(type);
    if (code == FindingCode::RapidIdChanges)
        return l.translate("Export", "An id column changed several times within a short time: two workers were writing it "
                                     "in turn.");
    if (code == FindingCode::SyncErrors)
        return l.translate("Export", "Sentry holds sync errors for this contact; they continue until the ids are right.");
    return finding.summary;
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
