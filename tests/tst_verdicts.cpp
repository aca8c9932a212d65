// Honest verdicts against the sandbox over real HTTP: a scan whose HubSpot reads fail or come back in an
// undocumented shape calls nobody healthy (issue 10, case 1), and doctor asks Sentry for real (case 2).
#include "core/doctor.h"
#include "core/evidence/evidencewindows.h"
#include "core/export/markdownexport.h"
#include "core/report/reporttext.h"
#include "core/report/reportjson.h"
#include "core/report/scansummary.h"
#include "core/report/verdict.h"
#include "demofixture.h"
#include "sandbox/faultrules.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace credsync;
using credsync::test::DemoFixture;

namespace {

const QString kBatchRead = QStringLiteral("^/crm/v4/associations/[^/]+/[^/]+/batch/read$");

sandbox::FaultRule answer(int status, const QByteArray &body)
{
    sandbox::FaultRule rule;
    rule.method = "POST";
    rule.pathPattern = kBatchRead;
    rule.status = status;
    rule.body = body;
    return rule;
}

struct DoctorRun
{
    bool finished = false;
    bool allOk = true;
    std::vector<DoctorCheck> checks;

    const DoctorCheck *find(const QString &source, const QString &title) const
    {
        for (const DoctorCheck &check : checks) {
            if (check.source == source && check.title == title)
                return &check;
        }
        return nullptr;
    }
};

DoctorRun runDoctor(const Profile &profile)
{
    DoctorRun run;
    Doctor doctor(profile);
    QObject::connect(&doctor, &Doctor::checkDone, &doctor, [&](const DoctorCheck &check) { run.checks.push_back(check); });
    QObject::connect(&doctor, &Doctor::finished, &doctor, [&](bool ok) {
        run.allOk = ok;
        run.finished = true;
    });
    doctor.run();
    if (!QTest::qWaitFor([&] { return run.finished; }, 60000))
        run.finished = false; // the caller checks finished
    return run;
}

} // namespace

class TestVerdicts : public QObject
{
    Q_OBJECT

