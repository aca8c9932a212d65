#pragma once
// The export as JSON: the same content as the Markdown, machine-readable. A superset of
// `inspect --json`: "therapists" entries are report::therapistToJson plus what only an export has
// (id comparison, LogQL, plain-words diagnosis, fixes applied, was → now), and "unresolved" is kept.
#include "exportcontent.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace credsync::exporting {

nlohmann::json jsonExportDocument(const ExportContent &content, const ExportOptions &options);
QByteArray jsonExport(const ExportContent &content, const ExportOptions &options);

// The stable machine name of an id verdict (never translated): match, empty, missing_in_db, ...
QString verdictKey(int verdict);

} // namespace credsync::exporting
