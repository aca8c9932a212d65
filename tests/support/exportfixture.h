#pragma once
// A fixed world for the export and case tests: three therapists from a real-looking missing-id
// ticket, with every time pinned, so that golden files are byte-stable on any machine and zone.
#include "core/export/exportcontent.h"
#include "core/profile.h"
#include "core/types.h"

#include <vector>

namespace credsync::test {

Profile exportProfile();
AccountInfo exportAccount();
// 0: Ana García Romero: MISSING_DB_ID explained by PULL_BEFORE_CREATE, SYNC_ERRORS; her email in a log line.
// 1: Robert "Bobby" O'Neil, Jr.: healthy (a name that needs CSV quoting).
// 2: Lucía Fernández: two objects with Active Attested, relabel applied.
std::vector<TherapistReport> exportReports();
// The three reports in a case with a ticket, notes and one applied fix; generatedAt pinned.
exporting::ExportContent exportContent();
// n healthy-looking therapists with many log lines each: a document that must span several pages.
std::vector<TherapistReport> manyReports(int count, int logLinesEach);

} // namespace credsync::test
