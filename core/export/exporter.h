#pragma once
// The one entry point of the export: content + options → bytes in the chosen format. The CLI, the
// export dialog and the tests all come through here, so redaction and the language are applied the
// same way for every format.
#include "exportcontent.h"
#include "exportlanguage.h"

#include "../result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace credsync::exporting {

enum class Format { Markdown, Json, Csv, Pdf };

std::optional<Format> parseFormat(const QString &name); // md|markdown|json|csv|pdf
QString formatName(Format format);                      // md|json|csv|pdf
QString formatExtension(Format format);                 // .md|.json|.csv|.pdf

// The content as the renderers must see it: masked when options.redact, untouched otherwise.
ExportContent preparedContent(const ExportContent &content, const ExportOptions &options);

// The LogQL query the evidence was read with, for one contact: the profile's selector filtered on the
// contact id (what the inspector asks Loki for).
QString logQuery(const Profile &profile, const QString &contactId);

Result<QByteArray> render(Format format, const ExportContent &content, const ExportOptions &options);

} // namespace credsync::exporting
