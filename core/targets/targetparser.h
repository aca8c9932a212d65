#pragma once
// Turns what a person pastes (one target, or a whole ticket, CSV or log excerpt) into targets.
// Pure: no I/O, so the GUI can run it on every paste and tests can throw anything at it.
#include "types.h"

#include <QString>

#include <vector>

namespace credsync::targets {

struct ParsedTarget
{
    enum class Kind { ContactId, Email, TherapistKey, ObjectUrl };
    Kind kind = Kind::ContactId;
    QString text;         // as found in the input
    QString value;        // the contact/object id, the lower-cased email, or the lower-cased UUID
    QString objectTypeId; // ObjectUrl: "2-31374266"; ContactId from a link: "0-1"; empty otherwise
    QString portalId;     // from a link; empty otherwise

    bool operator==(const ParsedTarget &) const = default;
};

struct ParseResult
{
    std::vector<ParsedTarget> targets;   // de-duplicated, in input order
    std::vector<UnresolvedTarget> rejected; // looked like a target but is not a valid one, with the reason
};

// Bare contact ids (5 to 19 digits, within int64), emails, therapist UUIDs and HubSpot record links
// (contacts and custom objects, legacy /contact/ links, regional hosts, trailing segments, queries).
// In running text, words and short numbers are ignored; a lone token that is none of these is rejected.
ParseResult parseTargets(const QString &text);

QString kindName(ParsedTarget::Kind kind);

} // namespace credsync::targets
