// Issue 10's cases 3–5 as pure units: the list says what a verdict rests on (3), a verified fix turns
// earlier evidence into history (4), and failures get their own words (5).
#include "core/diagnosis/diagnosis.h"
#include "core/evidence/sentryparse.h"
#include "core/fixes/fixheadline.h"
#include "core/fixes/fixhistory.h"
#include "core/hubspot/hubspotparse.h"
#include "core/report/reporttext.h"
#include "core/report/verdict.h"
#include "models/therapistlistmodel.h"
#include "tst_diagnosis_fixtures.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace credsync;
using namespace credsync::test::fixtures;

namespace {

// Ids and labels right: one Credentialing object labelled Active Attested, the column pointing at it.
TherapistReport healthyReport()
{
    TherapistReport report;
    report.snapshot = withColumns(snapshot(), kNew, std::nullopt);
    report.snapshot.objects = {object(kNew, at(90), {kAA})};
    report.findings = diagnosis::diagnose(report.snapshot, profile(), later());
    return report;
}

TherapistReport withIssue(TherapistReport report, const QDateTime &lastSeen)
{
    report.snapshot.errors = {sentryIssue(QStringLiteral("4001"), missingIdTitle(), 3, lastSeen)};
    report.snapshot.evidenceRead = true;
    report.findings = diagnosis::diagnose(report.snapshot, profile(), later());
    return report;
}

QStringList codes(const TherapistReport &report)
{
    QStringList out;
    for (const Finding &finding : report.findings)
        out << finding.code;
    return out;
}

fixes::TherapistResult therapistResult(fixes::FixOutcome outcome, const QString &message, const QString &holder = {})
{
    fixes::TherapistResult result;
    result.outcome = outcome;
    result.message = message;
    result.lockHolder = holder;
    return result;
}

} // namespace

class TestVerdictWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyReportIsHealthy()
    {
        const TherapistReport report = healthyReport();
        QVERIFY2(report.findings.empty(), qPrintable(codes(report).join(QLatin1Char(' '))));
        QCOMPARE(verdict::assess(report).verdict, verdict::Verdict::Healthy);
        QCOMPARE(verdict::assess(report).depth, verdict::Depth::Ids);
    }

    // Case 3: a row listed by a scan (ids depth) does not say "Healthy": it says what was checked, and
    // says so while the full check runs; only the full check may say "Healthy".
    void listSaysWhatItRestsOn()
    {
        TherapistListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TherapistReport ids = healthyReport();
        model.setReports({ids});
        const QModelIndex status = model.index(0, TherapistListModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("ids and labels OK"));

        const QString key = status.data(TherapistListModel::KeyRole).toString();
        model.setChecking({key});
        QVERIFY(status.data(TherapistListModel::CheckingRole).toBool());
        QVERIFY2(status.data().toString().contains(QStringLiteral("checking logs and Sentry")), qPrintable(status.data().toString()));

        TherapistReport full = ids;
        full.snapshot.evidenceRead = true;
        model.addReports({full});
        model.setChecking({});
        QCOMPARE(status.data().toString(), QStringLiteral("Healthy"));
        QVERIFY(!status.data(TherapistListModel::CheckingRole).toBool());

        // A failed HubSpot read is Unknown, with the reason in the tooltip, never Healthy.
        TherapistReport unknown = ids;
        unknown.snapshot.hubspotLoaded = false;
        unknown.snapshot.objects.clear();
        unknown.snapshot.problems = {{QStringLiteral("hubspot"), QStringLiteral("HubSpot association read failed: 503 Service Unavailable")}};
        unknown.findings = diagnosis::diagnose(unknown.snapshot, profile(), later());
        model.addReports({unknown});
        QCOMPARE(status.data().toString(), QStringLiteral("Unknown"));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("503")));
        QVERIFY(!unknown.healthy());
    }

    // Evidence that failed to load leaves the depth at ids, whatever was asked for.
    void failedEvidenceIsNotFullDepth()
    {
        TherapistReport report = healthyReport();
        report.snapshot.evidenceRead = true;
        report.snapshot.problems = {{QStringLiteral("sentry"), QStringLiteral("errors unavailable: Sentry answered 401")}};
        const verdict::Assessment assessment = verdict::assess(report);
        QCOMPARE(assessment.verdict, verdict::Verdict::Healthy);
        QCOMPARE(assessment.depth, verdict::Depth::Ids);
    }

    // Case 4: after a verified fix, a Sentry issue last seen before it is history (no SYNC_ERRORS, the
    // verdict follows the current state); one seen after the fix brings the finding back.
    void resolvedMeansResolved()
    {
        const QDateTime fixedAt = at(10 * 24 * 3600);
        TherapistReport before = withIssue(healthyReport(), fixedAt.addSecs(-600));
        QVERIFY(codes(before).contains(FindingCode::SyncErrors)); // no fix recorded: still a finding
        QCOMPARE(verdict::assess(before).verdict, verdict::Verdict::Attention);

        TherapistReport afterFix = before;
        afterFix.snapshot.fixVerifiedAt = fixedAt;
        afterFix.findings = diagnosis::diagnose(afterFix.snapshot, profile(), later());
        QVERIFY2(afterFix.findings.empty(), qPrintable(codes(afterFix).join(QLatin1Char(' '))));
        QCOMPARE(verdict::assess(afterFix).verdict, verdict::Verdict::Healthy);
        QCOMPARE(verdict::assess(afterFix).depth, verdict::Depth::Full);
        QVERIFY(diagnosis::isHistory(afterFix.snapshot.errors.front().lastSeen, afterFix.snapshot));
        // The issue is still shown, marked as history with the fix's time.
        report::TextOptions options;
        options.displayZone = QTimeZone::utc();
        const QString text = report::therapistText(afterFix, profile(), AccountInfo{}, options);
        QVERIFY2(text.contains(QStringLiteral("before the fix of %1").arg(fixedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))),
                 qPrintable(text));

        TherapistReport regression = withIssue(healthyReport(), fixedAt.addSecs(600));
        regression.snapshot.fixVerifiedAt = fixedAt;
        regression.findings = diagnosis::diagnose(regression.snapshot, profile(), later());
        QVERIFY(codes(regression).contains(FindingCode::SyncErrors));
        QVERIFY(!diagnosis::isHistory(regression.snapshot.errors.front().lastSeen, regression.snapshot));
    }

    // Log lines before the fix make no RAPID_ID_CHANGES either.
    void logsBeforeTheFixAreHistory()
    {
        TherapistReport report = healthyReport();
        report.snapshot.logEvents = {setEvent(at(100), kColAA, kOld), setEvent(at(200), kColAA, kNew),
                                     setEvent(at(300), kColAA, kOld), setEvent(at(400), kColAA, kNew)};
        report.findings = diagnosis::diagnose(report.snapshot, profile(), later());
        QVERIFY(codes(report).contains(FindingCode::RapidIdChanges));
        report.snapshot.fixVerifiedAt = at(1000);
        report.findings = diagnosis::diagnose(report.snapshot, profile(), later());
        QVERIFY(!codes(report).contains(FindingCode::RapidIdChanges));
    }

    // The audit decides when a fix was verified: only "applied" runs of this therapist count.
    void lastVerifiedFixFromTheAudit()
    {
        Therapist therapist;
        therapist.id = QStringLiteral("t-1");
        therapist.contactId = kContact;
        auto entry = [](const QString &key, const QString &outcome, const QDateTime &finished) {
            fixes::AuditEntry e;
            e.therapistKey = key;
            e.outcome = outcome;
            e.finishedAt = finished;
            return e;
        };
        std::vector<fixes::AuditEntry> entries{entry(QStringLiteral("t-1"), QStringLiteral("applied"), at(100)),
                                               entry(QStringLiteral("t-1"), QStringLiteral("locked"), at(900)),
                                               entry(QStringLiteral("t-2"), QStringLiteral("applied"), at(950)),
                                               entry(QStringLiteral("t-1"), QStringLiteral("applied"), at(500)),
                                               entry(QStringLiteral("t-1"), QStringLiteral("verify-failed"), at(990))};
        QCOMPARE(fixes::lastVerifiedFix(entries, therapist), at(500));
        therapist.id = QStringLiteral("t-3");
        therapist.contactId = QStringLiteral("1");
        QVERIFY(!fixes::lastVerifiedFix(entries, therapist).isValid());
    }

    // Case 5: a malformed labels answer is an error, not "the portal has no label".
    void malformedLabelsAreAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("results text") << QByteArray(R"({"results":"x"})");
        QTest::newRow("typeId text") << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":"abc","label":"Active"}]})");
        QTest::newRow("label a number") << QByteArray(R"({"results":[{"category":"USER_DEFINED","typeId":142,"label":7}]})");
        QTest::newRow("entry a list") << QByteArray(R"({"results":[[1]]})");
    }
    void malformedLabelsAreAnError()
    {
        QFETCH(QByteArray, body);
        const Result<std::vector<LabelDefinition>> labels = hubspot::parse::labels(body);
        QVERIFY(!labels.ok());
        QCOMPARE(labels.error().kind, Error::Kind::BadResponse);
        const Error restated = hubspot::parse::malformedAnswer(labels.error(), QStringLiteral("GET labels 0-1→2-1"), body);
        QVERIFY2(restated.message.startsWith(QStringLiteral("HubSpot answered malformed data for GET labels 0-1→2-1: ")),
                 qPrintable(restated.message));
    }

    void documentedLabelsStillParse()
    {
        const Result<std::vector<LabelDefinition>> labels = hubspot::parse::labels(
            R"({"results":[{"category":"HUBSPOT_DEFINED","typeId":279,"label":null},{"category":"USER_DEFINED","typeId":142,"label":"Active Attested"}]})");
        QVERIFY(labels.ok());
        QCOMPARE(labels->size(), std::size_t(2));
        QCOMPARE(labels->at(1).typeId, 142);
    }

    // Case 5: [{"id":5}] is not "SYNC_ERRORS 0 times at an unknown time": it is a malformed answer.
    void malformedSentryIssues_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("numeric id only") << QByteArray(R"([{"id":5}])");
        QTest::newRow("no count") << QByteArray(R"([{"id":"5","title":"x","lastSeen":"2026-11-20T10:00:00Z"}])");
        QTest::newRow("count not a number") << QByteArray(R"([{"id":"5","title":"x","count":"many","lastSeen":"2026-11-20T10:00:00Z"}])");
        QTest::newRow("no lastSeen") << QByteArray(R"([{"id":"5","title":"x","count":"2"}])");
        QTest::newRow("too deep") << QByteArray(QByteArray(100, '[') + QByteArray(100, ']'));
    }
    void malformedSentryIssues()
    {
        QFETCH(QByteArray, body);
        const Result<std::vector<SentryIssue>> issues = evidence::parseSentryIssues(body);
        QVERIFY(!issues.ok());
        QCOMPARE(issues.error().kind, Error::Kind::BadResponse);
    }

    void documentedSentryIssueParses()
    {
        const Result<std::vector<SentryIssue>> issues = evidence::parseSentryIssues(
            R"([{"id":"4001","title":"Boom","count":"14","firstSeen":"2026-11-19T10:00:00Z","lastSeen":"2026-11-20T10:00:00.123Z"}])");
        QVERIFY(issues.ok());
        QCOMPARE(issues->front().count, 14);
    }

    // Case 5: the fix header counts what happened; it never says "Applied" for a locked or refused run.
    void fixHeadlineCountsOutcomes()
    {
        fixes::FixPlan plan;
        plan.profileName = QStringLiteral("demo");
        fixes::FixResult result;
        result.kind = fixes::FixKind::Relabel;
        result.therapists = {therapistResult(fixes::FixOutcome::Applied, QStringLiteral("verified")),
                             therapistResult(fixes::FixOutcome::Locked, QStringLiteral("held"), QStringLiteral("ana@desk-2")),
                             therapistResult(fixes::FixOutcome::Refused, QStringLiteral("no object carries Active Attested"))};
        const QString line = fixes::resultHeadline(result, plan);
        QVERIFY2(line.contains(QStringLiteral("1 applied and verified")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("1 locked by ana@desk-2")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("1 refused: no object carries Active Attested")), qPrintable(line));
        QVERIFY(!line.startsWith(QStringLiteral("Applied")));

        result.therapists = {therapistResult(fixes::FixOutcome::Locked, QStringLiteral("held"), QStringLiteral("worker"))};
        const QString locked = fixes::resultHeadline(result, plan);
        QVERIFY2(!locked.contains(QStringLiteral("applied"), Qt::CaseInsensitive), qPrintable(locked));
    }
};

QTEST_MAIN(TestVerdictWords)
#include "tst_verdictwords.moc"
