// The approved clean-up: PLAN.json's contract and checks (pure), and an approved bulk relabel of every
// MULTIPLE_UNIQUE_LABEL therapist of a generated world that ends correct without a single 429.
#include "app/fixplancommand.h"
#include "app/inspectionrun.h"
#include "core/clock.h"
#include "core/fixes/planfile.h"
#include "core/fixes/scanselection.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/world.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace credsync;
using namespace credsync::fixes;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc());

PlanFile samplePlan()
{
    PlanFile plan;
    plan.kind = FixKind::Relabel;
    plan.createdAt = kNow;
    plan.planner = QStringLiteral("alice");
    plan.profile = QStringLiteral("prod");
    plan.therapists.push_back({QStringLiteral("161204877310"), QStringLiteral("uuid-1"), QStringLiteral("Ana"), QStringLiteral("abc"),
                               nlohmann::json::array({{{"description", "Remove Active Attested"}}})});
    return plan;
}

} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractKeys()
    {
        PlanFile plan = samplePlan();
        QVERIFY(approvePlan(plan, QStringLiteral("bob"), kNow.addSecs(60)));
        const nlohmann::json json = planFileToJson(plan);
        for (const char *key : {"kind", "created_at", "planner", "profile", "approvals", "therapists"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json["kind"].get<std::string>(), std::string("relabel"));
        QCOMPARE(json["created_at"].get<std::string>(), std::string("2026-11-23T09:30:00.000Z"));
        QCOMPARE(json["approvals"][0]["operator"].get<std::string>(), std::string("bob"));
        QCOMPARE(json["approvals"][0]["at"].get<std::string>(), std::string("2026-11-23T09:31:00.000Z"));
        for (const char *key : {"contact_id", "fingerprint", "steps"})
            QVERIFY2(json["therapists"][0].contains(key), key);
        QVERIFY(json["therapists"][0]["contact_id"].is_string());
        // Round trip.
        Result<PlanFile> back = planFileFromJson(QByteArray::fromStdString(json.dump()));
        QVERIFY(back);
        QCOMPARE(planDigest(back.value()), planDigest(plan));
        QVERIFY(checkApplicable(back.value(), QStringLiteral("prod"), kNow.addSecs(3600), 24));
    }

    void approval_data()
    {
        QTest::addColumn<QString>("approver");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a second operator") << QStringLiteral("bob") << true;
        QTest::newRow("the planner") << QStringLiteral("alice") << false;
        QTest::newRow("nobody") << QString() << false;
    }
    void approval()
    {
        QFETCH(QString, approver);
        QFETCH(bool, accepted);
        PlanFile plan = samplePlan();
        const Status status = approvePlan(plan, approver, kNow);
        QCOMPARE(bool(status), accepted);
        QCOMPARE(plan.approvals.size(), size_t(accepted ? 1 : 0));
        if (accepted)
            QVERIFY(!approvePlan(plan, approver, kNow)); // twice is refused
    }

    void applicability_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("applicable");
        QTest::addColumn<QString>("says");
        QTest::newRow("approved and fresh") << QString() << true << QString();
        QTest::newRow("not approved") << QStringLiteral("unapproved") << false << QStringLiteral("not approved");
        QTest::newRow("expired after 24 h") << QStringLiteral("late") << false << QStringLiteral("expired");
        QTest::newRow("edited after approval") << QStringLiteral("edited") << false << QStringLiteral("changed after it was approved");
        QTest::newRow("another profile") << QStringLiteral("profile") << false << QStringLiteral("profile");
        QTest::newRow("approval forged as the planner") << QStringLiteral("self") << false << QStringLiteral("no valid approval");
    }
    void applicability()
    {
        QFETCH(QString, change);
        QFETCH(bool, applicable);
        QFETCH(QString, says);
        PlanFile plan = samplePlan();
        if (change != QLatin1String("unapproved"))
            QVERIFY(approvePlan(plan, QStringLiteral("bob"), kNow));
        QDateTime now = kNow.addSecs(3600);
        QString profile = QStringLiteral("prod");
        if (change == QLatin1String("late"))
            now = kNow.addSecs(25 * 3600);
        if (change == QLatin1String("edited"))
            plan.therapists.push_back({QStringLiteral("161204877311"), QStringLiteral("uuid-2"), {}, QStringLiteral("def"), nlohmann::json::array()});
        if (change == QLatin1String("profile"))
            profile = QStringLiteral("staging");
        if (change == QLatin1String("self"))
            plan.approvals.front().operatorName = plan.planner;
        const Status status = checkApplicable(plan, profile, now, 24);
        QCOMPARE(bool(status), applicable);
        if (!applicable)
            QVERIFY2(status.error().message.contains(says), qPrintable(status.error().message));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no kind") << QByteArray(R"({"created_at":"2026-11-23T09:30:00Z","planner":"a","therapists":[]})");
        QTest::newRow("bad time") << QByteArray(R"({"kind":"relabel","created_at":"soon","planner":"a","therapists":[]})");
        QTest::newRow("no fingerprint") << QByteArray(R"({"kind":"relabel","created_at":"2026-11-23T09:30:00Z","planner":"a","therapists":[{"contact_id":"161204877310","steps":[]}]})");
        QTest::newRow("id not a HubSpot id") << QByteArray(R"({"kind":"relabel","created_at":"2026-11-23T09:30:00Z","planner":"a","therapists":[{"contact_id":"12.5","fingerprint":"x","steps":[]}]})");
    }
    void badFiles()
    {
        QFETCH(QByteArray, json);
        const Result<PlanFile> plan = planFileFromJson(json);
        QVERIFY(!plan);
        QVERIFY(!plan.error().message.isEmpty());
    }

    // Every MULTIPLE_UNIQUE_LABEL therapist of a generated world: plan from a scan, approve as a second
    // operator, apply; a fresh scan then finds none, and HubSpot never answered 429.
    void approvedBulkRelabelEndsCorrect()
    {
        QTemporaryDir dir;
        const QString worldPath = dir.filePath(QStringLiteral("world.json"));
        std::string error;
        QVERIFY(sandbox::saveWorldFile(worldPath.toStdString(), sandbox::generateLargeWorld(1500, kNow, 3), &error));
        clock::pin(kNow);
        sandbox::DemoEnvironment environment;
        sandbox::DemoOptions options;
        options.now = kNow;
        options.dataDir = dir.path();
        options.worldFile = worldPath;
        QString startError;
        QVERIFY2(environment.start(options, &startError), qPrintable(startError));
        environment.exportSecretsToEnvironment();
        Result<Profile> loaded = Profile::fromJson(environment.profileJson(), QStringLiteral("generated"));
        QVERIFY(loaded);
        Profile profile = loaded.value();
        profile.workspace.url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ws.sqlite"));

        // Every therapist a scan finds with the finding (the generator tags some; other scenarios, such
        // as duplicate runs, carry it too).
        app::InspectionRequest before;
        before.scan = true;
        before.options.withEvidence = false;
        const app::InspectionOutcome found = app::runInspection(profile, before);
        QVERIFY(found.status);
        const int expected = int(subjectsFromScan(found.reports, FixKind::Relabel, FindingCode::MultipleUniqueLabel, 0).size());
        int tagged = 0;
        for (const sandbox::ScenarioTag &tag : environment.server()->world().scenarios)
            tagged += tag.scenario == "MULTIPLE_UNIQUE_LABEL" ? 1 : 0;
        QVERIFY(tagged >= 10);
        QVERIFY(expected >= tagged);

        Result<PlanFile> plan = app::planFromScan(profile, FixKind::Relabel, FindingCode::MultipleUniqueLabel, 0, QStringLiteral("alice"));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().describe()));
        QCOMPARE(int(plan->therapists.size()), expected);
        const QString path = dir.filePath(QStringLiteral("PLAN.json"));
        QVERIFY(savePlanFile(path, plan.value()));

        Result<PlanFile> forApproval = loadPlanFile(path);
        QVERIFY(forApproval);
        QVERIFY(!approvePlan(forApproval.value(), QStringLiteral("alice"), clock::nowUtc()));
        QVERIFY(approvePlan(forApproval.value(), QStringLiteral("bob"), clock::nowUtc()));
        QVERIFY(savePlanFile(path, forApproval.value()));

        Result<PlanFile> approved = loadPlanFile(path);
        QVERIFY(approved);
        QVERIFY(checkApplicable(approved.value(), profile.name, clock::nowUtc(), 24));
        environment.server()->clearRequests();
        int progressCalls = 0;
        Result<app::PlanApplySummary> summary = app::applyPlanFile(profile, approved.value(), path + QStringLiteral(".journal"),
                                                                    QStringLiteral("carol"), [&](int, int, const QString &) { ++progressCalls; });
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().describe()));
        QVERIFY2(summary->succeeded(), qPrintable(summary->failed.join(QLatin1Char('\n')) + summary->skipped.join(QLatin1Char('\n'))));
        QCOMPARE(summary->appliedAndVerified.size(), expected);
        QVERIFY(progressCalls >= expected);
        for (const sandbox::RequestRecord &record : environment.server()->requests())
            QVERIFY2(record.status != 429, qPrintable(record.path));

        // A second run of the same plan resumes from the journal: nothing is applied twice.
        Result<app::PlanApplySummary> again = app::applyPlanFile(profile, approved.value(), path + QStringLiteral(".journal"), QStringLiteral("carol"));
        QVERIFY(again);
        QCOMPARE(again->appliedEarlier.size(), expected);
        QVERIFY(again->appliedAndVerified.isEmpty());

        app::InspectionRequest scan;
        scan.scan = true;
        scan.options.withEvidence = false;
        const app::InspectionOutcome after = app::runInspection(profile, scan);
        QVERIFY(after.status);
        QVERIFY(subjectsFromScan(after.reports, FixKind::Relabel, FindingCode::MultipleUniqueLabel, 0).empty());
        clock::unpin();
    }
};

QTEST_MAIN(TestPlanFile)
#include "tst_planfile.moc"
