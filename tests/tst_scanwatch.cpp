// Recorded scans and the watch: the comparison as a pure function (data-driven), the store on SQLite,
// two recorded scans around an approved fix showing the therapist healed, and watch posting to a
// local webhook when a therapist newly breaks (and staying quiet when nothing changed).
#include "app/fixplancommand.h"
#include "app/scanrecording.h"
#include "app/watchcycle.h"
#include "core/clock.h"
#include "core/scans/scanstore.h"
#include "core/scans/watchnotification.h"
#include "core/workspace/workspace.h"
#include "demofixture.h"
#include "sandbox/demoworldbuilder.h"
#include "sandbox/sandboxserver.h"
#include "scriptedhttpserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace credsync;
using namespace credsync::scans;

namespace {

RecordedTherapist therapist(const QString &key, const QString &verdict, const QString &codes)
{
    RecordedTherapist t;
    t.key = key;
    t.contactId = QStringLiteral("1000000000") + key;
    t.name = QStringLiteral("Therapist %1").arg(key);
    t.email = QStringLiteral("person%1@example.com").arg(key);
    t.verdict = verdict;
    t.codes = codes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return t;
}

QStringList keysOf(const std::vector<TherapistChange> &changes)
{
    QStringList keys;
    for (const TherapistChange &change : changes)
        keys << change.now.key;
    return keys;
}

} // namespace

class TestScanWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        // Each side: "key:verdict:CODE,CODE;…"
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("newlyBroken");
        QTest::addColumn<QString>("healed");
        QTest::addColumn<QString>("stillBroken");
        QTest::addColumn<QString>("appearedDuplicate");
        QTest::newRow("no previous scan: every broken one is new")
            << QString() << QStringLiteral("1:broken:MISSING_DB_ID;2:healthy:") << QStringLiteral("1") << QString() << QString() << QString();
        QTest::newRow("a fix heals")
            << QStringLiteral("1:broken:MISSING_DB_ID;2:broken:STALE_DB_ID") << QStringLiteral("1:healthy:;2:broken:STALE_DB_ID")
            << QString() << QStringLiteral("1") << QStringLiteral("2") << QString();
        QTest::newRow("a new break and a duplicate run")
            << QStringLiteral("1:healthy:;2:healthy:") << QStringLiteral("1:broken:DUPLICATE_RUN,MULTIPLE_UNIQUE_LABEL;2:healthy:")
            << QStringLiteral("1") << QString() << QString() << QStringLiteral("1");
        QTest::newRow("unknown is neither healed nor broken")
            << QStringLiteral("1:broken:MISSING_DB_ID") << QStringLiteral("1:unknown:") << QString() << QString() << QString() << QString();
        QTest::newRow("a code already there does not appear again")
            << QStringLiteral("1:broken:DUPLICATE_RUN") << QStringLiteral("1:broken:DUPLICATE_RUN") << QString() << QString()
            << QStringLiteral("1") << QString();
        QTest::newRow("attention is not broken")
            << QStringLiteral("1:healthy:") << QStringLiteral("1:attention:NO_OBJECTS") << QString() << QString() << QString() << QString();
    }
    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        auto scanOf = [](const QString &text, qint64 id) {
            RecordedScan scan;
            scan.id = id;
            for (const QString &entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QStringList parts = entry.split(QLatin1Char(':'));
                scan.therapists.push_back(therapist(parts[0], parts[1], QString(parts[2]).replace(QLatin1Char(','), QLatin1Char(' '))));
            }
            return scan;
        };
        const std::optional<RecordedScan> previous = before.isEmpty() ? std::nullopt : std::optional<RecordedScan>(scanOf(before, 1));
        const ScanDiff diff = compareScans(previous, scanOf(after, 2));
        QTEST(keysOf(diff.newlyBroken).join(QLatin1Char(',')), "newlyBroken");
        QTEST(keysOf(diff.healed).join(QLatin1Char(',')), "healed");
        QTEST(keysOf(diff.stillBroken).join(QLatin1Char(',')), "stillBroken");
        QStringList duplicate;
        if (const auto found = diff.appeared.find(FindingCode::DuplicateRun); found != diff.appeared.end()) {
            for (const RecordedTherapist &t : found->second)
                duplicate << t.key;
        }
        QTEST(duplicate.join(QLatin1Char(',')), "appearedDuplicate");
        QCOMPARE(diff.previousId, previous ? 1 : 0);
    }

    // The first recorded scan has nothing to compare with: neither the text nor the JSON calls its broken
    // therapists "newly broken"; they are listed as broken in this scan, and the JSON says first_scan.
    void firstScanSaysThereIsNothingToCompare()
    {
        RecordedScan only;
        only.id = 1;
        only.therapists = {therapist(QStringLiteral("1"), Verdict::Broken, QStringLiteral("MISSING_DB_ID")),
                           therapist(QStringLiteral("2"), Verdict::Healthy, QString())};
        const ScanDiff first = compareScans(std::nullopt, only);
        const nlohmann::json json = scanDiffToJson(first, CodeTrend{});
        QVERIFY(json["first_scan"].get<bool>());
        QVERIFY(json["previous"].is_null());
        QVERIFY(json["newly_broken"].is_array() && json["newly_broken"].empty());
        QCOMPARE(json["broken"].size(), size_t(1));
        QCOMPARE(json["broken"][0]["therapist_id"].get<std::string>(), std::string("1"));
        const QString text = scanDiffText(first, CodeTrend{});
        QVERIFY2(text.contains(QStringLiteral("no earlier scan to compare with")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Newly broken")) && !text.contains(QStringLiteral("newly broken")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Broken in this scan: 1")) && text.contains(QStringLiteral("10000000001")), qPrintable(text));

        // A second scan is compared as before; "broken" lists the newly and the still broken.
        RecordedScan next = only;
        next.id = 2;
        next.therapists.push_back(therapist(QStringLiteral("3"), Verdict::Broken, QStringLiteral("STALE_DB_ID")));
        const ScanDiff second = compareScans(only, next);
        const nlohmann::json secondJson = scanDiffToJson(second, CodeTrend{});
        QVERIFY(!secondJson["first_scan"].get<bool>());
        QCOMPARE(secondJson["previous"]["id"].get<qint64>(), qint64(1));
        QCOMPARE(secondJson["newly_broken"].size(), size_t(1));
        QCOMPARE(secondJson["newly_broken"][0]["therapist_id"].get<std::string>(), std::string("3"));
        QCOMPARE(secondJson["still_broken"].size(), size_t(1));
        QCOMPARE(secondJson["broken"].size(), size_t(2));
        const QString secondText = scanDiffText(second, CodeTrend{});
        QVERIFY2(secondText.contains(QStringLiteral("Newly broken: 1")) && !secondText.contains(QStringLiteral("no earlier scan")),
                 qPrintable(secondText));
    }

    void trendIsOldestFirst()
    {
        ScanSummary older{1, {}, {}, 10, 2, {{QStringLiteral("MISSING_DB_ID"), 2}}};
        ScanSummary newer{2, {}, {}, 10, 1, {{QStringLiteral("STALE_DB_ID"), 1}}};
        const CodeTrend trend = trendOf({newer, older});
        QCOMPARE(trend.scanIds, (std::vector<qint64>{1, 2}));
        QCOMPARE(trend.counts.at(QStringLiteral("MISSING_DB_ID")), (std::vector<int>{2, 0}));
        QCOMPARE(trend.counts.at(QStringLiteral("STALE_DB_ID")), (std::vector<int>{0, 1}));
    }

    void notificationRedactsEmails()
    {
        ScanDiff diff;
        diff.currentId = 7;
        TherapistChange change;
        change.now = therapist(QStringLiteral("1"), Verdict::Broken, QStringLiteral("MULTIPLE_UNIQUE_LABEL"));
        diff.newlyBroken.push_back(change);
        const std::optional<nlohmann::json> redacted = notificationFor(diff, QStringLiteral("prod"), false);
        QVERIFY(redacted);
        QCOMPARE((*redacted)["newly_broken"][0]["email"].get<std::string>(), std::string("p***@example.com"));
        QVERIFY((*redacted)["text"].get<std::string>().find("10000000001") != std::string::npos);
        const std::optional<nlohmann::json> shown = notificationFor(diff, QStringLiteral("prod"), true);
        QCOMPARE((*shown)["newly_broken"][0]["email"].get<std::string>(), std::string("person1@example.com"));
        QVERIFY(!notificationFor(ScanDiff{}, QStringLiteral("prod"), false));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        ScanStore::registerMigrations();
        auto opened = workspace::Workspace::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().describe()));
        ScanStore store(*opened.value());
        RecordedScan scan;
        scan.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        scan.finishedAt = scan.startedAt.addSecs(30);
        scan.profile = QStringLiteral("p");
        scan.operatorName = QStringLiteral("ana");
        scan.therapists = {therapist(QStringLiteral("1"), Verdict::Broken, QStringLiteral("MISSING_DB_ID STALE_DB_ID")),
                           therapist(QStringLiteral("2"), Verdict::Healthy, QString())};
        Result<qint64> first = store.record(scan);
        QVERIFY(first);
        Result<qint64> second = store.record(scan);
        QVERIFY(second);
        QVERIFY(second.value() > first.value());
        Result<std::vector<ScanSummary>> recent = store.recent(5);
        QVERIFY(recent);
        QCOMPARE(recent->size(), size_t(2));
        QCOMPARE(recent->front().id, second.value());
        QCOMPARE(recent->front().broken, 1);
        QCOMPARE(recent->front().codes.at(QStringLiteral("STALE_DB_ID")), 1);
        Result<RecordedScan> loaded = store.load(first.value());
        QVERIFY(loaded);
        QCOMPARE(loaded->startedAt, scan.startedAt);
        QCOMPARE(loaded->therapists.size(), size_t(2));
        QCOMPARE(loaded->therapists[0].codes, (QStringList{QStringLiteral("MISSING_DB_ID"), QStringLiteral("STALE_DB_ID")}));
        QCOMPARE(loaded->therapists[1].codes, QStringList());
        QVERIFY(!store.load(999));
    }

    // Scan, record; an approved pull-ids on one MISSING_DB_ID therapist; scan, record: healed.
    void twoRecordedScansAroundAFixShowItHealed()
    {
        test::DemoFixture demo;
        const QString started = demo.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        Profile profile = demo.profile();
        profile.workspace.url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ws.sqlite"));

        app::InspectionRequest scan;
        scan.scan = true;
        scan.options.withEvidence = false;
        const app::InspectionOutcome before = app::runInspection(profile, scan);
        QVERIFY(before.status);
        QVERIFY(app::recordScan(profile, before, clock::nowUtc(), clock::nowUtc()));
        QCOMPARE(app::compareLatestScans(profile)->diff.previousId, 0);

        Result<fixes::PlanFile> plan = app::planFromScan(profile, fixes::FixKind::PullIds, FindingCode::MissingDbId, 1, QStringLiteral("alice"));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().describe()));
        QCOMPARE(plan->therapists.size(), size_t(1));
        const QString contact = plan->therapists.front().contactId;
        QVERIFY(fixes::approvePlan(plan.value(), QStringLiteral("bob"), clock::nowUtc()));
        Result<app::PlanApplySummary> applied = app::applyPlanFile(profile, plan.value(), dir.filePath(QStringLiteral("plan.journal")), QStringLiteral("carol"));
        QVERIFY(applied);
        QCOMPARE(applied->appliedAndVerified.size(), 1);

        const app::InspectionOutcome after = app::runInspection(profile, scan);
        QVERIFY(app::recordScan(profile, after, clock::nowUtc(), clock::nowUtc()));
        Result<app::ScanComparison> comparison = app::compareLatestScans(profile);
        QVERIFY(comparison);
        QStringList healed;
        for (const TherapistChange &change : comparison->diff.healed)
            healed << change.now.contactId;
        QVERIFY2(healed.contains(contact), qPrintable(healed.join(QLatin1Char(' '))));
        QVERIFY(comparison->diff.newlyBroken.empty());
        QCOMPARE(comparison->trend.scanIds.size(), size_t(2));
        const std::vector<int> &missing = comparison->trend.counts.at(FindingCode::MissingDbId);
        QCOMPARE(missing.size(), size_t(2));
        QVERIFY(missing[1] < missing[0]);
        clock::unpin();
    }

    void watchPostsToAWebhookOnANewBreak()
    {
        test::DemoFixture demo;
        const QString started = demo.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        Profile profile = demo.profile();
        profile.workspace.url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ws.sqlite"));
        test::ScriptedHttpServer webhook;
        QVERIFY(webhook.listen());
        webhook.setHandler([](const test::ScriptedHttpServer::Request &) { return test::ScriptedHttpServer::Response::json(200, "{\"ok\":true}"); });

        app::WatchOptions options;
        options.evidence = false;
        // The first round sets the baseline (its notification goes nowhere: no target yet).
        app::WatchCycleResult baseline = app::runWatchCycle(profile, options);
        QVERIFY2(baseline.status, baseline.status ? "" : qPrintable(baseline.status.error().describe()));

        options.notifyUrl = webhook.baseUrl().toString() + QStringLiteral("/hooks/T000/B000/secret");
        app::WatchCycleResult quiet = app::runWatchCycle(profile, options);
        QVERIFY(quiet.status);
        QVERIFY(!quiet.notification);
        QCOMPARE(webhook.requestCount(), 0);

        // A healthy therapist gets a second Active Attested object: MULTIPLE_UNIQUE_LABEL.
        const QString healthy = demo.contactsTagged(QStringLiteral("HEALTHY")).value(0);
        QVERIFY(!healthy.isEmpty());
        sandbox::World &world = demo.server().world();
        sandbox::HubObject object;
        object.id = 99000000001;
        object.type = sandbox::demo::kCredentialing;
        object.createdAt = world.nowMs() - 3600 * 1000;
        object.updatedAt = object.createdAt;
        world.objects[object.id] = object;
        world.addAssociation({healthy.toLongLong(), sandbox::demo::kCredentialing, object.id, {sandbox::demo::kActiveAttested}});

        app::WatchCycleResult broke = app::runWatchCycle(profile, options);
        QVERIFY2(broke.status, broke.status ? "" : qPrintable(broke.status.error().describe()));
        QVERIFY(broke.delivery);
        QCOMPARE(webhook.requestCount(), 1);
        const test::ScriptedHttpServer::Request request = webhook.requests().front();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/hooks/T000/B000/secret"));
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        QVERIFY(request.header("Authorization").isEmpty());
        const nlohmann::json body = nlohmann::json::parse(request.body.toStdString());
        QVERIFY(body["text"].get<std::string>().find(healthy.toStdString()) != std::string::npos);
        QCOMPARE(body["newly_broken"].size(), size_t(1));
        QCOMPARE(body["newly_broken"][0]["contact_id"].get<std::string>(), healthy.toStdString());
        QVERIFY(body["newly_broken"][0]["email"].get<std::string>().find("***@") != std::string::npos);
        const QByteArray token = qgetenv(sandbox::DemoEnvironment::kHubSpotTokenEnv);
        QVERIFY(!token.isEmpty());
        QVERIFY(!request.body.contains(token));
        clock::unpin();
    }
};

QTEST_MAIN(TestScanWatch)
#include "tst_scanwatch.moc"
