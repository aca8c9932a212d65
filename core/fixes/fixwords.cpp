#include "fixwords.h"

#include <QtGlobal>

namespace credsync::fixes {

namespace {

struct Word
{
    const char *name;   // as stored and printed by --json
    const char *source; // the English shown, marked for lupdate
};

// Every outcome a run can end with (fixOutcomeName, the run journal's "interrupted") and the export's
// "unfinished" for a run that has no outcome.
constexpr Word kOutcomes[] = {
    {"applied", QT_TRANSLATE_NOOP("FixWords", "applied")},
    {"nothing-to-do", QT_TRANSLATE_NOOP("FixWords", "nothing-to-do")},
    {"refused", QT_TRANSLATE_NOOP("FixWords", "refused")},
    {"read-only", QT_TRANSLATE_NOOP("FixWords", "read-only")},
    {"changed-since-planned", QT_TRANSLATE_NOOP("FixWords", "changed-since-planned")},
    {"locked", QT_TRANSLATE_NOOP("FixWords", "locked")},
    {"cancelled", QT_TRANSLATE_NOOP("FixWords", "cancelled")},
    {"failed-compensated", QT_TRANSLATE_NOOP("FixWords", "failed-compensated")},
    {"failed-not-compensated", QT_TRANSLATE_NOOP("FixWords", "failed-not-compensated")},
    {"verify-failed", QT_TRANSLATE_NOOP("FixWords", "verify-failed")},
    {"failed", QT_TRANSLATE_NOOP("FixWords", "failed")},
    {"interrupted", QT_TRANSLATE_NOOP("FixWords", "interrupted")},
    {"unfinished", QT_TRANSLATE_NOOP("FixWords", "unfinished")},
};

constexpr Word kFixes[] = {
    {"pull-ids", QT_TRANSLATE_NOOP("FixWords", "pull-ids")},
    {"relabel", QT_TRANSLATE_NOOP("FixWords", "relabel")},
    {"resync", QT_TRANSLATE_NOOP("FixWords", "resync")},
};

constexpr Word kStepStatuses[] = {
    {"planned", QT_TRANSLATE_NOOP("FixWords", "planned")},
    {"done", QT_TRANSLATE_NOOP("FixWords", "done")},
    {"failed", QT_TRANSLATE_NOOP("FixWords", "failed")},
    {"compensated", QT_TRANSLATE_NOOP("FixWords", "compensated")},
    {"compensation-failed", QT_TRANSLATE_NOOP("FixWords", "compensation-failed")},
    {"not-attempted", QT_TRANSLATE_NOOP("FixWords", "not-attempted")},
};

template <size_t N>
QString wordFor(const Word (&table)[N], const QString &name, const i18n::Translate &translate)
{
    for (const Word &word : table) {
        if (name == QLatin1String(word.name))
            return translate("FixWords", word.source);
    }
    return name;
}

} // namespace

QString outcomeWords(const QString &outcome, const i18n::Translate &translate)
{
    if (outcome.isEmpty())
        return translate("FixWords", "did not finish");
    return wordFor(kOutcomes, outcome, translate);
}

QString fixWords(const QString &fix, const i18n::Translate &translate)
{
    return wordFor(kFixes, fix, translate);
}

QString stepStatusWords(const QString &status, const i18n::Translate &translate)
{
    return wordFor(kStepStatuses, status, translate);
}

} // namespace credsync::fixes
