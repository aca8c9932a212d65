#pragma once
// The ticket-ready opening of every write-up ("Copy summary" and the Markdown export): per therapist a
// few lines a Success agent can paste as they are, in the export's language: what was wrong (the plain
// finding titles of diagnosis/findingtext), what was done (the audit: fix, outcome, who, when), and the
// current state (the verdict and what it rests on). The full evidence follows it elsewhere.
#include "exportcontent.h"
#include "exportlanguage.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace credsync::exporting {

struct TicketLines
{
    QString name;       // the therapist's name, or "(no name)"
    QString contactId;  // may be empty
    QString wrong;      // what was wrong
    QString done;       // what was done
    QString state;      // the current state
};

// One entry per report of content, in its order. Times in options.readerZone.
std::vector<TicketLines> ticketLines(const ExportContent &content, const ExportOptions &options);

// The block as Markdown: a "## For the ticket" heading, one short paragraph per therapist, and the
// zone the times are in. Contact ids link to HubSpot when the portal is known.
QString ticketBlockMarkdown(const ExportContent &content, const ExportOptions &options);
// The same block as plain text, for the clipboard of a ticket that renders no Markdown.
QString ticketBlockText(const ExportContent &content, const ExportOptions &options);

} // namespace credsync::exporting
