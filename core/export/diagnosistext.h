#pragma once
// The diagnosis in plain words, in the export's language: what a finding code means for this
// therapist and what the suggested fix does. The finding's own summary (from diagnosis) is kept
// beside it verbatim, with its evidence.
#include "exportlanguage.h"

#include "../types.h"

namespace credsync::exporting {

QString plainDiagnosis(const Finding &finding, const ExportLanguage &language);
// "pull ids from HubSpot" for "pull-ids"; the code itself for an unknown fix.
QString fixDescription(const QString &fix, const ExportLanguage &language);
QString severityText(Severity severity, const ExportLanguage &language);
// The short name of a fix ("pull-ids", "relabel", "resync") and of an audited outcome ("applied",
// "verify-failed", ...) in the export's language; English keeps the ids the CLI takes.
QString fixShortName(const QString &fix, const ExportLanguage &language);
QString outcomeText(const QString &outcome, const ExportLanguage &language);

} // namespace credsync::exporting
