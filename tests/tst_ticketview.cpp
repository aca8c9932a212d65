// Issue 13 in the window, offscreen with a fake inspection service: a pasted ticket is the view (Back
// returns to the one before), a cancel says what was done, and the window keeps its parts whole at
// its minimum size.
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "models/findingsmodel.h"
#include "models/unresolvedmodel.h"
#include "widgets/common/elidedtooltipdelegate.h"
#include "support/fakeinspectionservice.h"
#include "support/reportfixtures.h"
#include "widgets/cases/casecontroller.h"
#include "widgets/cases/casepanel.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/detailtableview.h"
#include "widgets/detail/therapistheader.h"
#include "widgets/export/exportdialog.h"
#include "widgets/list/filterbar.h"
#include "widgets/list/listpane.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/list/ticketbar.h"
#include "widgets/list/unresolvedpanel.h"
#include "widgets/session/triagesession.h"
#include "widgets/window/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>
#include <QHeaderView>
#include <QTreeView>

using namespace credsync;
using namespace credsync::test;

class TestTicketView : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> window;
    std::unique_ptr<FakeInspectionService> service;
    QTemporaryDir home;

    int shownRows() const { return window->listPane()->proxy()->rowCount(); }
    int sourceRows() const { return window->session()->therapists()->rowCount(); }
    QString currentName() const { return window->detailPane()->header()->nameText(); }

    void loadAllFixtures()
    {
        window->loadAll();
        service->answer(service->lastJob, fixtureReports());
        window->session()->setFlushInterval(0);
        QTRY_COMPARE(shownRows(), 6);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A workspace of its own for each run: drafts and cases of an earlier run (or of another test
        // binary running beside it under ctest -j) must not meet this run's, whose names are per minute.
        QVERIFY(home.isValid());
        qputenv("HOME", home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        service = std::make_unique<FakeInspectionService>();
        window = std::make_unique<MainWindow>();
        window->setSession(fixtureProfile(), fixtureAccount(), service.get());
        window->session()->setFlushInterval(0);
        window->resize(1440, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        service.reset();
    }

    void pastedTicketBecomesTheViewAndBackRestoresTheList()
    {
        loadAllFixtures();
        QVERIFY(window->selectTarget(QStringLiteral("161204877350")));
        QVERIFY(!window->isShowingTicket());

        // A Spanish ticket: its own number is not a target; Grace is already listed, the other is unknown.
        window->inspectText(QStringLiteral("Ticket #48213\nHola, grace@example.org y 161204877399 no pueden firmar."));
        QCOMPARE(service->inspectCalls.last(), QStringList({QStringLiteral("grace@example.org"), QStringLiteral("161204877399")}));
        QVERIFY(window->isShowingTicket());
        QVERIFY(window->listPane()->ticketBar()->isVisible());
        // After a scan with a current row, scoping the proxy to the ticket once left it with a negative
        // row count (and crashed --screenshot --select): the scope now rebuilds the proxy's mapping.
        QCOMPARE(shownRows(), 0); // nothing of the old view while the ticket resolves

        service->answer(service->lastJob, fixtureReports());
        // Only the ticket's therapist; the one already listed is selected, never listed twice.
        QTRY_COMPARE(shownRows(), 1);
        QCOMPARE(sourceRows(), 6);
        QCOMPARE(currentName(), QStringLiteral("Grace Hopper"));
        // The line that did not resolve is listed in place, with the reason, and can be edited.
        UnresolvedModel *unresolved = window->session()->unresolved();
        QCOMPARE(unresolved->rowCount(), 1);
        QCOMPARE(unresolved->targets(), QStringList({QStringLiteral("161204877399")}));
        QVERIFY(unresolved->flags(unresolved->index(0, UnresolvedModel::TargetColumn)) & Qt::ItemIsEditable);
        QVERIFY(window->listPane()->unresolvedPanel()->isVisible());
        QVERIFY2(window->listPane()->ticketBar()->text().contains(QStringLiteral("1 not found")),
                 qPrintable(window->listPane()->ticketBar()->text()));

        // Back: the list as it was, with the row that was current.
        window->action(QStringLiteral("back"))->trigger();
        QVERIFY(!window->isShowingTicket());
        QVERIFY(!window->listPane()->ticketBar()->isVisible());
        QCOMPARE(shownRows(), 6);
        QCOMPARE(unresolved->rowCount(), 0);
        QCOMPARE(currentName(), QStringLiteral("Ken Thompson"));
    }

    void pastedTicketIsADraftCaseThatReopensItsView()
    {
        CasePanel *panel = window->caseController()->panel();
        QVERIFY2(panel, qPrintable(window->caseController()->workspaceError()));
        loadAllFixtures();
        const QString ticket = QStringLiteral("Ticket #48213: grace@example.org and 161204877320 cannot sign in.");
        window->inspectText(ticket);
        service->answer(service->lastJob, fixtureReports());
        QTRY_COMPARE(shownRows(), 2);
        // Once resolved, the ticket is the newest case in the sidebar: a draft with its two therapists.
        auto *cases = panel->findChild<QTreeWidget *>();
        QVERIFY(cases);
        QTRY_VERIFY(panel->currentIsDraft());
        const QString draft = panel->currentName();
        QVERIFY2(draft.startsWith(QStringLiteral("Pasted ticket ")), qPrintable(draft));
        const QList<QTreeWidgetItem *> rows = cases->findItems(draft, Qt::MatchExactly, 0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front()->text(2), QStringLiteral("2"));
        QCOMPARE(rows.front()->text(4), QStringLiteral("draft"));
        // Its text is kept: the notes hold the ticket.
        QVERIFY(panel->findChild<QPlainTextEdit *>()->toPlainText() == ticket);

        // Back to the whole list, then one click on the draft: the ticket's therapists are the view again.
        window->goBack();
        QCOMPARE(shownRows(), 6);
        QVERIFY(panel->selectCase(draft));
        QVERIFY(cases->isVisible());
        // What a click on the row emits (an offscreen click does not reach a dock's tree reliably).
        Q_EMIT cases->itemClicked(cases->findItems(draft, Qt::MatchExactly, 0).front(), 0);
        QVERIFY(window->isShowingTicket());
        QCOMPARE(service->inspectCalls.last().size(), 2);
        service->answer(service->lastJob, fixtureReports());
        QTRY_COMPARE(shownRows(), 2);
        // Reopening a draft does not make another one, and only the newest drafts are kept.
        QCOMPARE(panel->currentName(), draft);
        int drafts = 0;
        for (int i = 0; i < cases->topLevelItemCount(); ++i)
            drafts += cases->topLevelItem(i)->text(4) == QLatin1String("draft") ? 1 : 0;
        QVERIFY(drafts <= 10);

        // Saved under a title, it is an ordinary case.
        QVERIFY(panel->selectCase(draft));
        const QString title = QStringLiteral("SUP-48213 %1").arg(draft.section(QLatin1Char(' '), 2));
        QVERIFY(panel->renameCurrent(title).ok());
        QVERIFY(!panel->currentIsDraft());
        QCOMPARE(cases->findItems(title, Qt::MatchExactly, 0).front()->text(4), QStringLiteral("open"));
    }

    // Ctrl+E in a ticket's view writes up the whole ticket: every therapist it resolved to (not only the
    // selected row, not only what the filter box shows) and the lines that did not resolve, opening with
    // the ticket-ready block.
    void exportCoversTheWholeTicket()
    {
        loadAllFixtures();
        window->inspectText(QStringLiteral("Ticket #48213: 161204877310, 161204877320 y 161204877330; 161204877399 tampoco."));
        service->answer(service->lastJob, fixtureReports());
        QTRY_COMPARE(shownRows(), 3);
        QVERIFY(window->selectTarget(QStringLiteral("161204877320")));
        window->listPane()->proxy()->setText(QStringLiteral("Alan"));
        QTRY_COMPARE(shownRows(), 1);

        window->action(QStringLiteral("export"))->trigger();
        // The status bar's progress first; the dialog opens once it has been drawn.
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ExportDialog *>(QStringLiteral("exportDialog"))) != nullptr);
        dialog->setLanguage(QStringLiteral("en"));
        const QString md = dialog->markdown();
        QVERIFY2(md.contains(QStringLiteral("## For the ticket\n")), qPrintable(md.left(400)));
        for (const char *name : {"Grace Hopper", "Alan Turing", "Edsger Dijkstra"})
            QVERIFY2(md.contains(QStringLiteral("**%1** · contact").arg(QString::fromUtf8(name))), name);
        QVERIFY(!md.contains(QStringLiteral("Ken Thompson"))); // listed before the paste, not in the ticket
        QVERIFY(md.contains(QStringLiteral("`161204877399`"))); // the line that did not resolve
        dialog->close();
    }

    void ticketRowsAppearAsTheyResolve()
    {
        window->inspectText(QStringLiteral("161204877310 161204877320 161204877330"));
        const quint64 job = service->lastJob;
        const std::vector<TherapistReport> reports = fixtureReports();
        Q_EMIT service->reportReady(job, reports[1]); // Grace
        Q_EMIT service->progress(job, 1, 3);
        QTRY_COMPARE(shownRows(), 1);
        QVERIFY(window->session()->isBusy());
        Q_EMIT service->reportReady(job, reports[2]);
        Q_EMIT service->progress(job, 2, 3);
        QTRY_COMPARE(shownRows(), 2);
        // The first row to arrive is opened at once.
        QCOMPARE(currentName(), QStringLiteral("Grace Hopper"));
    }

    void unresolvedEntriesAreNotClipped()
    {
        UnresolvedPanel *panel = window->listPane()->unresolvedPanel();
        auto *view = panel->findChild<QTreeView *>();
        QVERIFY(view);
        // Several rows are visible at once (not one), and a multi-line entry grows its row.
        QVERIFY2(view->maximumHeight() >= 5 * view->fontMetrics().lineSpacing(), qPrintable(QString::number(view->maximumHeight())));
        QVERIFY(!view->uniformRowHeights());
        QVERIFY(view->wordWrap());
        window->session()->unresolved()->append({QStringLiteral("first line\nsecond line"), QStringLiteral("no therapist matches")});
        window->session()->unresolved()->append({QStringLiteral("161204877399"), QStringLiteral("no therapist matches")});
        QTRY_VERIFY(view->isVisible());
        QVERIFY(view->visualRect(view->model()->index(0, 0)).height() > view->visualRect(view->model()->index(1, 0)).height());
    }

    void cancelSaysWhatWasDoneAndReturnsToIdle()
    {
        window->inspectText(QStringLiteral("161204877310 161204877320 161204877330"));
        const quint64 job = service->lastJob;
        QVERIFY(window->session()->isBusy());
        Q_EMIT service->reportReady(job, fixtureReports()[1]);
        Q_EMIT service->progress(job, 1, 3);

        window->action(QStringLiteral("cancel"))->trigger();
        QVERIFY(!window->session()->isBusy());
        QVERIFY(service->cancelled.contains(job));
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Cancelled: 1 done, 2 not started"));
        // What arrived before the cancel stays; the progress widget is gone; the ticket bar stops resolving.
        QTRY_COMPARE(shownRows(), 1);
        QVERIFY(!window->action(QStringLiteral("cancel"))->isEnabled());
        QVERIFY(!window->listPane()->ticketBar()->text().contains(QStringLiteral("resolving")));
        // Late answers of the cancelled job are dropped.
        Q_EMIT service->reportReady(job, fixtureReports()[2]);
        QTest::qWait(20);
        QCOMPARE(sourceRows(), 1);
    }

    void findingSentencesWrapAndCutCellsTellTheirText()
    {
        loadAllFixtures();
        window->resize(1024, 600);
        QTRY_COMPARE(window->size(), QSize(1024, 600));
        // The first listed therapist whose findings include a sentence longer than a narrow column.
        QTreeView *findings = nullptr;
        QModelIndex sentence;
        for (int row = 0; row < shownRows() && !sentence.isValid(); ++row) {
            window->listPane()->view()->setCurrentIndex(window->listPane()->proxy()->index(row, 0));
            QVERIFY(window->detailPane()->setCurrentTab(QStringLiteral("findings")));
            for (DetailTableView *table : window->detailPane()->findChildren<DetailTableView *>()) {
                if (table->accessibleName() == QLatin1String("Findings"))
                    findings = table;
            }
            QVERIFY(findings);
            findings->header()->resizeSection(FindingsModel::SummaryColumn, 160);
            for (int f = 0; f < findings->model()->rowCount(); ++f) {
                const QModelIndex summary = findings->model()->index(f, FindingsModel::SummaryColumn);
                if (findings->fontMetrics().horizontalAdvance(summary.data().toString()) > 400)
                    sentence = summary;
            }
        }
        QVERIFY2(sentence.isValid(), "no fixture has a long finding sentence");
        // "What is wrong" wraps onto several lines instead of being cut above empty space.
        QTRY_VERIFY2(findings->visualRect(sentence).height() >= 2 * findings->fontMetrics().lineSpacing(),
                     qPrintable(QString::number(findings->visualRect(sentence).height())));
        // A cell cut short (the code column made narrow) is reported elided; whole, it is not.
        const QModelIndex code = sentence.siblingAtColumn(FindingsModel::CodeColumn);
        QStyleOptionViewItem option;
        option.font = findings->font();
        option.rect = QRect(0, 0, 20, findings->fontMetrics().height());
        QVERIFY(ElidedToolTipDelegate::isElided(findings, option, code));
        option.rect.setWidth(findings->fontMetrics().horizontalAdvance(code.data().toString()) + 40);
        QVERIFY(!ElidedToolTipDelegate::isElided(findings, option, code));
    }

    void minimumSizeKeepsEveryControlWhole()
    {
        loadAllFixtures();
        QVERIFY(window->selectTarget(QStringLiteral("grace@example.org")));
        const QSize minimum = window->minimumSize();
        QVERIFY2(minimum.width() >= 800 && minimum.width() <= 1024 && minimum.height() >= 500 && minimum.height() <= 600,
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        window->resize(200, 200); // clamped to the minimum
        QTRY_COMPARE(window->size(), minimum);
        for (const QSize size : {minimum, QSize(1024, 600)}) {
            window->resize(size);
            QTRY_COMPARE(window->size(), size);
            // A bar that moves its combos to a second row asks its parents for height: let them answer.
            for (int pass = 0; pass < 3; ++pass)
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            // No button squeezed below its text ("sum", "ull ic").
            const auto buttons = window->findChildren<QPushButton *>();
            for (QPushButton *button : buttons) {
                if (!button->isVisible())
                    continue;
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                         qPrintable(QStringLiteral("%1: %2 < %3").arg(button->text()).arg(button->width()).arg(button->minimumSizeHint().width())));
            }
            // The ids line (a UUID does not wrap) is never cut under the header's buttons.
            TherapistHeader *header = window->detailPane()->header();
            QLabel *ids = nullptr;
            for (QLabel *label : header->findChildren<QLabel *>()) {
                if (label->accessibleName() == QLatin1String("Therapist ids"))
                    ids = label;
            }
            QVERIFY(ids);
            const QRect idsRect(ids->mapTo(header, QPoint(0, 0)), ids->size());
            for (QPushButton *button : header->findChildren<QPushButton *>()) {
                const QRect buttonRect(button->mapTo(header, QPoint(0, 0)), button->size());
                QVERIFY2(!idsRect.intersects(buttonRect), qPrintable(button->text()));
            }
            QVERIFY(ids->width() >= ids->fontMetrics().horizontalAdvance(QStringLiteral("8f3c2a1e-0000-4000-8000-1234567890ab")));
            // The filter bar's boxes do not overlap each other.
            QList<QWidget *> boxes;
            for (QWidget *child : window->listPane()->filterBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
                if (child->isVisible())
                    boxes << child;
            }
            for (QWidget *box : std::as_const(boxes)) {
                QVERIFY2(box->width() >= box->minimumSizeHint().width(),
                         qPrintable(QStringLiteral("%1 squeezed: %2 < %3").arg(QString::fromLatin1(box->metaObject()->className()))
                                        .arg(box->width()).arg(box->minimumSizeHint().width())));
            }
            for (int i = 0; i < boxes.size(); ++i) {
                for (int j = i + 1; j < boxes.size(); ++j) {
                    QVERIFY2(!boxes[i]->geometry().intersects(boxes[j]->geometry()),
                             qPrintable(QStringLiteral("%1 overlaps %2").arg(QString::fromLatin1(boxes[i]->metaObject()->className()),
                                                                          QString::fromLatin1(boxes[j]->metaObject()->className()))));
                }
            }
        }
    }
};

QTEST_MAIN(TestTicketView)
#include "tst_ticketview.moc"