    DemoFixture m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString error = m_demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_demo.server().clearFaults(); }

    // Without faults the demo world gives no unknown verdict: the strict parsing accepts HubSpot's
    // documented shapes, and a scan is ids depth while an inspection with evidence is full.
    void cleanWorldHasNoUnknown()
    {
        auto inspector = m_demo.connectedInspector();
        const test::InspectionResult scan = m_demo.scan(*inspector);
        QVERIFY(scan.status.ok());
        QVERIFY(scan.reports.size() > 10);
        verdict::Counts counts;
        for (const TherapistReport &report : scan.reports) {
            const verdict::Assessment assessment = verdict::assess(report);
            QVERIFY2(assessment.verdict != verdict::Verdict::Unknown, qPrintable(assessment.unknownReason));
            counts.add(assessment);
            if (report.findings.empty())
                QCOMPARE(assessment.depth, verdict::Depth::Ids);
        }
        QVERIFY(counts.count(verdict::Verdict::Healthy) > 0);
        QVERIFY(counts.count(verdict::Verdict::Broken) > 0);

        const QStringList healthy = m_demo.contactsTagged(QStringLiteral("HEALTHY"));
        QVERIFY(!healthy.isEmpty());
        // Every healthy therapist inspected with evidence is checked in full; the ones whose history is older
        // than what Loki or Sentry keep say so (history_cut, the window's note as depth_reason).
        const test::InspectionResult full = m_demo.inspect(*inspector, healthy, true);
        QCOMPARE(full.reports.size(), std::size_t(healthy.size()));
        int cut = 0;
        for (const TherapistReport &report : full.reports) {
            const verdict::Assessment assessment = verdict::assess(report);
            QCOMPARE(assessment.verdict, verdict::Verdict::Healthy);
            QCOMPARE(assessment.depth, verdict::Depth::Full);
            const bool whole = std::all_of(report.snapshot.evidenceWindows.begin(), report.snapshot.evidenceWindows.end(),
                                           [](const EvidenceWindow &window) { return window.complete; });
            QCOMPARE(assessment.historyCut, !whole);
            QCOMPARE(assessment.depthReason.isEmpty(), whole);
            const nlohmann::json json = report::therapistToJson(report, m_demo.profile(), inspector->accountInfo());
            QCOMPARE(json.at("verdict"), "healthy");
            QCOMPARE(json.at("depth"), "full");
            QCOMPARE(json.at("healthy"), true);
            QCOMPARE(json.at("history_cut"), !whole);
            cut += whole ? 0 : 1;
        }
        qInfo("healthy demo therapists: %d, of which %d with a cut evidence window", int(full.reports.size()), cut);
    }

    // Verdicts never more certain than what was read. A window that a source's retention cut
    // (loki.lookback_days, sentry.retention_days) is named as what limits the check (depth_reason,
    // history_cut) and the check is not worded as a full one; evidence not read or a failed log or Sentry
    // read keeps the depth at ids. Only whole windows that answered make a check full without a caveat.
    void cutEvidenceWindowIsNamed_data()
    {
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("lokiComplete");
        QTest::addColumn<bool>("sentryComplete");
        QTest::addColumn<QString>("problemSource");
        QTest::addColumn<QString>("depth");
        QTest::addColumn<bool>("historyCut");
        QTest::addColumn<QString>("reason");
        const QString lokiNote = QStringLiteral("Loki keeps 30 days (since 2026-11-06); this therapist's history starts 2026-08-25");
        const QString sentryNote = QStringLiteral("Sentry keeps 90 days (since 2026-09-07)");
        QTest::newRow("both windows whole") << true << true << true << QString() << QStringLiteral("full") << false << QString();
        QTest::newRow("loki cut") << true << false << true << QString() << QStringLiteral("full") << true << lokiNote;
        QTest::newRow("sentry cut") << true << true << false << QString() << QStringLiteral("full") << true << sentryNote;
        QTest::newRow("both cut") << true << false << false << QString() << QStringLiteral("full") << true << lokiNote;
        QTest::newRow("not read") << false << true << true << QString() << QStringLiteral("ids") << false
                                  << QStringLiteral("Logs and Sentry were not read.");
        QTest::newRow("loki failed") << true << true << true << QStringLiteral("loki") << QStringLiteral("ids") << false
                                     << QStringLiteral("logs unavailable");
        QTest::newRow("sentry failed, loki cut") << true << false << true << QStringLiteral("sentry") << QStringLiteral("ids") << true
                                                 << QStringLiteral("logs unavailable");
    }
    void cutEvidenceWindowIsNamed()
    {
        QFETCH(bool, read);
        QFETCH(bool, lokiComplete);
        QFETCH(bool, sentryComplete);
        QFETCH(QString, problemSource);
        QFETCH(QString, depth);
        QFETCH(bool, historyCut);
        QFETCH(QString, reason);
        const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());
        TherapistReport report;
        TherapistSnapshot &s = report.snapshot;
        s.hubspotLoaded = true;
        s.evidenceRead = read;
        s.takenAt = now;
        s.therapist.id = QStringLiteral("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
        s.therapist.contactId = QStringLiteral("161204877310");
        s.therapist.createdAt = QDateTime(QDate(2026, 8, 25), QTime(14, 0), QTimeZone::utc());
        Therapist recent = s.therapist;
        recent.createdAt = now.addDays(-3);
        LokiProfile loki;
        loki.lookbackDays = 30;
        s.evidenceWindows = {evidence::lokiWindow(loki, lokiComplete ? recent : s.therapist, QDateTime(), now),
                             evidence::sentryWindow(SentryProfile{}, sentryComplete ? recent : s.therapist, QDateTime(), now)};
        QCOMPARE(s.evidenceWindows[0].complete, lokiComplete);
        QCOMPARE(s.evidenceWindows[1].complete, sentryComplete);
        if (!problemSource.isEmpty())
            s.problems.push_back({problemSource, QStringLiteral("logs unavailable: answered 503")});

        const verdict::Assessment assessment = verdict::assess(report);
        QCOMPARE(assessment.verdict, verdict::Verdict::Healthy); // what was read is fine; only the reach is limited
        QCOMPARE(verdict::depthName(assessment.depth), depth);
        QCOMPARE(assessment.historyCut, historyCut);
        if (reason.isEmpty())
            QVERIFY2(assessment.depthReason.isEmpty(), qPrintable(assessment.depthReason));
        else
            QVERIFY2(assessment.depthReason.contains(reason), qPrintable(assessment.depthReason));
        const nlohmann::json json = report::therapistToJson(report, Profile{}, AccountInfo{});
        QCOMPARE(QString::fromStdString(json.at("depth").get<std::string>()), depth);
        QCOMPARE(QString::fromStdString(json.at("depth_reason").get<std::string>()), assessment.depthReason);
        QCOMPARE(json.at("history_cut").get<bool>(), historyCut);
        // The words never call a cut check a full one: not in the CLI's text, not in the export.
        const QString text = report::therapistText(report, Profile{}, AccountInfo{}, report::TextOptions{});
        QCOMPARE(text.contains(QStringLiteral("(checked: ids, labels, logs and Sentry)")), depth == QLatin1String("full") && !historyCut);
        exporting::ExportContent content;
        content.reports = {report};
        const QString markdown = exporting::markdownExport(content, exporting::ExportOptions{});
        QCOMPARE(markdown.contains(QStringLiteral("checked in full")), depth == QLatin1String("full") && !historyCut);
        QCOMPARE(markdown.contains(QStringLiteral("as far back as they keep")), depth == QLatin1String("full") && historyCut);
    }

    // Case 1: a 503 or a malformed 200 on every association batch read makes every therapist unknown,
    // with the reason named; never healthy, never NO_OBJECTS.
    void scanWithBrokenAssociationReads_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("503") << 503 << QByteArray() << QStringLiteral("HubSpot association read failed: 503");
        QTest::newRow("results is text") << 200 << QByteArray(R"({"results":"x"})") << QStringLiteral("HubSpot answered malformed data for");
        QTest::newRow("a list") << 200 << QByteArray("[]") << QStringLiteral("HubSpot answered malformed data for");
        QTest::newRow("null") << 200 << QByteArray("null") << QStringLiteral("HubSpot answered malformed data for");
        QTest::newRow("empty object") << 200 << QByteArray("{}") << QStringLiteral("HubSpot answered malformed data for");
        QTest::newRow("to is null") << 200 << QByteArray(R"({"results":[{"to":null}]})") << QStringLiteral("HubSpot answered malformed data for");
        QTest::newRow("no errors, no results") << 200 << QByteArray(R"({"status":"COMPLETE","results":[]})")
                                               << QStringLiteral("said nothing about");
        QTest::newRow("nested lists") << 200 << QByteArray(R"({"results":[[[[]]]]})") << QStringLiteral("HubSpot answered malformed data for");
    }
    void scanWithBrokenAssociationReads()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        m_demo.server().addFault(answer(status, body));
        auto inspector = m_demo.connectedInspector();
        const test::InspectionResult scan = m_demo.scan(*inspector, 40);
        QVERIFY(scan.reports.size() >= 20);
        verdict::Counts counts;
        for (const TherapistReport &report : scan.reports) {
            const verdict::Assessment assessment = verdict::assess(report);
            counts.add(assessment);
            QCOMPARE(assessment.verdict, verdict::Verdict::Unknown);
            QVERIFY2(assessment.unknownReason.contains(reason), qPrintable(assessment.unknownReason));
            QVERIFY(!report.healthy());
            for (const Finding &finding : report.findings)
                QVERIFY2(finding.code != FindingCode::NoObjects, "a failed read is not 'no objects'");
            const nlohmann::json json = report::therapistToJson(report, m_demo.profile(), inspector->accountInfo());
            QCOMPARE(json.at("verdict"), "unknown");
            QCOMPARE(json.at("healthy"), false);
            QCOMPARE(json.at("depth"), "ids");
            QVERIFY(!json.at("unavailable").empty());
            QCOMPARE(json.at("unavailable").at(0).at("source"), "hubspot");
            QVERIFY(QString::fromStdString(json.at("unavailable").at(0).at("reason").get<std::string>()).contains(reason));
        }
        QCOMPARE(counts.count(verdict::Verdict::Unknown), counts.therapists());
        QCOMPARE(counts.toJson().at("healthy"), 0);
        // The summary names the unknown count and its reason before anything else.
        const QString summary = report::scanSummaryText(counts, 1.0);
        QVERIFY2(summary.contains(QStringLiteral("%1 unknown (").arg(counts.therapists())), qPrintable(summary));
        QVERIFY(summary.indexOf(QStringLiteral("unknown")) < summary.indexOf(QStringLiteral("ids and labels OK")));
    }

    // Case 1, inspect: one contact's answer with an id that is not a 64-bit integer is malformed, not
    // "one object fewer" (which would read as NO_OBJECTS).
    void inspectWithUnreadableIds_data()
    {
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("huge") << QByteArray(R"([{"toObjectId":99999999999999999999,"associationTypes":[]}])");
        QTest::newRow("negative") << QByteArray(R"([{"toObjectId":-5,"associationTypes":[]}])");
        QTest::newRow("fraction") << QByteArray(R"([{"toObjectId":161204877310.5,"associationTypes":[]}])");
        QTest::newRow("text") << QByteArray(R"([{"toObjectId":"abc","associationTypes":[]}])");
        QTest::newRow("nested lists") << QByteArray(R"([[[{"toObjectId":1}]]])");
        QTest::newRow("deep") << QByteArray(QByteArray(200, '[') + QByteArray(200, ']'));
    }
    void inspectWithUnreadableIds()
    {
        QFETCH(QByteArray, to);
        const QString contact = m_demo.contactsTagged(QStringLiteral("HEALTHY")).front();
        m_demo.server().addFault(answer(200, R"({"status":"COMPLETE","results":[{"from":{"id":")" + contact.toUtf8() + R"("},"to":)" + to + "}]}"));
        auto inspector = m_demo.connectedInspector();
        const test::InspectionResult result = m_demo.inspect(*inspector, {contact}, false);
        QCOMPARE(result.reports.size(), std::size_t(1));
        const verdict::Assessment assessment = verdict::assess(result.reports.front());
        QCOMPARE(assessment.verdict, verdict::Verdict::Unknown);
        QVERIFY2(assessment.unknownReason.contains(QStringLiteral("HubSpot answered malformed data for POST /crm/v4/associations/")),
                 qPrintable(assessment.unknownReason));
        QVERIFY(result.reports.front().findings.empty());
    }

    // Case 2: doctor reads Sentry's organization, project and issues for real; a wrong token, host,
    // organization or project fails a sentry line and the run.
    void doctorAsksSentry_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("wrong token") << QStringLiteral("token");
        QTest::newRow("unreachable host") << QStringLiteral("host");
        QTest::newRow("no such organization") << QStringLiteral("org");
        QTest::newRow("no such project") << QStringLiteral("project");
    }
    void doctorAsksSentry()
    {
        QFETCH(QString, what);
        Profile profile = m_demo.profile();
        if (what == QLatin1String("token")) {
            qputenv("CREDSYNC_TST_WRONG_SENTRY_TOKEN", "not-the-token");
            profile.sentry.tokenEnv = QStringLiteral("CREDSYNC_TST_WRONG_SENTRY_TOKEN");
        } else if (what == QLatin1String("host")) {
            profile.sentry.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        } else if (what == QLatin1String("org")) {
            profile.sentry.org = QStringLiteral("no-such-org");
        } else {
            profile.sentry.project = QStringLiteral("no-such-project");
        }
        const DoctorRun run = runDoctor(profile);
        QVERIFY(run.finished);
        QVERIFY(!run.allOk);
        bool sentryFailed = false;
        for (const DoctorCheck &check : run.checks) {
            if (check.source == QLatin1String("sentry") && check.status == DoctorCheck::Status::Failed) {
                sentryFailed = true;
                QVERIFY(!check.hint.isEmpty());
            }
            if (check.source == QLatin1String("sentry"))
                QVERIFY2(check.status != DoctorCheck::Status::Ok || check.title != QLatin1String("issues readable"),
                         qPrintable(check.detail));
        }
        QVERIFY(sentryFailed);
    }

    void doctorPassesOnTheDemo()
    {
        const DoctorRun run = runDoctor(m_demo.profile());
        QVERIFY(run.finished);
        for (const DoctorCheck &check : run.checks)
            QVERIFY2(check.status != DoctorCheck::Status::Failed, qPrintable(check.source + QStringLiteral(": ") + check.title + QStringLiteral(" — ") + check.detail));
        QVERIFY(run.allOk);
        for (const QString &title : {QStringLiteral("organization readable"), QStringLiteral("project found"), QStringLiteral("issues readable")}) {
            const DoctorCheck *check = run.find(QStringLiteral("sentry"), title);
            QVERIFY2(check, qPrintable(title));
            QCOMPARE(check->status, DoctorCheck::Status::Ok);
        }
        QVERIFY(run.find(QStringLiteral("workspace"), QStringLiteral("writable")));
        QVERIFY(run.find(QStringLiteral("workspace"), QStringLiteral("schema version")));
    }

    // A refused association-limits read fails its doctor line (it used to be a shrug).
    void doctorFailsOnRefusedLimits()
    {
        sandbox::FaultRule rule;
        rule.method = "GET";
        rule.pathPattern = QStringLiteral("^/crm/v4/associations/definitions/configurations/");
        rule.status = 403;
        m_demo.server().addFault(rule);
        const DoctorRun run = runDoctor(m_demo.profile());
        QVERIFY(run.finished);
        QVERIFY(!run.allOk);
    }
};

QTEST_GUILESS_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
