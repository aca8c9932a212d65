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

// The content with each report's timeline in the export's language (evidence::timelineIn), for the
// renderers people read (Markdown, PDF). JSON keeps the timeline as the inspection wrote it.
ExportContent withTimelinesIn(const ExportContent &content, const ExportLanguage &language);

// The LogQL query the evidence was read with, for one therapist: the same text the inspector sends
// to Loki (evidence::therapistLogQuery), so that a reader can paste it into Grafana and see the same lines.
QString logQuery(const Profile &profile, const Therapist &therapist);

Result<QByteArray> render(Format format, const ExportContent &content, const ExportOptions &options);

} // namespace credsync::exporting
