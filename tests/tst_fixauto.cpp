// fix auto: the combined planner is pure (a state in, one plan out) and its verdict re-plans on the
// state read back. Data-driven over the end states of domain.md.
#include <QtTest>

#include "core/fixes/autoplanner.h"
#include "core/fixes/fingerprint.h"
#include "fixfixture.h"

using namespace credsync;
using namespace credsync::fixes;

namespace {

using test::fix::kAA;
using test::fix::kActive;
using test::fix::kColAA;

Profile testProfile()
{
    Profile profile = test::fix::credentialingProfile(QStringLiteral("test"));
    profile.resync.object = QStringLiteral("Credentialing");
    profile.resync.label = kAA;
    profile.resync.properties = {{QStringLiteral("npi"), QStringLiteral("npi_number")}};
    return profile;
}

// "1001@3:Active,Active Attested|1002@5:" and "credentialing_active_attested_id=1001;…"
FixState stateFrom(const QString &objects, const QString &columns)
{
    return test::fix::credentialingState(objects, columns);
}

QString stepsOf(const TherapistPlan &plan)
{
    QStringList parts;
    for (const FixStep &step : plan.steps) {
        switch (step.kind) {
        case FixStep::Kind::RemoveLabels: parts << QStringLiteral("remove %1 %2").arg(step.objectId, step.labels.join(QLatin1Char(','))); break;
        case FixStep::Kind::AddLabels: parts << QStringLiteral("add %1 %2").arg(step.objectId, step.labels.join(QLatin1Char(','))); break;
        case FixStep::Kind::UpdateColumns: {
            QStringList written;
            for (const auto &[column, value] : step.after)
                written << column.section(QLatin1Char('_'), 1, 2) + QLatin1Char('=') + value.value_or(QStringLiteral("NULL"));
            parts << QStringLiteral("columns ") + written.join(QLatin1Char(','));
            break;
        }
        case FixStep::Kind::UpdateProperties: parts << QStringLiteral("properties %1").arg(step.objectId); break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

// What a faithful apply leaves: label steps' labelsAfter, columns' after, properties' after.
FixState applied(const FixState &state, const TherapistPlan &plan)
{
    FixState after = stateAfterLabelSteps(state, plan);
    for (const FixStep &step : plan.steps) {
        if (step.kind == FixStep::Kind::UpdateColumns) {
            for (const auto &[column, value] : step.after)
                after.therapist.columns[column] = value;
        }
        if (step.kind == FixStep::Kind::UpdateProperties) {
            for (HubSpotObject &object : after.objects) {
                if (object.id == step.objectId) {
                    for (const auto &[property, value] : step.after)
                        object.properties[property] = value;
                }
            }
        }
    }
    return after;
}

TherapistResult resultOf(const TherapistPlan &plan, FixOutcome outcome, std::optional<FixState> finalState)
{
    TherapistResult result;
    result.plan = plan;
    for (FixStep &step : result.plan.steps)
        step.status = outcome == FixOutcome::Applied ? StepStatus::Done : StepStatus::NotAttempted;
    result.outcome = outcome;
    result.finalState = std::move(finalState);
    return result;
}

} // namespace

class TestFixAuto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QString>("objects");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("npi");     // the DB's npi; the objects carry none ("" = same as none)
        QTest::addColumn<QString>("parts");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("refusal");
        // The ticket's case: step 3 failed, the DB still points at the old object.
        QTest::newRow("relabel then pull ids")
            << "1001@3:Active,Active Attested|1002@5:Active Attested" << "credentialing_active_attested_id=1001;credentialing_hubspot_id=1001" << ""
            << "relabel,pull-ids" << "remove 1001 Active Attested; columns active_attested=1002" << "";
        QTest::newRow("step 4 failed, id missing")
            << "1001@3:Active|1002@5:" << "credentialing_hubspot_id=1001" << ""
            << "relabel,pull-ids" << "add 1002 Active Attested; columns active_attested=1002" << "";
        QTest::newRow("relabel alone (ids already follow)")
            << "1001@3:Active,Active Attested|1002@5:Active Attested" << "credentialing_active_attested_id=1002;credentialing_hubspot_id=1001" << ""
            << "relabel" << "remove 1001 Active Attested" << "";
        QTest::newRow("pull ids alone (Failure 1)") << "1001@3:Active Attested" << "" << "" << "pull-ids"
                                                    << "columns active_attested=1001" << "";
        QTest::newRow("stale id") << "1001@3:Active|1002@5:Active Attested"
                                  << "credentialing_active_attested_id=1001;credentialing_hubspot_id=1001" << ""
                                  << "pull-ids" << "columns active_attested=1002" << "";
        QTest::newRow("resync") << "1001@3:Active Attested" << "credentialing_active_attested_id=1001" << "1234567890"
                                << "resync" << "properties 1001" << "";
        QTest::newRow("correct") << "1001@3:Active|1002@5:Active Attested"
                                 << "credentialing_active_attested_id=1002;credentialing_hubspot_id=1001" << "" << "" << "" << "";
        QTest::newRow("no objects") << "" << "" << "" << "" << "" << "";
    }
    void plan()
    {
        QFETCH(QString, objects);
        QFETCH(QString, columns);
        QFETCH(QString, npi);
        QFETCH(QString, parts);
        QFETCH(QString, steps);
        QFETCH(QString, refusal);
        const Profile profile = testProfile();
        FixState state = stateFrom(objects, columns);
        if (!npi.isEmpty())
            state.extraColumns[QStringLiteral("npi")] = npi;
        const TherapistPlan plan = planAuto(state, profile);
        if (!refusal.isEmpty()) {
            QVERIFY2(plan.refusal.contains(refusal), qPrintable(plan.refusal));
            return;
        }
        QCOMPARE(autoPlanParts(plan).join(QLatin1Char(',')), parts);
        QCOMPARE(stepsOf(plan), steps);
        // One plan: label removals before additions before columns; the fingerprint is the plan kind's.
        QCOMPARE(plan.fingerprint, fingerprint(state, plan.kind, profile));
        for (const QString &note : plan.notes)
            QVERIFY2(!note.startsWith(QLatin1String("then run pull ids")), qPrintable(note));
        if (steps.isEmpty())
            return;
        // Applied faithfully, nothing is left: the plan brings the therapist to correct.
        const TherapistPlan again = planAuto(applied(state, plan), profile);
        QVERIFY2(again.steps.empty(), qPrintable(stepsOf(again)));
        QVERIFY2(!again.refused(), qPrintable(again.refusal));
    }

    void noContactIdIsRefused()
    {
        FixState state = stateFrom(QString(), QString());
        state.therapist.contactId.clear();
        const TherapistPlan plan = planAuto(state, testProfile());
        QVERIFY(plan.refused());
        QVERIFY(plan.steps.empty());
    }

    void columnsAreCheckedAgainstWhatThePlanSaw()
    {
        // The pull part's optimistic check is on the columns as read, not as the relabel leaves them.
        const FixState state = stateFrom(QStringLiteral("1001@3:Active|1002@5:"), QStringLiteral("credentialing_hubspot_id=1001"));
        const TherapistPlan plan = planAuto(state, testProfile());
        QCOMPARE(plan.steps.back().kind, FixStep::Kind::UpdateColumns);
        for (const auto &[column, before] : plan.steps.back().before)
            QCOMPARE(before, state.therapist.columns.at(column));
    }

    void verdictResolved()
    {
        const Profile profile = testProfile();
        const FixState state = stateFrom(QStringLiteral("1001@3:Active,Active Attested|1002@5:Active Attested"),
                                         QStringLiteral("credentialing_active_attested_id=1001;credentialing_hubspot_id=1001"));
        const TherapistPlan plan = planAuto(state, profile);
        const AutoVerdict verdict = autoVerdict(resultOf(plan, FixOutcome::Applied, applied(state, plan)), profile);
        QVERIFY(verdict.resolved);
        QCOMPARE(verdict.headline, QStringLiteral("Resolved"));
        QCOMPARE(verdict.changed.size(), int(plan.steps.size()));
        QVERIFY(verdict.left.isEmpty());
    }

    void verdictSaysWhatIsLeft()
    {
        const Profile profile = testProfile();
        const FixState state = stateFrom(QStringLiteral("1001@3:Active,Active Attested|1002@5:Active Attested"),
                                         QStringLiteral("credentialing_active_attested_id=1001;credentialing_hubspot_id=1001"));
        const TherapistPlan plan = planAuto(state, profile);
        // Every step reported done, but what was read back is only half of it (a workflow undid the columns).
        FixState half = stateAfterLabelSteps(state, plan);
        const AutoVerdict verdict = autoVerdict(resultOf(plan, FixOutcome::Applied, half), profile);
        QVERIFY(!verdict.resolved);
        QCOMPARE(verdict.headline, QStringLiteral("Not resolved"));
        QCOMPARE(verdict.left.size(), 1);
        QVERIFY2(verdict.left.front().contains(kColAA), qPrintable(verdict.left.front()));

        TherapistResult failed = resultOf(plan, FixOutcome::Failed, std::nullopt);
        failed.message = QStringLiteral("HubSpot answered 500");
        const AutoVerdict notDone = autoVerdict(failed, profile);
        QVERIFY(!notDone.resolved);
        QVERIFY(notDone.changed.isEmpty());
        QVERIFY(notDone.left.contains(QStringLiteral("HubSpot answered 500")));
    }

    void verdictAlreadyCorrect()
    {
        const Profile profile = testProfile();
        const FixState state = stateFrom(QStringLiteral("1001@3:Active|1002@5:Active Attested"),
                                         QStringLiteral("credentialing_active_attested_id=1002;credentialing_hubspot_id=1001"));
        const TherapistPlan plan = planAuto(state, profile);
        QVERIFY(plan.nothingToDo());
        const AutoVerdict verdict = autoVerdict(resultOf(plan, FixOutcome::NothingToDo, state), profile);
        QVERIFY(verdict.resolved);
        QVERIFY(verdict.changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFixAuto)
#include "tst_fixauto.moc"
