#pragma once
// A fix's name and an audited run's outcome in words, for people: the window's Audit tab and timeline,
// the fix dialog, the CLI's human output and the exports. The names themselves ("pull-ids",
// "applied", "verify-failed", ...) are what the database, --json and the exports' JSON keep; only what
// is shown goes through these.
#include "../i18n/translate.h"

#include <QString>

namespace credsync::fixes {

// "applied" → "applied" / "aplicada"; "interrupted", "unfinished" and every fixOutcomeName() are known;
// an empty outcome (a run that has not finished) reads "did not finish"; an unknown one stays as it is.
QString outcomeWords(const QString &outcome, const i18n::Translate &translate = i18n::uiTranslate);

// "pull-ids" → "pull-ids" / "traer ids"; English keeps the names the CLI takes; an unknown fix stays as it is.
QString fixWords(const QString &fix, const i18n::Translate &translate = i18n::uiTranslate);

// A step's status as the audit stores it (stepStatusName: "done", "compensated", ...) in words.
QString stepStatusWords(const QString &status, const i18n::Translate &translate = i18n::uiTranslate);

} // namespace credsync::fixes
