#include "pdfexport.h"

#include "exporter.h"
#include "exportlanguage.h"
#include "markdownexport.h"
#include "readertime.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <QTextCursor>
#include <QTextBlock>

namespace credsync::exporting {

namespace {

constexpr int kResolution = 300; // dots per inch: sharp text, small files

QString documentTitle(const ExportContent &content, const ExportLanguage &language)
{
    if (content.caseHeader) {
        QString title = language.translate("Export", "Case") + QStringLiteral(": ") + content.caseHeader->name;
        if (!content.caseHeader->ticket.isEmpty() && !content.caseHeader->name.contains(content.caseHeader->ticket))
            title += QStringLiteral(" — ") + content.caseHeader->ticket;
        return title;
    }
    return language.translate("Export", "Therapist write-up: %n therapist(s)", nullptr, int(content.reports.size()));
}

} // namespace

Result<int> writePdf(const ExportContent &original, const ExportOptions &options, QIODevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(Error::Kind::Internal, QStringLiteral("PDF export needs a QGuiApplication (fonts)"), QStringLiteral("export"));
    if (!device || !device->isWritable())
        return Error::make(Error::Kind::Validation, QStringLiteral("PDF export: the output is not writable"), QStringLiteral("export"));

    const ExportLanguage language(options.language);
    const ExportContent content = preparedContent(original, options);
    // The Markdown renderer masks on its own when asked; the content given to it is already masked.
    ExportOptions markdownOptions = options;
    const QString markdown = markdownExport(content, markdownOptions);
    const QString title = documentTitle(content, language);

    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(content.generator);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont body = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    body.setPointSizeF(9);
    document.setDefaultFont(body);
    document.setDefaultStyleSheet(QStringLiteral("code { font-size: 8pt; }"));
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Markdown code blocks arrive as non-breakable lines; on paper a long log line must wrap, not be cut.
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(wrapping);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.nonBreakableLines())
            continue;
        format.setNonBreakableLines(false);
        QTextCursor(block).setBlockFormat(format);
    }

    const QRectF page = QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(kResolution).size());
    QFont small = body;
    small.setPointSizeF(7.5);
    const QFontMetricsF smallMetrics(small, &writer);
    const qreal headerHeight = smallMetrics.height() * 2.2;
    const qreal footerHeight = smallMetrics.height() * 2.2;
    const QSizeF bodySize(page.width(), page.height() - headerHeight - footerHeight);
    document.setPageSize(bodySize);
    const int pageCount = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(Error::Kind::Internal, QStringLiteral("PDF export: cannot start painting"), QStringLiteral("export"));
    // The same zone as the body's times (readertime.h): one zone per export.
    const QString right = content.profile.name + QStringLiteral(" · ") + readerTime(content.generatedAt, options.readerZone)
        + QLatin1Char(' ') + readerZoneName(options.readerZone);
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            writer.newPage();
        // Header and footer on every page: a printed page separated from the others still says what it is.
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        const QRectF headerRect(0, 0, page.width(), smallMetrics.height());
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(title, Qt::ElideRight, page.width() * 0.6));
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, right);
        painter.drawLine(QPointF(0, smallMetrics.height() * 1.4), QPointF(page.width(), smallMetrics.height() * 1.4));
        const QRectF footerRect(0, page.height() - smallMetrics.height(), page.width(), smallMetrics.height());
        painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignVCenter,
                         language.translate("Export", "Page %1 of %2").arg(index + 1).arg(pageCount));

        painter.save();
        painter.translate(0, headerHeight - index * bodySize.height());
        const QRectF clip(0, index * bodySize.height(), bodySize.width(), bodySize.height());
        document.drawContents(&painter, clip);
        painter.restore();
    }
    painter.end();
    return pageCount;
}

} // namespace credsync::exporting
