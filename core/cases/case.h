#pragma once
// A case: a ticket's set of therapists, with the ticket reference, notes, when it was opened, and the
// evidence captured for each therapist when it was added (what was seen then).
#include "../types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace credsync::cases {

struct CaseMember
{
    QString therapistId;   // the key column: stable across renames and email changes
    QString contactId;     // as it was when captured; used to inspect the therapist again
    QString name;          // as it was when captured, for lists that do not load the evidence
    QDateTime capturedAt;  // UTC
    TherapistReport evidence;
    bool evidenceLoaded = false; // false in lists (CaseStore::list) that skip the stored reports
};

struct Case
{
    qint64 id = 0;
    QString name;          // unique in the workspace
    QString ticket;        // free text or a URL
    QString notes;
    QString profileName;   // the profile the case was opened with
    QDateTime openedAt;    // UTC
    QDateTime closedAt;    // invalid while open
    QDateTime updatedAt;   // UTC
    // A pasted ticket kept automatically (issue 13): named by when it was pasted, its text in notes.
    // Giving it a name of one's own (promote) makes it a case; only the newest drafts are kept.
    bool draft = false;
    std::vector<CaseMember> members; // in the order they were added

    bool isOpen() const { return !closedAt.isValid(); }
    // What to inspect again to compare with the stored evidence: contact ids, else therapist ids.
    QStringList targets() const;
};

} // namespace credsync::cases
