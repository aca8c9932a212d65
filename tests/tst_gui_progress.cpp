// Progress on every click that starts work (issue 13), against the demo sandbox answering slowly
// (its latency fault rules: every HubSpot call takes 2 s). Right after the click, with the sandbox
// still holding the answer, the status bar shows the work and its Cancel; a cancel ends with
// "Cancelled: N done, M not started" and the status bar returns to idle. No timing is asserted: the
// checks run after processing events once, while the answers are still being held back.
#include "core/fixes/applyprogress.h"
#include "sandbox/sandboxserver.h"
#include "support/consolewindow.h"
#include "support/demofixture.h"
#include "widgets/common/workprogress.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/therapistheader.h"
#include "widgets/fixes/fixcontroller.h"
#include "widgets/fixes/fixplandialog.h"
#include "widgets/list/listpane.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/reports/delaysdialog.h"
#include "widgets/reports/reportscontroller.h"
#include "widgets/session/threadedinspectionservice.h"
#include "widgets/session/triagesession.h"
#include "widgets/window/jobprogresswidget.h"
#include "widgets/window/mainwindow.h"

#include "models/therapistlistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace credsync;

namespace {

constexpr int kWaitMs = 60000;

sandbox::FaultRule slowHubSpot()
{
    sandbox::FaultRule rule;
    rule.pathPattern = QStringLiteral("^/crm/");
    rule.delayMs = 2000;
    return rule;
}

} // namespace

class TestGuiProgress : public QObject
{
    Q_OBJECT

    test::DemoFixture m_demo;
    QTemporaryDir m_dir;
    Profile m_profile;
    std::unique_ptr<ThreadedInspectionService> m_service;
    std::unique_ptr<MainWindow> m_window;

    bool openWindow(const QStringList &contacts)
    {
        return test::openConsoleWindow(m_profile, m_service, m_window) && test::inspectAndWait(*m_window, contacts, kWaitMs);
    }

    JobProgressWidget *progressWidget() const { return m_window->findChild<JobProgressWidget *>(QStringLiteral("jobProgress")); }

