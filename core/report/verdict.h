#pragma once
// The verdict on one therapist and what it rests on: a pure function over a report, so that the CLI,
// the streaming scan writer, the exports and the GUI all say the same thing. "unknown" is a verdict:
// when something the diagnosis of ids and labels needs (the DB row, HubSpot's associations, labels and
// the objects a finding needs) could not be read or came back malformed, nothing is called healthy.
#include "../types.h"

#include <QString>

#include <map>
#include <vector>

#include <nlohmann/json.hpp>

namespace credsync::verdict {

enum class Verdict { Healthy, Attention, Broken, Unknown };
// ids: the DB and HubSpot were read. full: also the backend's logs and Sentry, both answered. A full
// check whose evidence window a source's retention cut (historyCut) says so wherever it is worded: it
// read the current evidence, not the start of the therapist's history.
enum class Depth { Ids, Full };

struct Assessment
{
    Verdict verdict = Verdict::Unknown;
    Depth depth = Depth::Ids;
    QString unknownReason; // the first source problem that made the verdict unknown; empty otherwise
    // What limits the check: at ids, why it is not full (logs and Sentry not read, or a source's failure);
    // at full, the note of each evidence window that retention cut. Empty for a full check of everything.
    QString depthReason;
    // A source's retention cut the evidence window: the start of the history could not be read.
    bool historyCut = false;
};

Assessment assess(const TherapistReport &report);

// True for a problem of a source the ids-and-labels diagnosis needs (hubspot, db).
bool blocksIdsDiagnosis(const SourceProblem &problem);

// The contract words: healthy | attention | broken | unknown, and ids | full.
QString verdictName(Verdict verdict);
QString depthName(Depth depth);

// The words a person reads for a verdict at a depth ("ids and labels OK" until the full check says
// "Healthy"). The one place that turns verdicts into display words, so that a central table can take it over.
QString displayText(const Assessment &assessment);

// Running totals for a scan; add() one assessment at a time (a streaming writer can call it per row).
class Counts
{
public:
    void add(const Assessment &assessment);
    int therapists() const { return m_therapists; }
    int count(Verdict verdict) const;
    // The unknown reasons, most frequent first, with how many therapists each affected.
    std::vector<std::pair<QString, int>> unknownReasons() const;
    // {"therapists","healthy","attention","broken","unknown"}
    nlohmann::json toJson() const;

private:
    int m_therapists = 0;
    std::map<Verdict, int> m_byVerdict;
    std::map<QString, int> m_reasons;
};

} // namespace credsync::verdict
