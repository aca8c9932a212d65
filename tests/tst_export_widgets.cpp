// The export dialog and the case panel, offscreen: preview follows language and redaction, Copy
// Markdown puts exactly the preview on the clipboard; cases made from a selection, renamed, closed.
#include <QtTest>

#include "core/cases/caseworkspace.h"
#include "core/export/readertime.h"
#include "core/export/redactor.h"
#include "core/fixes/auditstore.h"
#include "widgets/detail/detailpane.h"
#include "widgets/cases/casepanel.h"
#include "widgets/export/exportdialog.h"

#include "exportfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace credsync;

class TestExportWidgets : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void previewFollowsOptions()
    {
        ExportDialog dialog(test::exportReports(), test::exportProfile(), test::exportAccount());
        dialog.setLanguage(QStringLiteral("en"));
        QVERIFY(dialog.markdown().contains(QStringLiteral("## Summary")));
        auto *browser = dialog.findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Ana García Romero")));

        dialog.setLanguage(QStringLiteral("es"));
        QVERIFY(dialog.markdown().contains(QStringLiteral("## Resumen")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Resumen")));

        dialog.setRedacted(true);
        QVERIFY(!exporting::Redactor::emailPattern().match(dialog.markdown()).hasMatch());
        QVERIFY(!browser->toPlainText().contains(QStringLiteral("García")));

        dialog.setFormat(exporting::Format::Csv);
        auto *text = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(text && text->isVisibleTo(&dialog));
        QVERIFY(text->toPlainText().startsWith(QStringLiteral("contact_id,therapist_id,name,")));
        Result<QByteArray> csv = dialog.rendered();
        QVERIFY(csv.ok());
        QVERIFY(!csv->contains("example.com"));
    }

    // Copy summary opens with the same ticket-ready lines as the export: what was wrong, what was done
    // (from the audit the window gives the pane), the state now; the full text follows.
    void copySummaryOpensWithTheTicketLines()
    {
        DetailPane pane;
        pane.setContext(test::exportProfile(), test::exportAccount());
        const std::vector<TherapistReport> reports = test::exportReports();
        pane.showReport(&reports.front(), {});
        QString text = pane.summaryText();
        QVERIFY2(text.startsWith(QStringLiteral("Ana García Romero · contact 161204877310\n"
                                                "  What was wrong: Id missing in the database; Sync errors in Sentry; Ids pulled too early.\n"
                                                "  What was done: nothing yet; the fix to apply: pull the ids from HubSpot into the database.\n"
                                                "  Current state: still wrong (")),
                 qPrintable(text.left(500)));
        // The evidence is still all there, below the opening.
        const qsizetype evidence = text.indexOf(QStringLiteral("Objects in HubSpot:"));
        QVERIFY(evidence > text.indexOf(QStringLiteral("Current state:")));

        fixes::AuditEntry entry;
        entry.fix = QStringLiteral("pull-ids");
        entry.outcome = QStringLiteral("applied");
        entry.operatorName = QStringLiteral("dlopez");
        entry.startedAt = QDateTime(QDate(2025, 9, 15), QTime(9, 19, 50), QTimeZone::utc());
        entry.finishedAt = QDateTime(QDate(2025, 9, 15), QTime(9, 20), QTimeZone::utc());
        pane.setAuditEntries({entry});
        text = pane.summaryText();
        const QString when = exporting::readerTime(entry.finishedAt, QTimeZone::systemTimeZone());
        QVERIFY2(text.contains(QStringLiteral("  What was done: pull-ids (applied) on %1 by dlopez.\n").arg(when)), qPrintable(text.left(500)));
    }

    void copyMarkdownCopiesThePreview()
    {
        ExportDialog dialog(test::exportContent());
        dialog.setLanguage(QStringLiteral("en"));
        dialog.copyMarkdown();
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), dialog.markdown());
        QVERIFY(mime->text().startsWith(QStringLiteral("# Case: Missing ids after sign-up")));
        QCOMPARE(mime->data(QStringLiteral("text/markdown")), dialog.markdown().toUtf8());
    }

    void pdfFromTheDialog()
    {
        ExportDialog dialog(test::exportContent());
        dialog.setFormat(exporting::Format::Pdf);
        Result<QByteArray> pdf = dialog.rendered();
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF"));
    }

    void casePanelLifecycle()
    {
        Profile profile = test::exportProfile();
        profile.workspace.url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("panel.sqlite"));
        auto workspace = cases::openWorkspace(profile);
        QVERIFY(workspace.ok());
        CasePanel panel(workspace->get(), profile);
        QCOMPARE(panel.caseCount(), 0);

        std::vector<TherapistReport> reports = test::exportReports();
        panel.setSelection({reports[0], reports[1]});
        QVERIFY(panel.createCase(QStringLiteral("SUP-4411"), QStringLiteral("https://tracker.example/SUP-4411")).ok());
        QCOMPARE(panel.caseCount(), 1);
        QCOMPARE(panel.currentName(), QStringLiteral("SUP-4411"));
        QVERIFY(!panel.createCase(QStringLiteral("SUP-4411"), {}).ok()); // the name is taken

        panel.setSelection({reports[2]});
        QVERIFY(panel.addSelectionToCurrent().ok());
        QCOMPARE(panel.exportContent().reports.size(), size_t(3));

        QVERIFY(panel.renameCurrent(QStringLiteral("SUP-4411 ids")).ok());
        QCOMPARE(panel.currentName(), QStringLiteral("SUP-4411 ids"));

        // Re-inspection: the panel asks, the window answers; the export then carries was → now.
        std::vector<TherapistReport> fresh = reports;
        fresh[0].findings.clear();
        panel.showFresh(QStringLiteral("SUP-4411 ids"), fresh);
        const exporting::ExportContent content = panel.exportContent();
        QCOMPARE(content.previous.size(), size_t(3));
        QVERIFY(content.caseHeader);
        QCOMPARE(content.caseHeader->ticket, QStringLiteral("https://tracker.example/SUP-4411"));
        panel.showFresh(QStringLiteral("another case"), {}); // a stale answer is ignored
        QCOMPARE(panel.exportContent().previous.size(), size_t(3));

        QVERIFY(panel.setCurrentClosed(true).ok());
        QCOMPARE(panel.caseCount(), 1); // still listed: "show closed" turns on after closing
        cases::CaseStore store(**workspace);
        QVERIFY(!store.load(QStringLiteral("SUP-4411 ids"))->isOpen());
    }
};

QTEST_MAIN(TestExportWidgets)
#include "tst_export_widgets.moc"