    // The status bar is idle again: no job, no progress widget, nothing for Esc to cancel.
    bool isIdle() const
    {
        return !m_window->workProgress()->isBusy() && !progressWidget()->isVisible() && !m_window->action(QStringLiteral("cancel"))->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString error = m_demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_profile = m_demo.profile();
        m_profile.workspace.url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("workspace.sqlite"));
        m_profile.diagnosis.recheckSeconds = 0;
    }

    void cleanup()
    {
        m_demo.server().clearFaults();
        m_window.reset();
        m_service.reset();
    }

    void inspectingShowsAtOnceAndCancelReturnsToIdle()
    {
        const QStringList contacts = m_demo.contactsTagged(QStringLiteral("MISSING_DB_ID")).mid(0, 2);
        QCOMPARE(contacts.size(), 2);
        QVERIFY(openWindow({contacts.first()}));
        QVERIFY(isIdle());
        m_demo.server().addFault(slowHubSpot());
        m_window->inspectText(contacts.last());
        QCoreApplication::processEvents();
        QVERIFY(progressWidget()->isVisible());
        QVERIFY2(progressWidget()->text().startsWith(QLatin1String("Inspecting")), qPrintable(progressWidget()->text()));
        QVERIFY(m_window->action(QStringLiteral("cancel"))->isEnabled());
        m_window->action(QStringLiteral("cancel"))->trigger();
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Cancelled: 0 done, ")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(isIdle());
    }

    void fixPlanningShowsAtOnceAndCancelSaysWhatWasDone()
    {
        const QString contact = m_demo.contactsTagged(QStringLiteral("MISSING_DB_ID")).value(2);
        QVERIFY(openWindow({contact}));
        QVERIFY(m_window->selectTarget(contact));
        QPushButton *fix = m_window->detailPane()->header()->fixButton(QStringLiteral("pull-ids"));
        QVERIFY(fix && fix->isEnabled());
        m_demo.server().addFault(slowHubSpot());
        fix->click();
        QCoreApplication::processEvents();
        // The plan is still being read (2 s per HubSpot call): the status bar says so, with Cancel.
        QVERIFY(m_window->fixController()->isPlanning());
        QVERIFY(!m_window->fixController()->dialog());
        QVERIFY(progressWidget()->isVisible());
        QCOMPARE(progressWidget()->text(), QStringLiteral("Planning: 0 of 1"));
        QVERIFY(m_window->action(QStringLiteral("cancel"))->isEnabled());

        // The status bar's Cancel button (Esc does the same).
        auto *cancel = progressWidget()->findChild<QAbstractButton *>();
        QVERIFY(cancel);
        cancel->click();
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Cancelled: 0 done, 1 not started"));
        QVERIFY(!m_window->fixController()->isPlanning());
        QVERIFY(isIdle());
    }

    void applyShowsTheStepInFlightAndCancelSaysWhatWasDone()
    {
        QStringList contacts = m_demo.contactsTagged(QStringLiteral("CONFLICTING_LABELS")) + m_demo.contactsTagged(QStringLiteral("MULTIPLE_UNIQUE_LABEL"));
        contacts.removeDuplicates();
        contacts = contacts.mid(0, 2);
        QCOMPARE(contacts.size(), 2);
        QVERIFY(openWindow(contacts));
        QStringList keys;
        const TherapistListModel *model = m_window->session()->therapists();
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->index(row, 0).data(TherapistListModel::KeyRole).toString();
        QCOMPARE(keys.size(), 2);
        Q_EMIT m_window->fixRequested(QStringLiteral("relabel"), keys);
        QVERIFY(QTest::qWaitFor([this] { return m_window->fixController()->dialog() != nullptr; }, kWaitMs));
        widgets::FixPlanDialog *dialog = m_window->fixController()->dialog();
        QCOMPARE(dialog->plan().actionableCount(), 2);
        QVERIFY(isIdle()); // planning ended: the bar is idle while the plan is reviewed
        const fixes::ApplyProgress expected(dialog->plan());
        const QString first = expected.current().text;
        QVERIFY2(first.startsWith(QStringLiteral("Step 1 of %1: ").arg(expected.total())), qPrintable(first));

        m_demo.server().addFault(slowHubSpot());
        dialog->findChild<QCheckBox *>(QStringLiteral("confirmCheck"))->setChecked(true);
        QSignalSpy applied(m_window->fixController(), &FixController::applied);
        dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QCoreApplication::processEvents();
        // The step being sent, in the dialog and in the status bar (not "0 of 1: applying…").
        QCOMPARE(dialog->progressText(), first);
        QVERIFY(progressWidget()->isVisible());
        QCOMPARE(progressWidget()->text(), first);
        // The dialog's button stops the apply while it runs: it says so.
        QCOMPARE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->text(), QStringLiteral("Cancel"));

        // Esc: the first therapist stops before its next step (its completed steps undone), the second is never started.
        m_window->action(QStringLiteral("cancel"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !applied.isEmpty(); }, kWaitMs));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Cancelled: 1 done, 1 not started"));
        QVERIFY(QTest::qWaitFor([this] { return !m_window->session()->isBusy(); }, kWaitMs)); // the F5 after the apply
        QVERIFY(isIdle());
        dialog->close();
    }

    void delaysReportReadsOffTheWindowThreadWithProgressAndCancel()
    {
        const QString contact = m_demo.contactsTagged(QStringLiteral("MISSING_DB_ID")).value(3);
        QVERIFY(openWindow({contact}));
        m_demo.server().addFault(slowHubSpot());
        QAction *delays = m_window->findChild<QAction *>(QStringLiteral("reportDelays"));
        QVERIFY(delays);
        delays->trigger();
        QCoreApplication::processEvents();
        auto *dialog = m_window->findChild<DelaysDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->isRunning());
        // The same progress in the dialog and in the window's status bar, with Cancel.
        QVERIFY(progressWidget()->isVisible());
        QCOMPARE(progressWidget()->text(), dialog->statusText());
        m_window->action(QStringLiteral("cancel"))->trigger();
        QVERIFY(!dialog->isRunning());
        QCOMPARE(dialog->statusText(), QStringLiteral("Stopped."));
        QVERIFY(isIdle());

        // Without the latency, a run completes off the window's thread and says what it found.
        m_demo.server().clearFaults();
        QSignalSpy ready(dialog, &DelaysDialog::reportReady);
        dialog->run();
        QVERIFY(ready.wait(kWaitMs));
        QVERIFY2(dialog->hasReport(), qPrintable(dialog->statusText()));
        QVERIFY(isIdle());
        dialog->close();
    }
};

QTEST_MAIN(TestGuiProgress)
#include "tst_gui_progress.moc"
