// The PDF (produced, %PDF, one /Page object per laid-out page, header and page numbers) and
// redaction (no email and no therapist name left in any format).
#include <QtTest>

#include "core/export/exporter.h"
#include "core/export/pdfexport.h"
#include "core/export/redactor.h"

#include "exportfixture.h"

#include <QBuffer>

using namespace credsync;
using namespace credsync::exporting;

namespace {

int pageObjects(const QByteArray &pdf)
{
    // "/Type /Page" but not "/Type /Pages" (the page tree root).
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

QByteArray pdfOf(const ExportContent &content, const ExportOptions &options, int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Result<int> written = writePdf(content, options, &buffer);
    *pages = written.ok() ? written.value() : -1;
    return bytes;
}

ExportContent smallContent()
{
    ExportContent content = test::exportContent();
    content.caseHeader.reset();
    content.unresolved.clear();
    content.reports.resize(2); // Ana and the healthy therapist: well under a page each
    content.reports.erase(content.reports.begin());
    return content;
}

} // namespace

class TestExportPdfRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdfIsProduced()
    {
        int pages = 0;
        const QByteArray pdf = pdfOf(test::exportContent(), ExportOptions{}, &pages);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 2000);
        QVERIFY(pages >= 2); // three therapists with tables do not fit on one A4 page
        QCOMPARE(pageObjects(pdf), pages);
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    }

    void onePageForOneHealthyTherapist()
    {
        int pages = 0;
        const QByteArray pdf = pdfOf(smallContent(), ExportOptions{}, &pages);
        QCOMPARE(pages, 1);
        QCOMPARE(pageObjects(pdf), 1);
    }

    // 20 therapists × 30 log lines are 600 table rows; at 9 pt an A4 page holds well under 80 of
    // them, so the document must span at least 8 pages, and every page laid out must be written.
    void longDocumentSpansManyPages()
    {
        ExportContent content = test::exportContent();
        content.reports = test::manyReports(20, 30);
        int pages = 0;
        const QByteArray pdf = pdfOf(content, ExportOptions{}, &pages);
        QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        // Upper bound too: a layout at the wrong resolution (fonts at 72 dpi on a 300 dpi page) would
        // fit the whole document on two or three pages, or balloon to hundreds.
        QVERIFY2(pages <= 40, qPrintable(QString::number(pages)));
        qInfo("600 log rows laid out on %d pages", pages);
        QCOMPARE(pageObjects(pdf), pages);
    }

    void pdfNeedsAWritableDevice()
    {
        QBuffer closed;
        QVERIFY(!writePdf(test::exportContent(), ExportOptions{}, &closed).ok());
    }

    void pdfTitleIsTheCase()
    {
        // The document title (in the PDF's info dictionary, written as UTF-16BE hex or text) names the case.
        int pages = 0;
        const QByteArray pdf = pdfOf(test::exportContent(), ExportOptions{}, &pages);
        QVERIFY(pdf.contains("/Title"));
    }

    void redactionLeavesNoEmailOrName_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("language");
        QTest::newRow("markdown en") << int(Format::Markdown) << QStringLiteral("en");
        QTest::newRow("markdown es") << int(Format::Markdown) << QStringLiteral("es");
        QTest::newRow("json") << int(Format::Json) << QStringLiteral("en");
        QTest::newRow("csv") << int(Format::Csv) << QStringLiteral("en");
    }
    void redactionLeavesNoEmailOrName()
    {
        QFETCH(int, format);
        QFETCH(QString, language);
        ExportContent content = test::exportContent();
        // Evidence and Sentry titles that carry an address too.
        content.reports[0].findings[0].evidence["reported_by"] = "ana.garcia@example.com";
        content.reports[0].snapshot.errors[0].title += QStringLiteral(" (user lucia.fernandez@example.net)");
        content.reports[2].timeline.push_back({content.generatedAt, QStringLiteral("audit"),
                                               QStringLiteral("Lucía Fernández relabelled by mlopez@acme.example"), {}});
        ExportOptions options;
        options.language = language;
        options.redact = true;
        Result<QByteArray> rendered = render(Format(format), content, options);
        QVERIFY(rendered.ok());
        const QString text = QString::fromUtf8(rendered.value());
        const QRegularExpressionMatch email = Redactor::emailPattern().match(text);
        QVERIFY2(!email.hasMatch(), qPrintable(email.captured()));
        for (const char *name : {"Ana", "García", "Romero", "Bobby", "O'Neil", "Lucía", "Fernández"})
            QVERIFY2(!text.contains(QString::fromUtf8(name)), name);
        // What makes the write-up useful stays: ids, codes, log lines minus the personal parts.
        QVERIFY(text.contains(QStringLiteral("161204877310")));
        QVERIFY(text.contains(QStringLiteral("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")));
        if (Format(format) != Format::Csv) {
            QVERIFY(text.contains(QStringLiteral("Did not found Associated Custom Objects for Hubspot ID: 161204877310")));
            QVERIFY(text.contains(language == QLatin1String("es") ? QStringLiteral("Terapeuta 1") : QStringLiteral("Therapist 1")));
        }
    }

    // Without --redact nothing is masked: the test above must be able to fail.
    void withoutRedactionEmailsStay()
    {
        Result<QByteArray> rendered = render(Format::Markdown, test::exportContent(), ExportOptions{});
        QVERIFY(rendered.ok());
        QVERIFY(Redactor::emailPattern().match(QString::fromUtf8(rendered.value())).hasMatch());
        QVERIFY(rendered.value().contains("Ana García Romero"));
    }

    void redactedPdfHasNoEmailInItsText()
    {
        // The PDF is laid out from the redacted Markdown; its uncompressed metadata must not leak either.
        ExportContent content = test::exportContent();
        content.caseHeader->name = QStringLiteral("Ana García Romero <ana.garcia@example.com>");
        ExportOptions options;
        options.redact = true;
        int pages = 0;
        const QByteArray pdf = pdfOf(content, options, &pages);
        QVERIFY(pages > 0);
        // Qt writes the /Title as UTF-16BE: look for the name in both encodings.
        for (const QString &leak : {QStringLiteral("ana.garcia"), QStringLiteral("Garc")}) {
            QVERIFY(!pdf.contains(leak.toLatin1()));
            QByteArray utf16;
            for (QChar c : leak)
                utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xff);
            QVERIFY(!pdf.contains(utf16));
        }
        // The test can fail: without redaction the title carries the name.
        options.redact = false;
        QByteArray plainUtf16;
        for (QChar c : QStringLiteral("Garc"))
            plainUtf16 += char(c.unicode() >> 8), plainUtf16 += char(c.unicode() & 0xff);
        QVERIFY(pdfOf(content, options, &pages).contains(plainUtf16));
    }

    void maskKeepsOrdinaryWords()
    {
        ExportContent content = test::exportContent();
        content.reports[1].snapshot.therapist.name = QStringLiteral("Will Mark");
        Redactor redactor(content, ExportLanguage(QStringLiteral("en")));
        QCOMPARE(redactor.mask(QStringLiteral("Mark said we will check")), QStringLiteral("Therapist 2 said we will check"));
        QCOMPARE(redactor.mask(QStringLiteral("sync for Mark failed")), QStringLiteral("sync for Therapist 2 failed"));
        QCOMPARE(redactor.mask(QStringLiteral("ANA GARCÍA ROMERO signed up")), QStringLiteral("Therapist 1 signed up"));
    }
};

QTEST_MAIN(TestExportPdfRedaction)
#include "tst_export_pdf_redaction.moc"
