// The fix, audit and export flows of the window end to end: the demo sandbox, the real Inspector on
// its worker thread, the plan dialog, the apply, the re-inspection and the delayed re-check.
#include "core/fixes/auditstore.h"
#include "core/fixes/autoplanner.h"
#include "core/fixes/fixtypes.h"
#include "core/fixes/runjournal.h"
#include "core/platform/processinfo.h"
#include "core/workspace/profileworkspace.h"
#include "core/workspace/workspace.h"
#include "models/therapistlistmodel.h"
#include "models/timelinemodel.h"
#include "models/therapiststatus.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/sandboxserver.h"
#include "support/consolewindow.h"
#include "widgets/detail/auditview.h"
#include "widgets/cases/casepanel.h"
#include "widgets/cases/casecontroller.h"
#include "widgets/common/workprogress.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/interruptedfixbanner.h"
#include "widgets/export/exportdialog.h"
#include "core/export/markdownexport.h"
#include "widgets/fixes/fixcontroller.h"
#include "widgets/fixes/fixplandialog.h"
#include "widgets/list/listpane.h"
#include "widgets/window/mainwindow.h"
#include "widgets/detail/therapistheader.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/session/threadedinspectionservice.h"
#include "widgets/detail/timelinetab.h"
#include "widgets/session/triagesession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QTabWidget>
#include <QItemSelectionModel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>
#include <QTreeWidget>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace credsync;

namespace {

// Generous: the sandbox answers in milliseconds, a loaded CI machine may not.
constexpr int kWaitMs = 60000;

// Set (to "<workspace url> <contact id> <therapist key>") when this binary is started as the console that dies in the
// middle of a fix (interruptedFixIsShownAtTheTopOfTheDetailPane).
constexpr char kDieMidFix[] = "CREDSYNC_TEST_DIE_MID_FIX";

// The child: a four-step relabel journaled the way TherapistApply journals it, steps 1 and 2 sent and
// verified, then kill -9 before step 3. Returns only when the journal could not be written.
int dieMidFix()
{
    int argc = 1;
    char name[] = "tst_gui_fixes";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    const QStringList args = qEnvironmentVariable(kDieMidFix).split(QLatin1Char(' '));
    Profile profile;
    profile.name = QStringLiteral("demo");
    profile.workspace.url = args.value(0);
    fixes::AuditStore::registerMigrations();
    auto workspace = workspace::openProfileWorkspace(profile);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().describe()));
        return 3;
    }
    fixes::AuditStore audit(workspace->get());
    fixes::TherapistPlan plan;
    plan.kind = fixes::FixKind::Relabel;
    plan.therapist.contactId = args.value(1);
    plan.therapist.id = args.value(2);
    plan.steps.resize(4);
    Result<qint64> run = audit.beginRun(plan, QStringLiteral("ana"), profile.name);
    if (!run) {
        std::fprintf(stderr, "%s\n", qPrintable(run.error().describe()));
        return 4;
    }
    for (int position : {0, 1}) {
        fixes::FixStep step = plan.steps[size_t(position)];
        if (!audit.recordStep(*run, position, QStringLiteral("send"), step))
            return 5;
        step.status = fixes::StepStatus::Done;
        if (!audit.recordStep(*run, position, QStringLiteral("apply"), step))
            return 5;
    }
    ::kill(::getpid(), SIGKILL);
    return 6;
}

} // namespace

