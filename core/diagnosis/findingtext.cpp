#include "findingtext.h"

#include <QCoreApplication>

namespace credsync::diagnosis {

namespace {

// One row per code of FindingCode::all(); tst_findingtext checks that none is missing.
const FindingWords kFindings[] = {
    {"MISSING_DB_ID", QT_TRANSLATE_NOOP("FindingText", "Id missing in the database"),
     QT_TRANSLATE_NOOP("FindingText", "HubSpot has the object and its label, but the database has no id for it: pull the ids.")},
    {"STALE_DB_ID", QT_TRANSLATE_NOOP("FindingText", "Out-of-date id in the database"),
     QT_TRANSLATE_NOOP("FindingText", "The database points to an object that no longer carries the label: pull the ids.")},
    {"NO_OBJECTS", QT_TRANSLATE_NOOP("FindingText", "No object in HubSpot"),
     QT_TRANSLATE_NOOP("FindingText", "HubSpot has no object for this contact yet: wait for a fresh sign-up, escalate an old one.")},
    {"MULTIPLE_UNIQUE_LABEL", QT_TRANSLATE_NOOP("FindingText", "Label on several objects"),
     QT_TRANSLATE_NOOP("FindingText", "A label that belongs on one object is on several: relabel so only the right one keeps it.")},
    {"MISSING_UNIQUE_LABEL", QT_TRANSLATE_NOOP("FindingText", "Required label missing"),
     QT_TRANSLATE_NOOP("FindingText", "The objects exist but none carries the required label: relabel the newest one.")},
    {"CONFLICTING_LABELS", QT_TRANSLATE_NOOP("FindingText", "Labels in conflict"),
     QT_TRANSLATE_NOOP("FindingText", "One object carries two labels that exclude each other: relabel to remove the old one.")},
    {"PULL_BEFORE_CREATE", QT_TRANSLATE_NOOP("FindingText", "Ids pulled too early"),
     QT_TRANSLATE_NOOP("FindingText", "The backend asked for the ids before HubSpot had created the object: pull the ids again.")},
    {"DUPLICATE_RUN", QT_TRANSLATE_NOOP("FindingText", "Worker ran twice"),
     QT_TRANSLATE_NOOP("FindingText", "Two objects were created seconds apart for this contact: relabel so one carries the label.")},
    {"RAPID_ID_CHANGES", QT_TRANSLATE_NOOP("FindingText", "Id changing back and forth"),
     QT_TRANSLATE_NOOP("FindingText", "An id column changed several times within an hour: two workers are overwriting each other.")},
    {"SYNC_ERRORS", QT_TRANSLATE_NOOP("FindingText", "Sync errors in Sentry"),
     QT_TRANSLATE_NOOP("FindingText", "Sentry holds sync errors for this contact; they stop once the ids are right.")},
};

struct VerdictWords
{
    const char *id;
    const char *word;
};

const VerdictWords kVerdicts[] = {
    // The id table (report::IdVerdict).
    {"match", QT_TRANSLATE_NOOP("FindingText", "matches")},
    {"none", QT_TRANSLATE_NOOP("FindingText", "no object")},
    {"missing_in_db", QT_TRANSLATE_NOOP("FindingText", "missing in the database")},
    {"stale", QT_TRANSLATE_NOOP("FindingText", "out of date")},
    {"conflict", QT_TRANSLATE_NOOP("FindingText", "in conflict")},
    {"unknown", QT_TRANSLATE_NOOP("FindingText", "unknown")},
    // A therapist as a whole.
    {"healthy", QT_TRANSLATE_NOOP("FindingText", "healthy")},
    {"attention", QT_TRANSLATE_NOOP("FindingText", "needs attention")},
    {"broken", QT_TRANSLATE_NOOP("FindingText", "broken")},
    // How deep the inspection went.
    {"ids", QT_TRANSLATE_NOOP("FindingText", "ids only")},
    {"full", QT_TRANSLATE_NOOP("FindingText", "full")},
};

} // namespace

const FindingWords *findingWords(const QString &code)
{
    for (const FindingWords &words : kFindings) {
        if (code == QLatin1String(words.code))
            return &words;
    }
    return nullptr;
}

QString findingTitle(const QString &code)
{
    const FindingWords *words = findingWords(code);
    return words ? QCoreApplication::translate("FindingText", words->title) : code;
}

QString findingExplanation(const QString &code)
{
    const FindingWords *words = findingWords(code);
    return words ? QCoreApplication::translate("FindingText", words->explanation) : QString();
}

const char *verdictWordSource(const QString &verdictId)
{
    for (const VerdictWords &verdict : kVerdicts) {
        if (verdictId == QLatin1String(verdict.id))
            return verdict.word;
    }
    return nullptr;
}

QString verdictWord(const QString &verdictId)
{
    const char *word = verdictWordSource(verdictId);
    return word ? QCoreApplication::translate("FindingText", word) : verdictId;
}

} // namespace credsync::diagnosis
