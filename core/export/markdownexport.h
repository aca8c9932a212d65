#pragma once
// The ticket write-up in Markdown: what an engineer used to assemble by hand in an hour. It is the
// master layout: the PDF is this Markdown laid out for reading, and the dialog previews it.
#include "exportcontent.h"

#include <QString>

namespace credsync::exporting {

QString markdownExport(const ExportContent &content, const ExportOptions &options);

} // namespace credsync::exporting
