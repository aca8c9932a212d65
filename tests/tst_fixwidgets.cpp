// The plan dialog and the audit view, offscreen: what the operator sees before confirming, that
// nothing is requested without the explicit confirmation, and that results replace the plan.
#include <QtTest>

#include "core/fixes/fixtypes.h"
#include "core/i18n/language.h"
#include "widgets/detail/auditview.h"
#include "widgets/fixes/fixplandialog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace credsync;
using namespace credsync::fixes;

namespace {

FixPlan samplePlan()
{
    FixPlan plan;
    plan.kind = FixKind::Relabel;
    plan.profileName = QStringLiteral("demo");
    TherapistPlan entry;
    entry.kind = FixKind::Relabel;
    entry.therapist.id = QStringLiteral("key-1");
    entry.therapist.name = QStringLiteral("Dana Whitfield");
    entry.therapist.contactId = QStringLiteral("161204877310");
    FixStep remove;
    remove.kind = FixStep::Kind::RemoveLabels;
    remove.description = QStringLiteral("Remove Active Attested from Credentialing 1001");
    remove.objectId = QStringLiteral("1001");
    remove.labelsBefore = {QStringLiteral("Active Attested")};
    remove.api = QStringLiteral("POST /crm/v4/associations/0-1/2-31374266/batch/labels/archive");
    entry.steps.push_back(remove);
    plan.therapists.push_back(entry);
    TherapistPlan refused;
    refused.kind = FixKind::Relabel;
    refused.therapist.id = QStringLiteral("key-2");
    refused.refusal = QStringLiteral("the therapist has no HubSpot contact id");
    plan.therapists.push_back(refused);
    return plan;
}

} // namespace

class TestFixWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void applyNeedsTheExplicitConfirmation()
    {
        widgets::FixPlanDialog dialog(samplePlan());
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
        auto *confirm = dialog.findChild<QCheckBox *>(QStringLiteral("confirmCheck"));
        QVERIFY(apply && confirm);
        QSignalSpy requested(&dialog, &widgets::FixPlanDialog::applyRequested);
        QVERIFY(!apply->isEnabled());
        apply->click();
        QCOMPARE(requested.count(), 0);
        confirm->setChecked(true);
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(requested.count(), 1);
        apply->click(); // once only
        QCOMPARE(requested.count(), 1);
    }

    void planShowsStepsRefusalsAndApi()
    {
        widgets::FixPlanDialog dialog(samplePlan());
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("planTree"));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *step = tree->topLevelItem(0)->child(0);
        QVERIFY(step->text(0).contains(QLatin1String("Remove Active Attested")));
        QCOMPARE(step->text(1), QStringLiteral("Active Attested"));
        QCOMPARE(step->text(2), QStringLiteral("no label"));
        QVERIFY(step->text(3).contains(QLatin1String("batch/labels/archive")));
        QVERIFY(tree->topLevelItem(1)->text(4).contains(QLatin1String("refused")));
        QVERIFY(dialog.planText().contains(QLatin1String("Nothing has been changed")));
    }

    void nothingToApplyHidesApply()
    {
        FixPlan plan = samplePlan();
        plan.therapists.erase(plan.therapists.begin());
        widgets::FixPlanDialog dialog(plan);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isHidden());
    }

    void resultReplacesThePlan()
    {
        const FixPlan plan = samplePlan();
        widgets::FixPlanDialog dialog(plan);
        FixResult result;
        result.kind = plan.kind;
        TherapistResult first;
        first.plan = plan.therapists[0];
        first.plan.steps[0].status = StepStatus::Done;
        first.outcome = FixOutcome::Applied;
        first.message = QStringLiteral("applied and verified");
        first.stateReport << QStringLiteral("Credentialing 1001: no label");
        result.therapists.push_back(first);
        TherapistResult second;
        second.plan = plan.therapists[1];
        second.outcome = FixOutcome::Refused;
        result.therapists.push_back(second);
        dialog.showResult(result);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("planTree"));
        QVERIFY(tree->topLevelItem(0)->text(4).startsWith(QLatin1String("applied")));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(4), QStringLiteral("done"));
        QVERIFY(tree->topLevelItem(0)->child(1)->text(0).contains(QLatin1String("Now: Credentialing 1001")));
        QVERIFY(dialog.planText().contains(QLatin1String("APPLIED")));
    }

    void auditViewShowsRunsAndSteps()
    {
        AuditEntry entry;
        entry.runId = 1;
        entry.fix = QStringLiteral("relabel");
        entry.operatorName = QStringLiteral("maria");
        entry.profile = QStringLiteral("prod");
        entry.contactId = QStringLiteral("161204877310");
        entry.outcome = QStringLiteral("applied");
        entry.startedAt = QDateTime::currentDateTimeUtc();
        AuditStep step;
        step.phase = QStringLiteral("apply");
        step.status = QStringLiteral("done");
        step.description = QStringLiteral("Remove Active Attested from Credentialing 1001");
        step.before = nlohmann::json{{"labels", {"Active Attested"}}};
        entry.steps.push_back(step);
        widgets::AuditView view;
        view.setEntries({entry});
        QCOMPARE(view.runCount(), 1);
        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("auditTree"));
        QVERIFY(tree->topLevelItem(0)->text(1).contains(QLatin1String("maria (prod)")));
        QVERIFY(tree->topLevelItem(0)->child(0)->text(5).contains(QLatin1String("Active Attested")));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("relabel"));
        QCOMPARE(tree->topLevelItem(0)->text(4), QStringLiteral("applied"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(4), QStringLiteral("done"));

        // In Spanish the fix, the outcome and the step's status are words, not the stored names.
        i18n::installTranslators(QStringLiteral("es"));
        widgets::AuditView spanish;
        spanish.setEntries({entry});
        auto *spanishTree = spanish.findChild<QTreeWidget *>(QStringLiteral("auditTree"));
        i18n::installTranslators(QStringLiteral("en"));
        QCOMPARE(spanishTree->topLevelItem(0)->text(2), QStringLiteral("reetiquetar"));
        QCOMPARE(spanishTree->topLevelItem(0)->text(4), QStringLiteral("aplicada"));
        QCOMPARE(spanishTree->topLevelItem(0)->child(0)->text(4), QStringLiteral("hecho"));
        QCOMPARE(entry.outcome, QStringLiteral("applied"));
    }
};

QTEST_MAIN(TestFixWidgets)
#include "tst_fixwidgets.moc"
