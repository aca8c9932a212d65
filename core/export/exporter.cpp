#include "exporter.h"

#include "csvexport.h"
#include "jsonexport.h"
#include "markdownexport.h"
#include "pdfexport.h"
#include "redactor.h"

#include "../evidence/logql.h"
#include "../evidence/timeline.h"

#include <QBuffer>

namespace credsync::exporting {

std::optional<Format> parseFormat(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Markdown: return QStringLiteral("md");
    case Format::Json: return QStringLiteral("json");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

QString formatExtension(Format format)
{
    return QLatin1Char('.') + formatName(format);
}

ExportContent preparedContent(const ExportContent &content, const ExportOptions &options)
{
    if (!options.redact)
        return content;
    return Redactor(content, ExportLanguage(options.language)).apply(content);
}

ExportContent withTimelinesIn(const ExportContent &content, const ExportLanguage &language)
{
    ExportContent out = content;
    const auto translate = [&language](const char *context, const char *text) { return language.translate(context, text); };
    for (TherapistReport &report : out.reports)
        report.timeline = evidence::timelineIn(report, out.profile, out.account, translate);
    return out;
}

QString logQuery(const Profile &profile, const Therapist &therapist)
{
    return evidence::therapistLogQuery(profile.loki.selector, therapist.contactId, therapist.id);
}

Result<QByteArray> render(Format format, const ExportContent &content, const ExportOptions &options)
{
    switch (format) {
    case Format::Markdown: return markdownExport(content, options).toUtf8();
    case Format::Json: return jsonExport(content, options);
    case Format::Csv: return csvExport(content, options);
    case Format::Pdf: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        Result<int> pages = writePdf(content, options, &buffer);
        if (!pages)
            return pages.error();
        return bytes;
    }
    }
    return Error::make(Error::Kind::Internal, QStringLiteral("unknown export format"), QStringLiteral("export"));
}

} // namespace credsync::exporting
