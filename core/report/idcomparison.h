#pragma once
// The side-by-side view of one therapist: for every label of every object type, the DB column and its
// value beside the HubSpot object(s) carrying that label, with a verdict. Shared by the CLI table, the
// GUI's Ids tab and the export, so that all three always agree.
#include "../profile.h"
#include "../types.h"

#include <vector>

namespace credsync::report {

enum class IdVerdict {
    Match,        // the column holds the id of the one object carrying the label
    Empty,        // no object carries the label and the column is empty: nothing to do
    MissingInDb,  // one object carries the label, the column is empty
    Stale,        // the column holds an id that does not carry the label
    Conflict,     // several objects carry the label
    Unknown,      // HubSpot could not be read
};

QString verdictId(IdVerdict verdict);        // "match", "missing_in_db", ... (diagnosis/findingtext.h)
QString verdictName(IdVerdict verdict);      // its display words in the installed language
bool verdictIsProblem(IdVerdict verdict);

struct IdRow
{
    QString objectType;                 // profile name, "Credentialing"
    QString typeId;
    QString label;
    QString column;
    std::optional<QString> dbValue;
    std::vector<const HubSpotObject *> carriers; // objects whose association carries the label (not archived)
    IdVerdict verdict = IdVerdict::Unknown;
};

// Rows in profile order (object types, then labels). Pointers refer into snapshot.objects.
std::vector<IdRow> compareIds(const TherapistSnapshot &snapshot, const Profile &profile);

} // namespace credsync::report