class TestGuiFixes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::DemoEnvironment> m_demo;
    std::unique_ptr<ThreadedInspectionService> m_service;
    std::unique_ptr<MainWindow> m_window;
    Profile m_profile;

    const TherapistReport *reportOf(const QString &contactId) const
    {
        const TherapistListModel *model = m_window->session()->therapists();
        // The slim row says who it is; the full report may not be held (a scanned row the cache let go).
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row)->contactId == contactId)
                return model->reportAt(row);
        }
        return nullptr;
    }

    // Opens a window on the demo world with `profile` and inspects the contacts; true when they are listed.
    bool openWindow(const Profile &profile, const QStringList &contacts)
    {
        return test::openConsoleWindow(profile, m_service, m_window) && test::inspectAndWait(*m_window, contacts, kWaitMs);
    }

    QString findingsText(const QString &contact) const
    {
        QStringList lines;
        if (const TherapistReport *report = reportOf(contact)) {
            for (const Finding &finding : report->findings)
                lines << finding.code + QStringLiteral(": ") + finding.summary;
        }
        return lines.join(QLatin1Char('\n'));
    }

    // Demo contacts with a scenario tag, in the world's order.
    QStringList contactsTagged(const std::string &scenario) const
    {
        QStringList out;
        for (const sandbox::ScenarioTag &tag : m_demo->server()->world().scenarios) {
            if (tag.scenario == scenario && !out.contains(QString::number(tag.contactId)))
                out << QString::number(tag.contactId);
        }
        return out;
    }

    static QComboBox *targetCombo(widgets::FixPlanDialog *dialog, const QString &label)
    {
        for (QComboBox *combo : dialog->findChildren<QComboBox *>(QStringLiteral("relabelTargetCombo"))) {
            if (combo->property("label").toString() == label)
                return combo;
        }
        return nullptr;
    }

    // The rows the Logs tab shows for the current therapist.
    int logRows() const
    {
        DetailPane *pane = m_window->detailPane();
        if (!pane->setCurrentTab(QStringLiteral("logs")))
            return -1;
        QWidget *tab = pane->tabs()->currentWidget();
        auto *view = qobject_cast<QAbstractItemView *>(tab);
        if (!view)
            view = tab->findChild<QAbstractItemView *>();
        return view && view->model() ? view->model()->rowCount() : -1;
    }

    widgets::FixPlanDialog *clickFix(const QString &fix)
    {
        QPushButton *button = m_window->detailPane()->header()->fixButton(fix);
        if (!button || !button->isEnabled())
            return nullptr;
        button->click();
        FixController *fixes = m_window->fixController();
        if (!QTest::qWaitFor([fixes] { return fixes->dialog() != nullptr; }, kWaitMs))
            return nullptr;
        return fixes->dialog();
    }

    // Ticks the confirmation, clicks Apply and waits for the fix controller's applied(); false when the
    // dialog has no Apply enabled once confirmed, or nothing is applied in time.
    bool confirmAndApply(widgets::FixPlanDialog *dialog)
    {
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("confirmCheck"));
        if (!apply || !confirm)
            return false;
        confirm->setChecked(true);
        if (!apply->isEnabled())
            return false;
        QSignalSpy applied(m_window->fixController(), &FixController::applied);
        apply->click();
        return QTest::qWaitFor([&] { return !applied.isEmpty(); }, kWaitMs);
    }

