#pragma once
// "Was → now" for a reopened case: what changed between the evidence stored with the case and a
// fresh inspection of the same therapist. Only differences are listed; an empty list means nothing
// that a ticket cares about has changed.
#include "../profile.h"
#include "../types.h"

#include <vector>

namespace credsync::exporting {

struct EvidenceChange
{
    enum class Kind {
        Findings,      // the set of finding codes
        Column,        // an id column's value (subject = column)
        Labels,        // an object's labels (subject = object id)
        ObjectAdded,   // subject = object id
        ObjectRemoved, // subject = object id (gone or archived)
    };
    Kind kind = Kind::Findings;
    QString subject;
    QString was;   // "" for none; ids, codes and labels verbatim
    QString now;
};

std::vector<EvidenceChange> compareEvidence(const TherapistReport &was, const TherapistReport &now);

// Space-separated finding codes without repeats, in the order found.
QString findingCodes(const TherapistReport &report, const QString &separator = QStringLiteral(" "));

} // namespace credsync::exporting
