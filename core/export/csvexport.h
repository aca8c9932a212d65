#pragma once
// The export as CSV for spreadsheets: a header row, then exactly one row per therapist. RFC 4180
// (CRLF, fields with separators, quotes or line breaks quoted, quotes doubled). A field that a
// spreadsheet would run as a formula (starting with = + - @, or a tab/CR) is prefixed with an
// apostrophe: a therapist's name typed as =HYPERLINK(...) must not become a live link in Excel.
#include "exportcontent.h"

#include <QByteArray>
#include <QStringList>

namespace credsync::exporting {

QByteArray csvExport(const ExportContent &content, const ExportOptions &options);

namespace csv {
QString field(const QString &value);         // defused and quoted as needed
QString row(const QStringList &fields);      // joined with commas, ending in CRLF
} // namespace csv

} // namespace credsync::exporting
