// The triage window offscreen, driven by a fake inspection service and the fixture reports:
// what a person sees after pasting, selecting, filtering, and when a source fails.
#include "models/idsmodel.h"
#include "models/modeltext.h"
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "models/unresolvedmodel.h"
#include "support/fakeinspectionservice.h"
#include "support/reportfixtures.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/detailtableview.h"
#include "widgets/list/filterbar.h"
#include "widgets/list/listpane.h"
#include "widgets/window/mainwindow.h"
#include "widgets/window/sourcestatuswidget.h"
#include "widgets/detail/therapistheader.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/detail/timelinetab.h"
#include "widgets/detail/timelinewidget.h"
#include "widgets/session/triagesession.h"
#include "widgets/list/unresolvedpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace credsync;
using namespace credsync::test;

class TestWidgets : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> window;
    std::unique_ptr<FakeInspectionService> service;

    // Pastes the six fixture therapists' contact ids and lets the fake answer.
    void loadFixtures()
    {
        QStringList ids;
        for (const TherapistReport &report : fixtureReports())
            ids << report.snapshot.therapist.contactId;
        window->inspectText(QStringLiteral("Ticket 4411: please check ") + ids.join(QStringLiteral(", ")));
        service->answer(service->lastJob, fixtureReports());
    }

    QString detailName() const
    {
        return window->detailPane()->header()->nameText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "America/New_York");
        tzset();
    }

    void init()
    {
        service = std::make_unique<FakeInspectionService>();
        window = std::make_unique<MainWindow>();
        window->setSession(fixtureProfile(), fixtureAccount(), service.get());
        window->resize(1440, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        service.reset();
    }

    void pastedTextSendsTargetsToTheInspector()
    {
        QApplication::clipboard()->setText(QStringLiteral(
            "Hi team, Grace (grace@example.org) and https://app.hubspot.com/contacts/4634981/record/0-1/161204877320/ "
            "are stuck since Tuesday."));
        window->listPane()->view()->setFocus();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window->listPane()->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(service->inspectCalls.size(), 1);
        QCOMPARE(service->inspectCalls.first(),
                 QStringList({QStringLiteral("grace@example.org"),
                              QStringLiteral("https://app.hubspot.com/contacts/4634981/record/0-1/161204877320/")}));

        // Rows appear once the answers arrive, and the first one is shown straight away.
        service->answer(service->lastJob, fixtureReports());
        QCOMPARE(window->listPane()->proxy()->rowCount(), 2);
        QVERIFY(window->detailPane()->hasReport());
    }

    void droppedTextIsIntakeToo()
    {
        QMimeData mime;
        mime.setText(QStringLiteral("161204877350\n161204877301"));
        QVERIFY(window->listPane()->view()->takeDroppedData(&mime));
        QCOMPARE(service->inspectCalls.size(), 1);
        QCOMPARE(service->inspectCalls.first(), QStringList({QStringLiteral("161204877350"), QStringLiteral("161204877301")}));
    }

    void selectingARowShowsItsIds()
    {
        loadFixtures();
        QCOMPARE(window->listPane()->proxy()->rowCount(), 6);
        QVERIFY(window->selectTarget(QStringLiteral("grace@example.org")));
        QCOMPARE(detailName(), QStringLiteral("Grace Hopper"));
        QVERIFY(window->detailPane()->setCurrentTab(QStringLiteral("ids")));
        const IdsModel *ids = window->detailPane()->idsModel();
        QCOMPARE(ids->index(0, IdsModel::DbValueColumn).data().toString(), QStringLiteral("NULL"));
        QCOMPARE(ids->index(0, IdsModel::ObjectColumn).data().toString(), QStringLiteral("30002000001"));
        QCOMPARE(ids->verdictAt(0), IdsModel::Verdict::MissingInDb);
        QVERIFY(window->detailPane()->tabs()->tabText(0).contains(QStringLiteral("1 mismatch")));

        QVERIFY(window->selectTarget(QStringLiteral("161204877320")));
        QCOMPARE(detailName(), QStringLiteral("Alan Turing"));
        QCOMPARE(ids->verdictAt(0), IdsModel::Verdict::Conflict);
        QCOMPARE(ids->index(0, IdsModel::ObjectColumn).data().toString(), QStringLiteral("30003000001, 30003000002"));
    }

    void arrowsMoveAndTheDetailFollows()
    {
        loadFixtures();
        TherapistTableView *view = window->listPane()->view();
        view->setFocus();
        view->setCurrentIndex(window->listPane()->proxy()->index(0, 0));
        const QString first = detailName();
        QTest::keyClick(view, Qt::Key_Down);
        const QString second = detailName();
        QVERIFY(second != first);
        QCOMPARE(second, window->listPane()->proxy()->index(1, 1).data().toString());
    }

    void filterByCodeHidesRows()
    {
        loadFixtures();
        FilterBar *bar = window->listPane()->filterBar();
        bar->codeBox()->setCurrentIndex(bar->codeBox()->findData(QStringLiteral("STALE_DB_ID")));
        QCOMPARE(window->listPane()->proxy()->rowCount(), 1);
        QCOMPARE(window->listPane()->proxy()->index(0, 1).data().toString(), QStringLiteral("Edsger Dijkstra"));
        QCOMPARE(bar->countText(), QStringLiteral("1 of 6 shown"));

        bar->codeBox()->setCurrentIndex(0);
        bar->searchBox()->setText(QStringLiteral("hopper"));
        bar->applyTextNow(); // skip the debounce rather than wait on the clock
        QCOMPARE(window->listPane()->proxy()->rowCount(), 1);
        bar->searchBox()->clear();
        bar->applyTextNow();
        bar->severityBox()->setCurrentIndex(bar->severityBox()->findData(int(TherapistFilterProxy::SeverityFilter::Errors)));
        QCOMPARE(window->listPane()->proxy()->rowCount(), 3);
    }

    void sourceFailureShowsInTheStatusBarWithoutADialog()
    {
        SourceHealth ok{QStringLiteral("db"), true, true, QStringLiteral("connected"), {}};
        SourceHealth failing{QStringLiteral("hubspot"), true, false, QStringLiteral("credentials rejected (401)"), {}};
        Q_EMIT service->sourceHealthChanged(ok);
        for (int i = 0; i < 20; ++i) // a failing source reports on every request: still no dialog
            Q_EMIT service->sourceHealthChanged(failing);
        QCOMPARE(window->sourceStatus()->healthText(QStringLiteral("hubspot")),
                 QStringLiteral("HubSpot: credentials rejected (401)"));
        QVERIFY(!window->sourceStatus()->isHealthy(QStringLiteral("hubspot")));
        QVERIFY(window->sourceStatus()->isHealthy(QStringLiteral("db")));
        QVERIFY(!QApplication::activeModalWidget());
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY(!(qobject_cast<QDialog *>(top) && top->isVisible()));
        Q_EMIT service->rateBudgetChanged(87, 100);
        QVERIFY(window->sourceStatus()->findChildren<QLabel *>().size() > 0);
    }

    void supersededJobsAreDropped()
    {
        window->inspectText(QStringLiteral("161204877301"));
        const quint64 first = service->lastJob;
        window->inspectText(QStringLiteral("161204877310"));
        const quint64 second = service->lastJob;
        QVERIFY(service->cancelled.contains(first));
        service->answer(first, fixtureReports());  // late answer to the old job
        QCOMPARE(window->session()->therapists()->rowCount(), 0);
        service->answer(second, fixtureReports());
        QCOMPARE(window->session()->therapists()->rowCount(), 1);
        QVERIFY(!window->session()->isBusy());
    }

    void unresolvedTargetsCanBeCorrectedAndRetried()
    {
        window->inspectText(QStringLiteral("grace@exampel.org 161204877310"));
        service->answer(service->lastJob, fixtureReports());
        UnresolvedModel *unresolved = window->session()->unresolved();
        QCOMPARE(unresolved->targets(), QStringList({QStringLiteral("grace@exampel.org")}));
        UnresolvedPanel *panel = window->listPane()->unresolvedPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(unresolved->setData(unresolved->index(0, 0), QStringLiteral("ada@example.org")));
        panel->findChildren<QPushButton *>().first()->click(); // Retry
        QCOMPARE(service->inspectCalls.last(), QStringList({QStringLiteral("ada@example.org")}));
        service->answer(service->lastJob, fixtureReports());
        QCOMPARE(unresolved->rowCount(), 0);
        QVERIFY(!panel->isVisible());
        QCOMPARE(window->session()->therapists()->rowCount(), 2);
    }

    void fixButtonsSayWhyTheyAreDisabled()
    {
        loadFixtures();
        QVERIFY(window->selectTarget(QStringLiteral("Grace Hopper")));
        QSignalSpy fixes(window.get(), &MainWindow::fixRequested);
        // The fake service cannot write: the buttons say so instead of failing on click.
        for (const QString &fix : {QStringLiteral("pull-ids"), QStringLiteral("resync"), QStringLiteral("relabel")}) {
            QPushButton *button = window->detailPane()->header()->fixButton(fix);
            QVERIFY(button);
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), QStringLiteral("This connection cannot apply fixes"));
        }
        // A read-only profile names itself as the reason, whatever the service could do.
        Profile readOnly = fixtureProfile();
        readOnly.readOnly = true;
        window->setSession(readOnly, fixtureAccount(), service.get());
        loadFixtures();
        QVERIFY(window->selectTarget(QStringLiteral("Grace Hopper")));
        for (const QString &fix : {QStringLiteral("pull-ids"), QStringLiteral("resync"), QStringLiteral("relabel")}) {
            QPushButton *button = window->detailPane()->header()->fixButton(fix);
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QLatin1String("read-only")), qPrintable(button->toolTip()));
        }
        // The signal carries the selected therapists' keys.
        QPushButton *pull = window->detailPane()->header()->fixButton(QStringLiteral("pull-ids"));
        pull->setEnabled(true);
        pull->click();
        QCOMPARE(fixes.count(), 1);
        QCOMPARE(fixes.at(0).at(0).toString(), QStringLiteral("pull-ids"));
        QCOMPARE(fixes.at(0).at(1).toStringList(), QStringList({missingIdReport().snapshot.therapist.id}));
    }

    void copyAnIdAndThePane()
    {
        loadFixtures();
        QVERIFY(window->selectTarget(QStringLiteral("161204877310")));
        window->detailPane()->setCurrentTab(QStringLiteral("ids"));
        auto *table = qobject_cast<DetailTableView *>(window->detailPane()->tabs()->currentWidget());
        QVERIFY(table);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, IdsModel::ObjectColumn));
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("30002000001"));
        QVERIFY(table->tableText().startsWith(QStringLiteral("Object type\tLabel\tDB column")));

        window->detailPane()->copySummary();
        const QString summary = QApplication::clipboard()->text();
        QVERIFY2(summary.contains(QStringLiteral("161204877310")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("MISSING_DB_ID")), qPrintable(summary));
    }

    void timelineTabShowsThePullGap()
    {
        loadFixtures();
        QVERIFY(window->selectTarget(QStringLiteral("161204877310")));
        QVERIFY(window->detailPane()->setCurrentTab(QStringLiteral("timeline")));
        TimelineTab *timeline = window->detailPane()->timelineTab();
        QCOMPARE(timeline->model()->rowCount(), 5);
        QCOMPARE(timeline->model()->spans().front().text, QStringLiteral("object created 52 s after the pull"));
        // Clicking a marker selects the same event in the list.
        TimelineWidget *axis = timeline->axis();
        int hit = -1;
        for (int x = 0; x < axis->width() && hit < 0; x += 2) {
            for (int y = 0; y < axis->height() && hit < 0; y += 2) {
                if (axis->entryAt(QPoint(x, y)) == 2) {
                    QTest::mouseClick(axis, Qt::LeftButton, {}, QPoint(x, y));
                    hit = 2;
                }
            }
        }
        QCOMPARE(hit, 2);
        QCOMPARE(timeline->list()->currentIndex().row(), 2);
    }

    void welcomePageOnFirstRun()
    {
        MainWindow fresh;
        QVERIFY(fresh.isShowingWelcome());
        QVERIFY(!fresh.action(QStringLiteral("paste"))->isEnabled());
        QSignalSpy demo(&fresh, &MainWindow::openDemoRequested);
        fresh.action(QStringLiteral("openDemo"))->trigger();
        QCOMPARE(demo.count(), 1);
    }

    void screenshots()
    {
        // Review aid: CREDSYNC_SCREENSHOT_DIR=… renders the fixture window at the sizes we care about.
        const QString dir = qEnvironmentVariable("CREDSYNC_SCREENSHOT_DIR");
        loadFixtures();
        QVERIFY(window->selectTarget(QStringLiteral("161204877310")));
        for (const QSize &size : {QSize(1440, 900), QSize(1280, 800)}) {
            window->resize(size);
            for (const QString &tab : {QStringLiteral("ids"), QStringLiteral("timeline")}) {
                window->detailPane()->setCurrentTab(tab);
                QApplication::processEvents();
                const QPixmap shot = window->grab();
                QCOMPARE(shot.size(), size);
                if (!dir.isEmpty())
                    QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("fixture-%1-%2.png").arg(tab).arg(size.width()))));
            }
        }
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
