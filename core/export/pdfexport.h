#pragma once
// The export as PDF: the Markdown write-up laid out by QTextDocument on A4 pages through QPdfWriter,
// with a header (title, profile, generation time) and "page N of M" on every page. Needs a
// QGuiApplication (fonts); the CLI creates one for `export --format pdf`.
#include "exportcontent.h"

#include "../result.h"

class QIODevice;

namespace credsync::exporting {

// Writes the PDF to device (open for writing); returns the number of pages written.
Result<int> writePdf(const ExportContent &content, const ExportOptions &options, QIODevice *device);

} // namespace credsync::exporting