public:
    // Before QTEST_MAIN makes the QApplication: started with kDieMidFix, this binary is the console that
    // dies in the middle of a fix, and never runs the tests.
    static void initMain()
    {
        if (qEnvironmentVariableIsSet(kDieMidFix))
            std::exit(dieMidFix());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demo = std::make_unique<sandbox::DemoEnvironment>();
        sandbox::DemoOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("demo"));
        QString error;
        QVERIFY2(m_demo->start(options, &error), qPrintable(error));
        m_demo->exportSecretsToEnvironment();
        Result<Profile> profile = Profile::fromJson(m_demo->profileJson(), QStringLiteral("demo"));
        QVERIFY2(profile, profile ? "" : qPrintable(profile.error().describe()));
        m_profile = std::move(profile).value();
        // The audit and the cases go to a workspace of this test only.
        m_profile.workspace.url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("workspace.sqlite"));
        m_profile.diagnosis.recheckSeconds = 1;
    }

    void cleanup()
    {
        m_window.reset();
        m_service.reset();
    }

    void relabelFromThePlanDialogFixesTheRow()
    {
        const QString contact = QStringLiteral("159774038558"); // CONFLICTING_LABELS in the demo world
        QVERIFY(openWindow(m_profile, {contact}));
        QCOMPARE(TherapistStatus::of(*reportOf(contact)), TherapistStatus::Broken);
        QVERIFY(m_window->selectTarget(contact));
        QCOMPARE(m_window->detailPane()->auditView()->runCount(), 0);

        widgets::FixPlanDialog *dialog = clickFix(QStringLiteral("relabel"));
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().kind, fixes::FixKind::Relabel);
        QCOMPARE(dialog->plan().therapists.size(), size_t(1));
        const fixes::TherapistPlan &entry = dialog->plan().therapists.front();
        QVERIFY2(!entry.refused(), qPrintable(entry.refusal));
        QVERIFY(!entry.steps.empty());
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("planTree"));
        QVERIFY(tree && tree->topLevelItemCount() == 1);
        // Every planned step is shown with the API call it makes.
        int apiCalls = 0;
        for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
            apiCalls += tree->topLevelItem(0)->child(i)->text(3).contains(QLatin1String("/crm/v4/associations/")) ? 1 : 0;
        QCOMPARE(apiCalls, int(entry.steps.size()));

        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("confirmCheck"));
        QVERIFY(apply && confirm);
        QVERIFY(!apply->isEnabled());
        QSignalSpy rechecked(m_window->fixController(), &FixController::recheckFinished);
        QVERIFY(confirmAndApply(dialog));
        QVERIFY2(tree->topLevelItem(0)->text(4).startsWith(QLatin1String("applied")), qPrintable(tree->topLevelItem(0)->text(4)));

        // The F5 after the apply: the label findings are gone and nothing is an error any more. (The
        // Sentry errors from before the verified fix are history now and make no finding.)
        const QStringList labelCodes = {QStringLiteral("CONFLICTING_LABELS"), QStringLiteral("MULTIPLE_UNIQUE_LABEL")};
        const bool fixed = QTest::qWaitFor([&] {
            const TherapistReport *report = reportOf(contact);
            if (!report || m_window->session()->isBusy() || TherapistStatus::of(*report) == TherapistStatus::Broken)
                return false;
            return std::none_of(report->findings.begin(), report->findings.end(), [&](const Finding &finding) {
                return labelCodes.contains(finding.code) || finding.severity == Severity::Error;
            });
        }, kWaitMs);
        QVERIFY2(fixed, qPrintable(findingsText(contact) + QLatin1Char('\n') + dialog->planText()));
        // The run is in the Audit tab and in the timeline.
        QCOMPARE(m_window->detailPane()->auditView()->runCount(), 1);
        const std::vector<TimelineEntry> &timeline = m_window->detailPane()->timelineTab()->model()->entries();
        QVERIFY(std::any_of(timeline.begin(), timeline.end(), [](const TimelineEntry &e) { return e.source == QLatin1String("audit"); }));
        // The delayed re-check finds it still healthy.
        QVERIFY(QTest::qWaitFor([&] { return !rechecked.isEmpty(); }, kWaitMs));
        QCOMPARE(rechecked.first().at(0).toInt(), 0);
        QCOMPARE(rechecked.first().at(1).toInt(), 1);
        dialog->close();
    }

    void relabelTargetChosenInTheDialogIsApplied()
    {
        // A contact with several Credentialing objects, untouched by the other tests.
        QString contact;
        for (const QString &candidate : contactsTagged("MULTIPLE_UNIQUE_LABEL")) {
            if (candidate != QLatin1String("159774038558")) {
                contact = candidate;
                break;
            }
        }
        QVERIFY2(!contact.isEmpty(), "the demo world has no MULTIPLE_UNIQUE_LABEL contact");
        QVERIFY(openWindow(m_profile, {contact}));
        QVERIFY(m_window->selectTarget(contact));
        widgets::FixPlanDialog *dialog = clickFix(QStringLiteral("relabel"));
        QVERIFY(dialog);
        QVERIFY(dialog->plan().therapists.front().targetProposed);
        QComboBox *attested = targetCombo(dialog, QStringLiteral("Active Attested"));
        QVERIFY(attested);
        QVERIFY(attested->count() >= 3); // "(none)" and at least two objects
        QCOMPARE(attested->itemText(0), QStringLiteral("(none)"));
        const QString proposed = attested->currentData().toString();
        QVERIFY(!proposed.isEmpty());
        auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("confirmCheck"));
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(confirm && apply);
        confirm->setChecked(true);
        QVERIFY(apply->isEnabled());

        // "Active" may not share an object with "Active Attested": take it off everything first.
        if (QComboBox *active = targetCombo(dialog, QStringLiteral("Active"))) {
            active->setCurrentIndex(0);
            QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isReplanning(); }, kWaitMs));
        }
        // A non-default object for Active Attested, one that does not carry it yet when there is one.
        const fixes::FixState &state = dialog->plan().therapists.front().state;
        auto carries = [&state](const QString &id) {
            return std::any_of(state.objects.begin(), state.objects.end(), [&](const HubSpotObject &object) {
                return object.id == id && object.labels.contains(QLatin1String("Active Attested"));
            });
        };
        int pick = -1;
        for (int i = 1; i < attested->count(); ++i) {
            const QString id = attested->itemData(i).toString();
            if (id != proposed && (pick < 0 || !carries(id)))
                pick = i;
        }
        QVERIFY(pick > 0);
        const QString chosen = attested->itemData(pick).toString();
        const bool carriedAlready = carries(chosen);
        attested->setCurrentIndex(pick);
        QVERIFY(dialog->isReplanning());
        QVERIFY(!confirm->isChecked());
        QVERIFY(!apply->isEnabled());
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isReplanning(); }, kWaitMs));

        const fixes::TherapistPlan &entry = dialog->plan().therapists.front();
        QVERIFY2(!entry.refused(), qPrintable(entry.refusal));
        QVERIFY(!entry.targetProposed);
        const auto touches = [&](fixes::FixStep::Kind kind) {
            return std::any_of(entry.steps.begin(), entry.steps.end(), [&](const fixes::FixStep &step) {
                return step.kind == kind && step.objectId == chosen && step.labels.contains(QLatin1String("Active Attested"));
            });
        };
        // The steps put Active Attested on the chosen object (or keep it there) and take it off the others.
        QVERIFY2(carriedAlready ? !touches(fixes::FixStep::Kind::RemoveLabels) : touches(fixes::FixStep::Kind::AddLabels),
                 qPrintable(dialog->planText()));
        QVERIFY2(dialog->planText().contains(QStringLiteral("Active Attested → ") + chosen), qPrintable(dialog->planText()));
        // A changed plan needs the confirmation again.
        QVERIFY(!apply->isEnabled());
        QVERIFY(confirmAndApply(dialog));

        // The F5 after the apply shows Active Attested on the chosen object, and only there.
        const bool moved = QTest::qWaitFor([&] {
            const TherapistReport *report = reportOf(contact);
            if (!report || m_window->session()->isBusy())
                return false;
            for (const HubSpotObject &object : report->snapshot.objects) {
                if (object.labels.contains(QLatin1String("Active Attested")) != (object.id == chosen))
                    return false;
            }
            return true;
        }, kWaitMs);
        QVERIFY2(moved, qPrintable(dialog->planText()));
        dialog->close();
    }

    void selectingAScannedTherapistFetchesItsEvidence()
    {
        const QStringList missing = contactsTagged("MISSING_DB_ID");
        QVERIFY(!missing.isEmpty());
        QVERIFY(test::openConsoleWindow(m_profile, m_service, m_window));
        // Select while the scan runs: the evidence comes after it, the scan is not cancelled.
        QSignalSpy finished(m_window->session(), &TriageSession::jobFinished);
        m_window->session()->scan();
        QVERIFY(QTest::qWaitFor([&] { return reportOf(missing.front()) != nullptr || !finished.isEmpty(); }, kWaitMs));
        QVERIFY(reportOf(missing.front()));
        QVERIFY(m_window->selectTarget(missing.front()));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
        QVERIFY2(finished.first().at(0).toString().isEmpty(), qPrintable(finished.first().at(0).toString()));
        QCOMPARE(m_window->session()->therapists()->rowCount() > 1, true); // the scan ran to the end
        const bool logsShown = QTest::qWaitFor([&] {
            const TherapistReport *report = m_window->detailPane()->report();
            return report && report->snapshot.therapist.contactId == missing.front() && logRows() > 0;
        }, kWaitMs);
        QVERIFY2(logsShown, qPrintable(QString::number(logRows())));
        QVERIFY(m_window->session()->hasEvidence(m_window->listPane()->view()->selectedKeys().value(0)));
    }

    void selectingAScannedRowWhoseReportWasLetGoFetchesIt()
    {
        const QStringList missing = contactsTagged("MISSING_DB_ID");
        QVERIFY(!missing.isEmpty());
        QVERIFY(test::openConsoleWindow(m_profile, m_service, m_window));
        TherapistListModel *model = m_window->session()->therapists();
        // Hold one scanned report in full: every other row is slim, as at 100,000 rows.
        model->setCacheCapacity(1);
        QSignalSpy finished(m_window->session(), &TriageSession::jobFinished);
        m_window->session()->scan();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
        QVERIFY(model->rowCount() > 2);
        const int row = model->rowMatching(missing.front());
        QVERIFY(row >= 0);
        QVERIFY(!model->hasFullReport(row));
        QCOMPARE(model->reportAt(row), nullptr);
        // The row still shows, sorts and filters from what it keeps.
        QCOMPARE(model->index(row, TherapistListModel::FindingsColumn).data(TherapistListModel::FindingCodesRole).toStringList().contains(
                     QStringLiteral("MISSING_DB_ID")), true);

        QVERIFY(m_window->selectTarget(missing.front()));
        const bool shown = QTest::qWaitFor([&] {
            const TherapistReport *report = m_window->detailPane()->report();
            return report && report->snapshot.therapist.contactId == missing.front() && model->hasFullReport(row);
        }, kWaitMs);
        QVERIFY(shown);
        QVERIFY(!model->reportAt(row)->findings.empty());
        QVERIFY(m_window->session()->hasEvidence(model->rowAt(row)->key));
        // What the selection fetched is the full check, held as kept (not among the recent scanned ones).
        QVERIFY(model->reportAt(row)->snapshot.evidenceRead);
    }

    void bulkSelectionMakesOneCombinedPlan()
    {
        const QStringList contacts = {QStringLiteral("112856080375"), QStringLiteral("128257657972")}; // MISSING_DB_ID
        QVERIFY(openWindow(m_profile, contacts));
        TherapistTableView *view = m_window->listPane()->view();
        view->selectAll();
        QCOMPARE(view->selectedKeys().size(), 2);
        widgets::FixPlanDialog *dialog = clickFix(QStringLiteral("pull-ids"));
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().kind, fixes::FixKind::PullIds);
        QCOMPARE(dialog->plan().therapists.size(), size_t(2));
        QCOMPARE(dialog->plan().actionableCount(), 2);
        dialog->close();
    }

    void readOnlyProfileDisablesTheFixes()
    {
        Profile readOnly = m_profile;
        readOnly.readOnly = true;
        QVERIFY(openWindow(readOnly, {QStringLiteral("112856080375")}));
        QVERIFY(m_window->selectTarget(QStringLiteral("112856080375")));
        for (const QString &fix : {QStringLiteral("pull-ids"), QStringLiteral("resync"), QStringLiteral("relabel")}) {
            QPushButton *button = m_window->detailPane()->header()->fixButton(fix);
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QLatin1String("read-only")), qPrintable(button->toolTip()));
        }
        // Even when asked directly, nothing is planned.
        QSignalSpy messages(m_window->fixController(), &FixController::statusMessage);
        Q_EMIT m_window->fixRequested(QStringLiteral("pull-ids"), m_window->listPane()->view()->selectedKeys());
        QVERIFY(!m_window->fixController()->isPlanning());
        QCOMPARE(messages.count(), 1);
    }

    void ctrlEOpensTheExportWithThePreview()
    {
        const QString contact = QStringLiteral("112856080375");
        QVERIFY(openWindow(m_profile, {contact}));
        QVERIFY(m_window->selectTarget(contact));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(!m_window->findChild<ExportDialog *>());
        QTest::keyClick(m_window->listPane()->view(), Qt::Key_E, Qt::ControlModifier);
        // Progress first, in the status bar; the dialog once the bar has been drawn.
        QVERIFY(m_window->workProgress()->isBusy());
        QVERIFY2(m_window->workProgress()->current().text.startsWith(QStringLiteral("Preparing the write-up of 1 therapist")), qPrintable(m_window->workProgress()->current().text));
        ExportDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->findChild<ExportDialog *>(QStringLiteral("exportDialog"))) != nullptr; }, kWaitMs));
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_window->workProgress()->isBusy());
        QVERIFY2(dialog->markdown().contains(contact), qPrintable(dialog->markdown().left(400)));
        QVERIFY(dialog->markdown().contains(QLatin1String("MISSING_DB_ID")));
        dialog->close();
    }

    void caseFromTheSelectionIsInspectedAgainAndExported()
    {
        const QString contact = QStringLiteral("128257657972");
        QVERIFY(openWindow(m_profile, {contact}));
        QVERIFY(m_window->selectTarget(contact));
        CasePanel *panel = m_window->caseController()->panel();
        QVERIFY(panel);
        const QString name = QStringLiteral("Ticket 4411 ") + QString::number(QDateTime::currentMSecsSinceEpoch());
        const Status created = panel->createCase(name, QStringLiteral("https://tracker.example/4411"));
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().describe()));
        QCOMPARE(panel->currentName(), name);
        // "Inspect again": the window inspects the case's targets and hands the fresh reports back.
        Q_EMIT panel->reinspectRequested(name, {contact});
        QVERIFY(m_window->session()->isBusy());
        QVERIFY(QTest::qWaitFor([&] { return !m_window->session()->isBusy(); }, kWaitMs));
        const exporting::ExportContent content = panel->exportContent();
        QCOMPARE(content.reports.size(), size_t(1));
        QCOMPARE(content.reports.front().snapshot.therapist.contactId, contact);
        QVERIFY(content.previous.count(content.reports.front().snapshot.therapist.id) == 1);
        // The panel's Export goes through the window's export dialog, with the window's progress first:
        // the write-up is rendered off the GUI thread while the status bar says so.
        Q_EMIT panel->exportRequested(content);
        QVERIFY(m_window->workProgress()->isBusy());
        QVERIFY2(m_window->workProgress()->current().text.startsWith(QStringLiteral("Preparing the write-up of 1 therapist")),
                 qPrintable(m_window->workProgress()->current().text));
        QVERIFY(!m_window->findChild<ExportDialog *>(QStringLiteral("exportDialog")));
        ExportDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->findChild<ExportDialog *>(QStringLiteral("exportDialog"))) != nullptr; }, kWaitMs));
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_window->workProgress()->isBusy());
        QVERIFY(dialog->markdown().contains(name));
        // The preview rendered on the worker is the one the dialog would render itself.
        QCOMPARE(dialog->markdown(), exporting::markdownExport(dialog->content(), ExportDialog::initialOptions()));
        dialog->close();

        // Cancelled while it is prepared: no dialog, the status bar says nothing was written up.
        Q_EMIT panel->exportRequested(content);
        QVERIFY(m_window->workProgress()->isBusy());
        QVERIFY(m_window->workProgress()->cancelCurrent());
        QVERIFY(!m_window->workProgress()->isBusy());
        // Let every step that was queued run to its end: no dialog follows the cancel.
        QCoreApplication::processEvents();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        for (const ExportDialog *open : m_window->findChildren<ExportDialog *>())
            QVERIFY(!open->isVisible());
    }

    void oneFixTakesARelabelThenPullIdsTherapistToResolved()
    {
        // A therapist whose labels are doubled and whose database columns point at the old object:
        // relabel alone left it looking worse; the one Fix relabels and pulls the ids in one plan.
        QString contact;
        widgets::FixPlanDialog *dialog = nullptr;
        QStringList candidates = contactsTagged("MULTIPLE_UNIQUE_LABEL") + contactsTagged("CONFLICTING_LABELS") + contactsTagged("MISSING_UNIQUE_LABEL");
        candidates.removeDuplicates();
        for (const QString &candidate : candidates) {
            m_window.reset();
            m_service.reset();
            QVERIFY(openWindow(m_profile, {candidate}));
            QVERIFY(m_window->selectTarget(candidate));
            dialog = clickFix(QStringLiteral("auto"));
            QVERIFY(dialog);
            QCOMPARE(dialog->plan().therapists.size(), size_t(1));
            if (fixes::autoPlanParts(dialog->plan().therapists.front()) == QStringList({QStringLiteral("relabel"), QStringLiteral("pull-ids")})) {
                contact = candidate;
                break;
            }
            dialog->close();
            dialog = nullptr;
        }
        QVERIFY2(dialog, "no demo contact needs relabel then pull ids");
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Fix"));
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("relabel → pull-ids")), qPrintable(dialog->summaryText()));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Nothing has been changed yet")));

        // Previewed once, confirmed once.
        QVERIFY(confirmAndApply(dialog));
        // Verified as a whole: the header says so, and no longer that nothing has changed.
        QVERIFY2(dialog->summaryText().contains(QStringLiteral(": Resolved")), qPrintable(dialog->summaryText() + QLatin1Char('\n') + dialog->planText()));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Changed: ")));
        QVERIFY(!dialog->summaryText().contains(QStringLiteral("Nothing has been changed yet")));
        // The row inspected again: no id or label finding is left.
        const QStringList fixedCodes = {QStringLiteral("MULTIPLE_UNIQUE_LABEL"), QStringLiteral("CONFLICTING_LABELS"), QStringLiteral("MISSING_UNIQUE_LABEL"),
                                        QStringLiteral("STALE_DB_ID"), QStringLiteral("MISSING_DB_ID")};
        const bool clean = QTest::qWaitFor([&] {
            const TherapistReport *report = reportOf(contact);
            if (!report || m_window->session()->isBusy())
                return false;
            return std::none_of(report->findings.begin(), report->findings.end(),
                                [&](const Finding &finding) { return fixedCodes.contains(finding.code); });
        }, kWaitMs);
        QVERIFY2(clean, qPrintable(findingsText(contact)));
        dialog->close();
    }

    // Issue 11: a fix whose process died is named at the top of the detail pane, as `inspect` names it.
    void interruptedFixIsShownAtTheTopOfTheDetailPane()
    {
        const QString contact = QStringLiteral("112856080375");
        const QString other = QStringLiteral("128257657972");
        Profile profile = m_profile; // a workspace of its own: no other test sees this run
        profile.workspace.url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("interrupted.sqlite"));

        QVERIFY(openWindow(profile, {contact, other}));
        const InterruptedFixBanner *banner = m_window->detailPane()->interruptedBanner();
        QVERIFY(banner);
        QVERIFY(m_window->selectTarget(contact));
        QVERIFY(banner->isHidden()); // no fix has run on it yet

        // Another console dies in the middle of a relabel of this therapist.
        QVERIFY(reportOf(contact));
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kDieMidFix), QStringList{profile.workspace.url, contact, reportOf(contact)->snapshot.therapist.id}
                                                        .join(QLatin1Char(' ')));
        console.setProcessEnvironment(env);
        console.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(console.waitForFinished(kWaitMs));
        QVERIFY2(console.exitStatus() == QProcess::CrashExit, console.readAllStandardError().constData()); // killed mid-run

        QVERIFY(m_window->selectTarget(other));
        QVERIFY(banner->isHidden());
        QVERIFY(m_window->selectTarget(contact));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        QCOMPARE(banner->runCount(), 1);
        const QString text = banner->text();
        QVERIFY2(text.startsWith(QLatin1String("interrupted fix of ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("by ana@%1: steps 1–2 done, 3–4 not done").arg(platform::localHostName())), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("apply the fix again")), qPrintable(text));
        // Above the header, on the palette's warning tone rather than the window's colour.
        QVERIFY(banner->geometry().bottom() <= m_window->detailPane()->header()->geometry().top());
        QVERIFY(banner->autoFillBackground());
        QVERIFY(banner->palette().color(QPalette::Window) != m_window->detailPane()->palette().color(QPalette::Window));
        // Another therapist: the line goes.
        QVERIFY(m_window->selectTarget(other));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), kWaitMs);
    }
};

QTEST_MAIN(TestGuiFixes)
#include "tst_gui_fixes.moc"
