// The planners are pure: states in, plans out. Data-driven over the end states of domain.md.
#include <QtTest>

#include "core/fixes/fingerprint.h"
#include "core/fixes/pullidsplanner.h"
#include "core/fixes/relabelplanner.h"
#include "core/fixes/resyncplanner.h"
#include "fixfixture.h"

using namespace credsync;
using namespace credsync::fixes;

namespace {

using test::fix::kAA;
using test::fix::kActive;
using test::fix::kColAA;
using test::fix::kType;

const QString kRelocation = QStringLiteral("Relocation");
const std::vector<test::fix::ExtraLabel> kRelocationLabel{{kRelocation, QStringLiteral("credentialing_relocation_id"), 45}};

Profile testProfile()
{
    Profile profile = test::fix::credentialingProfile(QStringLiteral("test"), kRelocationLabel);
    profile.resync.object = QStringLiteral("Credentialing");
    profile.resync.label = kAA;
    profile.resync.properties = {{QStringLiteral("npi"), QStringLiteral("npi_number")},
                                 {QStringLiteral("license_state"), QStringLiteral("license_state")}};
    return profile;
}

// "1001@3:Active,Active Attested|1002@5:" → objects created on day 3 and 5 of September 2025.
FixState stateFrom(const QString &objects, const QString &columns = {})
{
    return test::fix::credentialingState(objects, columns, kRelocationLabel);
}

QString labelsOf(const std::map<QString, QStringList> &labels)
{
    QStringList parts;
    for (const auto &[id, list] : labels) {
        QStringList sorted = list;
        sorted.sort();
        parts << id + QLatin1Char('=') + sorted.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char(';'));
}

QString stepsOf(const TherapistPlan &plan)
{
    QStringList parts;
    for (const FixStep &step : plan.steps)
        parts << QStringLiteral("%1 %2 %3").arg(step.kind == FixStep::Kind::RemoveLabels ? QStringLiteral("remove") : QStringLiteral("add"),
                                                 step.objectId, step.labels.join(QLatin1Char(',')));
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestFixPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relabelDefault_data()
    {
        QTest::addColumn<QString>("objects");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("finalLabels");
        // domain.md, Failure 2: old = 1001 (day 3), new = 1002 (day 5).
        QTest::newRow("all steps ok") << "1001@3:Active|1002@5:Active Attested" << "" << "1001=Active;1002=Active Attested";
        QTest::newRow("step 3 failed") << "1001@3:Active,Active Attested|1002@5:Active Attested"
                                       << "remove 1001 Active Attested" << "1001=Active;1002=Active Attested";
        QTest::newRow("step 2 failed") << "1001@3:Active Attested|1002@5:Active Attested"
                                       << "remove 1001 Active Attested; add 1001 Active" << "1001=Active;1002=Active Attested";
        QTest::newRow("step 4 failed") << "1001@3:Active|1002@5:" << "add 1002 Active Attested" << "1001=Active;1002=Active Attested";
        QTest::newRow("steps 2 and 3 failed") << "1001@3:Active Attested|1002@5:Active Attested"
                                              << "remove 1001 Active Attested; add 1001 Active" << "1001=Active;1002=Active Attested";
        QTest::newRow("duplicate run, both Active") << "1001@3:Active|1002@4:Active"
                                                    << "remove 1002 Active; add 1002 Active Attested" << "1001=Active;1002=Active Attested";
        QTest::newRow("one object, no label") << "1001@3:" << "add 1001 Active Attested" << "1001=Active Attested";
        QTest::newRow("one object with Active only") << "1001@3:Active" << "remove 1001 Active; add 1001 Active Attested"
                                                     << "1001=Active Attested";
        QTest::newRow("three cycles") << "1001@1:Active|1002@3:Active Attested|1003@5:Active Attested"
                                      << "remove 1002 Active Attested; remove 1001 Active; add 1002 Active"
                                      << "1001=;1002=Active;1003=Active Attested";
        QTest::newRow("relocation doubled, kept on newest carrier")
            << "1001@3:Active,Relocation|1002@5:Active Attested,Relocation" << "remove 1001 Relocation"
            << "1001=Active;1002=Active Attested,Relocation";
        QTest::newRow("healthy older Active Attested stays") << "1001@3:Active Attested|1002@5:" << ""
                                                             << "1001=Active Attested;1002=";
        QTest::newRow("Active Attested healthy, Active doubled") << "1001@3:Active|1002@4:Active|1003@5:Active Attested"
                                                                 << "remove 1001 Active" << "1001=;1002=Active;1003=Active Attested";
        QTest::newRow("no objects") << "" << "" << "";
    }
    void relabelDefault()
    {
        QFETCH(QString, objects);
        QFETCH(QString, steps);
        QFETCH(QString, finalLabels);
        const Profile profile = testProfile();
        const FixState state = stateFrom(objects);
        const TherapistPlan plan = planRelabel(state, profile);
        QVERIFY2(!plan.refused(), qPrintable(plan.refusal));
        QVERIFY(plan.targetProposed);
        QCOMPARE(stepsOf(plan), steps);

        // Play the steps: the end state is the target, and once a step adds a unique label nobody
        // else carries it (removals come first), whatever the start.
        std::map<QString, QStringList> labels;
        for (const HubSpotObject &object : state.objects)
            labels[object.id] = object.labels;
        for (const FixStep &step : plan.steps) {
            QCOMPARE(labels[step.objectId], step.labelsBefore);
            for (const QString &label : step.labels) {
                if (step.kind == FixStep::Kind::RemoveLabels)
                    labels[step.objectId].removeAll(label);
                else
                    labels[step.objectId] << label;
            }
            QCOMPARE(QSet<QString>(labels[step.objectId].begin(), labels[step.objectId].end()),
                     QSet<QString>(step.labelsAfter.begin(), step.labelsAfter.end()));
            if (step.kind == FixStep::Kind::AddLabels) {
                for (const QString &label : step.labels) {
                    int carriers = 0;
                    for (const auto &[id, list] : labels)
                        carriers += list.contains(label) ? 1 : 0;
                    QCOMPARE(carriers, 1);
                }
            }
        }
        QCOMPARE(labelsOf(labels), finalLabels);
    }

    void relabelRemovesBeforeAdding()
    {
        const TherapistPlan plan = planRelabel(stateFrom(QStringLiteral("1001@3:Active Attested|1002@5:Active Attested|1003@6:")), testProfile());
        bool seenAdd = false;
        for (const FixStep &step : plan.steps) {
            if (step.kind == FixStep::Kind::AddLabels)
                seenAdd = true;
            else
                QVERIFY2(!seenAdd, "a removal came after an addition");
            QVERIFY(!step.api.contains(QLatin1String("DELETE")));
        }
        QVERIFY(seenAdd);
    }

    void relabelAssignments_data()
    {
        QTest::addColumn<QString>("objects");
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("refusal");
        const QString twoAA = QStringLiteral("1001@3:Active Attested|1002@5:Active Attested");
        QTest::newRow("keep the older one") << twoAA << QStringList{QStringLiteral("Active Attested=1001")}
                                            << "remove 1002 Active Attested" << "";
        QTest::newRow("both labels") << twoAA << QStringList{QStringLiteral("Active Attested=1002"), QStringLiteral("Active=1001")}
                                     << "remove 1001 Active Attested; add 1001 Active" << "";
        QTest::newRow("exclusive partner pushed off the target")
            << "1001@3:Active|1002@5:" << QStringList{QStringLiteral("Active Attested=1001")}
            << "remove 1001 Active; add 1001 Active Attested" << "";
        QTest::newRow("object of another contact") << twoAA << QStringList{QStringLiteral("Active Attested=999")} << ""
                                                   << "not associated";
        QTest::newRow("unique label twice") << twoAA << QStringList{QStringLiteral("Active Attested=1001"), QStringLiteral("Active Attested=1002")}
                                            << "" << "unique";
        QTest::newRow("exclusive labels on one object")
            << twoAA << QStringList{QStringLiteral("Active Attested=1001"), QStringLiteral("Active=1001")} << "" << "same object";
        QTest::newRow("label not in profile") << twoAA << QStringList{QStringLiteral("Primary=1001")} << "" << "not a Credentialing label";
    }
    void relabelAssignments()
    {
        QFETCH(QString, objects);
        QFETCH(QStringList, assignments);
        QFETCH(QString, steps);
        QFETCH(QString, refusal);
        RelabelRequest request;
        for (const QString &text : assignments) {
            Result<LabelAssignment> parsed = parseLabelAssignment(text);
            QVERIFY(parsed.ok());
            request.assignments.push_back(parsed.value());
        }
        const TherapistPlan plan = planRelabel(stateFrom(objects), testProfile(), request);
        QVERIFY(!plan.targetProposed);
        if (refusal.isEmpty()) {
            QVERIFY2(!plan.refused(), qPrintable(plan.refusal));
            QCOMPARE(stepsOf(plan), steps);
        } else {
            QVERIFY2(plan.refusal.contains(refusal), qPrintable(plan.refusal));
            QVERIFY(plan.steps.empty());
        }
    }

    void parseLabelAssignments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("typical") << "Active Attested=161204877310" << true;
        QTest::newRow("spaces") << " Active = 161204877310 " << true;
        QTest::newRow("no id") << "Active Attested=" << false;
        QTest::newRow("no label") << "=161204877310" << false;
        QTest::newRow("not a number") << "Active=abc" << false;
        QTest::newRow("overflow") << "Active=99999999999999999999" << false;
        QTest::newRow("no equals") << "Active" << false;
    }
    void parseLabelAssignments()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseLabelAssignment(text).ok(), valid);
    }

    void relabelPutSendsTheFullSet()
    {
        RelabelRequest request;
        request.writeMethod = LabelWriteMethod::Put;
        const TherapistPlan plan = planRelabel(stateFrom(QStringLiteral("1001@3:Relocation|1002@5:")), testProfile(), request);
        QCOMPARE(stepsOf(plan), QStringLiteral("add 1002 Active Attested; add 1001 Active"));
        const FixStep &step = plan.steps.back();
        QVERIFY(step.api.startsWith(QLatin1String("PUT /crm/v4/objects/0-1/161204877310/associations/2-31374266/1001")));
        QCOMPARE(step.labelsAfter, (QStringList{kRelocation, kActive}));
    }

    void relabelNotesStaleColumns()
    {
        const TherapistPlan plan = planRelabel(stateFrom(QStringLiteral("1001@3:Active|1002@5:"), QStringLiteral("credentialing_hubspot_id=1001")),
                                               testProfile());
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY(plan.notes.front().contains(QLatin1String("pull ids")));
        QVERIFY(plan.notes.front().contains(kColAA));
    }

    void pullIds_data()
    {
        QTest::addColumn<QString>("objects");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<QString>("after");     // column=value;… written
        QTest::addColumn<QString>("refusal");
        QTest::newRow("missing id (Failure 1)") << "1001@3:Active Attested" << "" << "" << "credentialing_active_attested_id=1001" << "";
        QTest::newRow("stale id") << "1001@3:Active|1002@5:Active Attested"
                                  << "credentialing_active_attested_id=1001;credentialing_hubspot_id=1001" << ""
                                  << "credentialing_active_attested_id=1002" << "";
        QTest::newRow("already right") << "1001@3:Active|1002@5:Active Attested"
                                       << "credentialing_active_attested_id=1002;credentialing_hubspot_id=1001" << "" << "" << "";
        QTest::newRow("ambiguous label not guessed, the rest pulled")
            << "1001@3:Active Attested,Active|1002@5:Active Attested" << "" << "" << "credentialing_hubspot_id=1001" << "";
        QTest::newRow("only ambiguous: refused") << "1001@3:Active Attested|1002@5:Active Attested" << "" << "" << ""
                                                 << "run relabel first";
        QTest::newRow("unknown object type") << "1001@3:Active Attested" << "" << "License" << "" << "no object type";
        QTest::newRow("filtered by object") << "1001@3:Active Attested" << "" << "Credentialing"
                                            << "credentialing_active_attested_id=1001" << "";
    }
    void pullIds()
    {
        QFETCH(QString, objects);
        QFETCH(QString, columns);
        QFETCH(QString, objectName);
        QFETCH(QString, after);
        QFETCH(QString, refusal);
        const FixState state = stateFrom(objects, columns);
        const TherapistPlan plan = planPullIds(state, testProfile(), PullIdsRequest{objectName});
        if (!refusal.isEmpty()) {
            QVERIFY2(plan.refusal.contains(refusal), qPrintable(plan.refusal));
            QVERIFY(plan.steps.empty());
            return;
        }
        QVERIFY2(!plan.refused(), qPrintable(plan.refusal));
        if (after.isEmpty()) {
            QVERIFY(plan.nothingToDo());
            return;
        }
        QCOMPARE(plan.steps.size(), size_t(1)); // one transaction for the therapist
        const FixStep &step = plan.steps.front();
        QStringList written;
        for (const auto &[column, value] : step.after) {
            written << column + QLatin1Char('=') + value.value_or(QString());
            // The optimistic check expects exactly what the plan saw.
            QCOMPARE(step.before.at(column), state.therapist.columns.at(column));
        }
        QCOMPARE(written.join(QLatin1Char(';')), after);
    }

    void pullIdsNotesAmbiguity()
    {
        const TherapistPlan plan = planPullIds(stateFrom(QStringLiteral("1001@3:Active Attested,Active|1002@5:Active Attested")), testProfile());
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY(plan.notes.front().contains(QLatin1String("1001, 1002")));
        QVERIFY(plan.notes.front().contains(QLatin1String("relabel")));
    }

    void resync_data()
    {
        QTest::addColumn<QString>("objects");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("sent");
        QTest::newRow("id missing") << "1001@3:Active Attested" << "" << "is empty" << "";
        QTest::newRow("id not associated") << "1001@3:Active Attested" << "credentialing_active_attested_id=999" << "no Credentialing object 999" << "";
        QTest::newRow("object lacks the label") << "1001@3:Active|1002@5:Active Attested" << "credentialing_active_attested_id=1001"
                                                << "does not carry" << "";
        QTest::newRow("one property differs") << "1001@3:Active Attested" << "credentialing_active_attested_id=1001" << ""
                                              << "npi_number=1234567890";
        QTest::newRow("nothing differs") << "1001@3:Active Attested" << "credentialing_active_attested_id=1001;same" << "" << "";
    }
    void resync()
    {
        QFETCH(QString, objects);
        QFETCH(QString, columns);
        QFETCH(QString, refusal);
        QFETCH(QString, sent);
        const bool same = columns.endsWith(QLatin1String(";same"));
        FixState state = stateFrom(objects, same ? columns.chopped(5) : columns);
        state.extraColumns = {{QStringLiteral("npi"), QStringLiteral("1234567890")}, {QStringLiteral("license_state"), std::nullopt}};
        for (HubSpotObject &object : state.objects) {
            object.properties[QStringLiteral("npi_number")] = same ? std::optional<QString>(QStringLiteral("1234567890")) : std::nullopt;
            object.properties[QStringLiteral("license_state")] = QString(); // "" and NULL are the same
        }
        const TherapistPlan plan = planResync(state, testProfile());
        if (!refusal.isEmpty()) {
            QVERIFY2(plan.refusal.contains(refusal), qPrintable(plan.refusal));
            QVERIFY(plan.refusal.contains(QLatin1String("pull ids")));
            QVERIFY(plan.steps.empty());
            return;
        }
        QVERIFY2(!plan.refused(), qPrintable(plan.refusal));
        if (sent.isEmpty()) {
            QVERIFY(plan.nothingToDo());
            return;
        }
        QCOMPARE(plan.steps.size(), size_t(1));
        QStringList written;
        for (const auto &[property, value] : plan.steps.front().after)
            written << property + QLatin1Char('=') + value.value_or(QString());
        QCOMPARE(written.join(QLatin1Char(';')), sent);
        QVERIFY(plan.steps.front().api.startsWith(QLatin1String("PATCH /crm/v3/objects/2-31374266/1001")));
    }

    void fingerprintCoversWhatTheFixDependsOn()
    {
        const Profile profile = testProfile();
        FixState state = stateFrom(QStringLiteral("1001@3:Active|1002@5:Active Attested"), QStringLiteral("credentialing_hubspot_id=1001"));
        const QString relabel = fingerprint(state, FixKind::Relabel, profile);
        const QString pull = fingerprint(state, FixKind::PullIds, profile);
        const QString resync = fingerprint(state, FixKind::Resync, profile);

        FixState propertyChanged = state;
        propertyChanged.objects[1].properties[QStringLiteral("npi_number")] = QStringLiteral("1");
        QCOMPARE(fingerprint(propertyChanged, FixKind::Relabel, profile), relabel);
        QVERIFY(fingerprint(propertyChanged, FixKind::Resync, profile) != resync);

        FixState labelChanged = state;
        labelChanged.objects[0].labels << kAA;
        QVERIFY(fingerprint(labelChanged, FixKind::Relabel, profile) != relabel);
        QVERIFY(fingerprint(labelChanged, FixKind::PullIds, profile) != pull);
        QCOMPARE(fingerprintDifferences(state, labelChanged, FixKind::Relabel, profile).size(), 2);

        FixState columnChanged = state;
        columnChanged.therapist.columns[kColAA] = QStringLiteral("1002");
        QVERIFY(fingerprint(columnChanged, FixKind::PullIds, profile) != pull);

        FixState reordered = state;
        std::swap(reordered.objects[0], reordered.objects[1]);
        QCOMPARE(fingerprint(reordered, FixKind::PullIds, profile), pull);
    }
};

QTEST_GUILESS_MAIN(TestFixPlanner)
#include "tst_fixplanner.moc"
