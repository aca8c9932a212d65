// The window's Delays and Changes views, offscreen against the demo sandbox.
#include "core/clock.h"
#include "demofixture.h"
#include "widgets/reports/changesdialog.h"
#include "widgets/reports/cleanupdialog.h"
#include "widgets/reports/delaychartwidget.h"
#include "widgets/reports/delaysdialog.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace credsync;

class TestReportsWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void delaysViewShowsTheReport()
    {
        test::DemoFixture demo;
        const QString started = demo.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        DelaysDialog dialog(demo.profile());
        QSignalSpy ready(&dialog, &DelaysDialog::reportReady);
        dialog.show();
        dialog.run();
        QVERIFY(ready.wait(30000));
        QVERIFY(dialog.hasReport());
        const QString text = dialog.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Credentialing: a pull")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("today's 60 s finds")));
        const QImage shot = dialog.findChild<DelayChartWidget *>()->grab().toImage();
        QVERIFY(!shot.isNull());
        // The bars are painted in the chart's blue somewhere on the first panel.
        bool blue = false;
        for (int y = 30; y < std::min(shot.height(), 200) && !blue; y += 2) {
            for (int x = 50; x < shot.width() && !blue; x += 2)
                blue = shot.pixelColor(x, y) == QColor(0x3b, 0x82, 0xc4);
        }
        QVERIFY(blue);
        clock::unpin();
    }

    void changesViewRecordsAndNotifies()
    {
        test::DemoFixture demo;
        const QString started = demo.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        Profile profile = demo.profile();
        profile.workspace.url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ws.sqlite"));
        Status connected = Ok{};
        auto inspector = demo.connectedInspector(&connected);
        QVERIFY(connected);
        const test::InspectionResult scan = demo.scan(*inspector);
        QVERIFY(scan.finished && scan.status);

        ChangesDialog first(profile, [&] { return scan.reports; });
        QVERIFY(!first.comparison()); // nothing recorded yet
        QSignalSpy notified(&first, &ChangesDialog::notify);
        first.recordLoaded();
        QCOMPARE(notified.size(), 1); // the first recorded scan: every broken therapist is new
        QVERIFY(first.comparison());
        QVERIFY(!first.comparison()->diff.newlyBroken.empty());

        ChangesDialog second(profile, [&] { return scan.reports; });
        QSignalSpy quiet(&second, &ChangesDialog::notify);
        second.recordLoaded();
        QCOMPARE(quiet.size(), 0); // nothing changed
        QVERIFY(second.comparison()->diff.newlyBroken.empty());
        QCOMPARE(int(second.comparison()->diff.stillBroken.size()), int(first.comparison()->diff.newlyBroken.size()));
        auto *tree = second.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(2)->childCount(), int(second.comparison()->diff.stillBroken.size()));
        clock::unpin();
    }

    // Plan from the list → export → (a second operator approves) → apply, from the window.
    void cleanupPlansExportsAndApplies()
    {
        test::DemoFixture demo;
        const QString started = demo.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        Profile profile = demo.profile();
        profile.workspace.url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ws.sqlite"));
        Status connected = Ok{};
        auto inspector = demo.connectedInspector(&connected);
        QVERIFY(connected);
        const test::InspectionResult scan = demo.scan(*inspector);
        QVERIFY(scan.finished && scan.status);
        const int expected = demo.contactsTagged(QStringLiteral("MULTIPLE_UNIQUE_LABEL")).size();
        QVERIFY(expected > 0);

        qputenv("USER", "alice");
        CleanupDialog dialog(profile, [&] { return scan.reports; });
        const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        combos[0]->setCurrentIndex(combos[0]->findData(QStringLiteral("relabel")));
        combos[1]->setCurrentIndex(combos[1]->findData(FindingCode::MultipleUniqueLabel));
        QSignalSpy planned(&dialog, &CleanupDialog::planned);
        dialog.planShown();
        QVERIFY(planned.wait(30000));
        QVERIFY(dialog.plan());
        QVERIFY(int(dialog.plan()->therapists.size()) >= expected);
        const QString path = dir.filePath(QStringLiteral("PLAN.json"));
        QVERIFY(dialog.exportPlan(path));

        // Not approved yet: refused, nothing applied.
        QSignalSpy applied(&dialog, &CleanupDialog::applied);
        dialog.applyPlan(path);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.takeFirst().first().toBool(), false);

        Result<fixes::PlanFile> file = fixes::loadPlanFile(path);
        QVERIFY(file);
        QVERIFY(fixes::approvePlan(file.value(), QStringLiteral("bob"), clock::nowUtc()));
        QVERIFY(fixes::savePlanFile(path, file.value()));
        qputenv("USER", "carol");
        dialog.applyPlan(path);
        QVERIFY(applied.wait(60000));
        QCOMPARE(applied.takeFirst().first().toBool(), true);
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("Applied and verified: %1").arg(file->therapists.size())),
                 qPrintable(dialog.summaryText()));
        clock::unpin();
    }
};

QTEST_MAIN(TestReportsWidgets)
#include "tst_reportswidgets.moc"
