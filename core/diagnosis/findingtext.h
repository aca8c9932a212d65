#pragma once
// The plain words beside the codes: for every finding code a short title and a one-line explanation a
// Success agent understands, and the display words of every verdict and depth the console shows. The
// codes stay the contract (--json, tooltips, "show codes"); these words are what people read, in the
// language installed (QCoreApplication::translate, context "FindingText") or, for an export written
// in another language, through the export's own translator (the *Source functions give the English
// source text to translate).
#include <QString>

namespace credsync::diagnosis {

struct FindingWords
{
    const char *code;         // "MISSING_DB_ID"
    const char *title;        // "Id missing in the database"
    const char *explanation;  // one line: what it means and what to do
};

// The table, or nullptr for a code it does not know.
const FindingWords *findingWords(const QString &code);

// In the installed language. An unknown code comes back as itself (never an empty chip).
QString findingTitle(const QString &code);
QString findingExplanation(const QString &code);

// Display words for verdict and depth ids, in the installed language; an unknown id comes back as itself.
//   id-table verdicts:  match, none, missing_in_db, stale, conflict, unknown
//   therapist verdicts: healthy, attention, broken, unknown
//   inspection depth:   ids, full
QString verdictWord(const QString &verdictId);
const char *verdictWordSource(const QString &verdictId);  // nullptr when unknown

} // namespace credsync::diagnosis
