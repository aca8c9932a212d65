// The read pipeline end to end: the sandbox's demo world over loopback, the SQLite database made from
// it, the real HubSpot/Loki/Sentry clients, diagnosis and timeline.
#include <QtTest>

#include "core/inspector.h"
#include "demofixture.h"
#include "sandbox/faultrules.h"
#include "sandbox/sandboxserver.h"

#include <set>

using namespace credsync;
using namespace credsync::test;

class TestInspector : public QObject
{
    Q_OBJECT

    DemoFixture m_demo;

    int countRequests(const QString &pathPart, const QByteArray &method = {}) const
    {
        int count = 0;
        for (const sandbox::RequestRecord &record : const_cast<DemoFixture &>(m_demo).server().requests()) {
            if (record.path.contains(pathPart) && (method.isEmpty() || record.method == method))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString error = m_demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        m_demo.server().clearFaults();
        m_demo.server().clearRequests();
    }

    // Every scenario the demo world plants comes out of a scan with its finding code.
    void scanFindsEveryPlantedScenario()
    {
        Status status = Ok{};
        auto inspector = m_demo.connectedInspector(&status);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().describe()));
        const InspectionResult result = m_demo.scan(*inspector);
        QVERIFY(result.finished);
        QVERIFY(result.status.ok());
        QCOMPARE(int(result.reports.size()), 43);

        const QStringList codes = {FindingCode::MissingDbId, FindingCode::StaleDbId, FindingCode::NoObjects,
                                   FindingCode::MissingUniqueLabel, FindingCode::DuplicateRun};
        for (const QString &code : codes) {
            const QStringList contacts = m_demo.contactsTagged(code);
            QVERIFY2(!contacts.isEmpty(), qPrintable(code));
            for (const QString &contact : contacts) {
                const TherapistReport *report = result.byContact(contact);
                QVERIFY2(report, qPrintable(contact));
                QVERIFY2(findingCodes(*report).contains(code),
                         qPrintable(QStringLiteral("%1 %2: %3").arg(code, contact, findingCodes(*report).join(QLatin1Char(' ')))));
            }
        }
        for (const QString &contact : m_demo.contactsTagged(QStringLiteral("HEALTHY"))) {
            const TherapistReport *report = result.byContact(contact);
            QVERIFY(report);
            QVERIFY2(report->findings.empty(),
                     qPrintable(QStringLiteral("%1: %2").arg(contact, findingCodes(*report).join(QLatin1Char(' ')))));
        }
    }

    // A scan reads associations in batches: a handful of requests for 43 therapists, not one per therapist.
    void scanUsesBatchCalls()
    {
        auto inspector = m_demo.connectedInspector();
        m_demo.server().clearRequests();
        const InspectionResult result = m_demo.scan(*inspector);
        QVERIFY(result.status.ok());
        QCOMPARE(countRequests(QStringLiteral("/batch/read"), "POST") > 0, true);
        QCOMPARE(countRequests(QStringLiteral("/crm/v4/objects/0-1/")), 0);   // no per-contact association reads
        QCOMPARE(countRequests(QStringLiteral("/crm/v3/objects/2-"), "GET"), 0); // no per-object reads
        QVERIFY2(int(m_demo.server().requests().size()) <= 3 * 2 + 2,
                 qPrintable(QString::number(m_demo.server().requests().size())));
    }

    // The week's ticket: the id pull ran before the object existed, and the console says by how much.
    void missingIdTicketShowsPullBeforeCreate()
    {
        auto inspector = m_demo.connectedInspector();
        const QStringList ticket = m_demo.contactsTagged(FindingCode::MissingDbId);
        QVERIFY(ticket.size() >= 4);
        const InspectionResult result = m_demo.inspect(*inspector, ticket);
        QVERIFY(result.status.ok());
        int explained = 0;
        for (const TherapistReport &report : result.reports) {
            QVERIFY(findingCodes(report).contains(FindingCode::MissingDbId));
            for (const Finding &finding : report.findings) {
                if (finding.code != FindingCode::PullBeforeCreate)
                    continue;
                const double delta = finding.evidence.value("delta_seconds", -1.0);
                QVERIFY2(delta >= 30 && delta <= 120, qPrintable(QString::number(delta)));
                QVERIFY(!report.snapshot.logs.empty());
                QVERIFY(findingCodes(report).contains(FindingCode::SyncErrors));
                ++explained;
            }
        }
        QVERIFY(explained >= 4);
    }

    // A ticket 120 days old: its DB/HubSpot finding stands, and both evidence sources say in plain words
    // that the day it broke is past what they keep, instead of looking as if nothing happened.
    void oldTicketSaysWhatIsPastRetention()
    {
        auto inspector = m_demo.connectedInspector();
        const QStringList old = m_demo.contactsTagged(QStringLiteral("OLD_TICKET"));
        QCOMPARE(old.size(), 1);
        m_demo.server().clearRequests();
        const InspectionResult result = m_demo.inspect(*inspector, old);
        QVERIFY(result.status.ok());
        QCOMPARE(int(result.reports.size()), 1);
        const TherapistReport &report = result.reports.front();
        QVERIFY(findingCodes(report).contains(FindingCode::MissingDbId));
        QVERIFY(!findingCodes(report).contains(FindingCode::PullBeforeCreate)); // its pull is out of reach
        QVERIFY(report.snapshot.logs.empty());
        QCOMPARE(int(report.snapshot.evidenceWindows.size()), 2);
        const QDateTime now = DemoFixture::fixedNow();
        for (const EvidenceWindow &window : report.snapshot.evidenceWindows) {
            QVERIFY2(!window.complete, qPrintable(window.source));
            QVERIFY(window.end >= now);
            const int days = window.source == QLatin1String("loki") ? 30 : 90;
            QVERIFY2(qAbs(window.start.secsTo(now.addDays(-days))) < 3600, qPrintable(window.start.toString(Qt::ISODate)));
            QVERIFY2(window.note.contains(QStringLiteral("keeps %1 days").arg(days)), qPrintable(window.note));
            QVERIFY2(window.note.contains(report.snapshot.therapist.createdAt.toUTC().date().toString(Qt::ISODate)),
                     qPrintable(window.note));
        }
        // Not claimed absent: the MISSING_DB_ID finding says its cause is out of reach.
        for (const Finding &finding : report.findings) {
            if (finding.code == FindingCode::MissingDbId)
                QVERIFY(finding.evidence.value("logs_past_retention", false));
        }
        // Sentry was asked for the window with start/end, not statsPeriod.
        bool sentryAsked = false;
        for (const sandbox::RequestRecord &record : m_demo.server().requests()) {
            if (!record.path.endsWith(QLatin1String("/issues/")))
                continue;
            sentryAsked = true;
            QVERIFY2(record.query.contains("start=") && record.query.contains("end=") && !record.query.contains("statsPeriod"),
                     record.query.constData());
        }
        QVERIFY(sentryAsked);
        // The timeline says where each source's reach begins.
        int cutEntries = 0;
        for (const TimelineEntry &entry : report.timeline)
            cutEntries += entry.text.contains(QStringLiteral("cannot be shown")) ? 1 : 0;
        QCOMPARE(cutEntries, 2);
    }

    // Recent tickets are covered whole: nothing is said to be missing.
    void recentTicketWindowsAreComplete()
    {
        auto inspector = m_demo.connectedInspector();
        const QStringList ticket = m_demo.contactsTagged(FindingCode::PullBeforeCreate);
        const InspectionResult result = m_demo.inspect(*inspector, ticket.mid(0, 1));
        QVERIFY(result.status.ok());
        QCOMPARE(int(result.reports.size()), 1);
        QCOMPARE(int(result.reports.front().snapshot.evidenceWindows.size()), 2);
        for (const EvidenceWindow &window : result.reports.front().snapshot.evidenceWindows) {
            QVERIFY2(window.complete, qPrintable(window.note));
            QCOMPARE(window.start, result.reports.front().snapshot.therapist.createdAt.toUTC().addSecs(-600));
        }
    }

    // Four contacts cost about as much as one: their log queries overlap instead of queueing.
    void evidenceForSeveralContactsRunsConcurrently()
    {
        sandbox::FaultRule slowLoki;
        slowLoki.pathPattern = QStringLiteral("^/loki/");
        slowLoki.delayMs = 300;
        m_demo.server().addFault(slowLoki);
        auto inspector = m_demo.connectedInspector();
        m_demo.server().clearRequests();
        const QStringList four = m_demo.contactsTagged(FindingCode::MissingDbId).mid(0, 4);
        const InspectionResult result = m_demo.inspect(*inspector, four);
        QVERIFY(result.status.ok());
        QCOMPARE(int(result.reports.size()), four.size());
        std::vector<std::pair<qint64, qint64>> lokiSpans;
        for (const sandbox::RequestRecord &record : m_demo.server().requests()) {
            if (record.path.startsWith(QLatin1String("/loki/")))
                lokiSpans.push_back({record.receivedMs, record.respondedMs});
        }
        QVERIFY(lokiSpans.size() >= 4);
        bool overlap = false;
        for (size_t i = 0; i < lokiSpans.size(); ++i)
            for (size_t j = i + 1; j < lokiSpans.size(); ++j)
                overlap = overlap || (lokiSpans[j].first < lokiSpans[i].second && lokiSpans[i].first < lokiSpans[j].second);
        QVERIFY(overlap);
    }

    // Loki down: the therapist says "logs unavailable" and the HubSpot diagnosis still comes out.
    void lokiDownDegradesOnlyTheLogs()
    {
        sandbox::FaultRule lokiDown;
        lokiDown.pathPattern = QStringLiteral("^/loki/");
        lokiDown.status = 503;
        lokiDown.body = "service unavailable";
        lokiDown.contentType = "text/plain";
        m_demo.server().addFault(lokiDown);
        auto inspector = m_demo.connectedInspector();
        const QString contact = m_demo.contactsTagged(FindingCode::MissingDbId).first();
        const InspectionResult result = m_demo.inspect(*inspector, {contact});
        QVERIFY(result.status.ok());
        QCOMPARE(int(result.reports.size()), 1);
        const TherapistReport &report = result.reports.front();
        QVERIFY(findingCodes(report).contains(FindingCode::MissingDbId));
        QVERIFY(report.snapshot.logs.empty());
        bool saidSo = false;
        for (const SourceProblem &problem : report.snapshot.problems)
            saidSo = saidSo || (problem.source == QLatin1String("loki") && problem.message.startsWith(QLatin1String("logs unavailable")));
        QVERIFY(saidSo);
    }

    void rapidChangesCarryTheSequence()
    {
        auto inspector = m_demo.connectedInspector();
        const QStringList contacts = m_demo.contactsTagged(FindingCode::DuplicateRun);
        QVERIFY(!contacts.isEmpty());
        const InspectionResult result = m_demo.inspect(*inspector, contacts);
        bool found = false;
        for (const TherapistReport &report : result.reports) {
            for (const Finding &finding : report.findings) {
                if (finding.code == FindingCode::RapidIdChanges) {
                    QVERIFY(finding.evidence["sequence"].size() >= 3);
                    found = true;
                }
            }
        }
        QVERIFY(found);
    }

    void targetsResolveOrSayWhy()
    {
        auto inspector = m_demo.connectedInspector();
        const QString contact = m_demo.contactsTagged(QStringLiteral("HEALTHY")).first();
        const InspectionResult first = m_demo.inspect(*inspector, {contact}, false);
        QCOMPARE(int(first.reports.size()), 1);
        const TherapistReport &report = first.reports.front();
        const QString email = report.snapshot.therapist.email.toUpper();
        const QString objectUrl = QStringLiteral("https://app.hubspot.com/contacts/%1/record/%2/%3/view/1?foo=bar")
                                      .arg(inspector->accountInfo().portalId, report.snapshot.objects.front().typeId,
                                           report.snapshot.objects.front().id);
        const QString ticket = QStringLiteral("Hi team, these are broken: %1 and also <%2>.\nUnknown: 99999999999, and "
                                              "https://app.hubspot.com/contacts/1/record/0-1/\n")
                                   .arg(objectUrl, email);
        const InspectionResult result = m_demo.inspect(*inspector, {ticket}, false);
        QVERIFY(result.status.ok());
        QCOMPARE(int(result.reports.size()), 1); // the object link and the email name the same therapist
        QCOMPARE(result.reports.front().snapshot.therapist.contactId, contact);
        QVERIFY2(result.unresolved.size() >= 2, qPrintable(QString::number(result.unresolved.size())));
        bool unknownContact = false;
        for (const UnresolvedTarget &target : result.unresolved)
            unknownContact = unknownContact || (target.target.contains(QLatin1String("99999999999")) && !target.reason.isEmpty());
        QVERIFY(unknownContact);
    }

    // Evidence sources that cannot even start (no credentials) answer at once: every therapist is
    // still reported exactly once, with the reason, and a scan does not run pages twice.
    void unusableEvidenceSourcesReportOnce()
    {
        Profile profile = m_demo.profile();
        profile.loki.user = QStringLiteral("12345");
        profile.loki.passwordEnv = QStringLiteral("CREDSYNC_TEST_UNSET_LOKI_PASSWORD");
        profile.sentry.tokenEnv = QStringLiteral("CREDSYNC_TEST_UNSET_SENTRY_TOKEN");
        Status status = Ok{};
        auto inspector = m_demo.connectedInspector(&status, &profile);
        QVERIFY(status.ok());
        int finishedCount = 0;
        connect(inspector.get(), &Inspector::finished, this, [&](quint64, const Status &) { ++finishedCount; });
        const QStringList three = m_demo.contactsTagged(FindingCode::MissingDbId).mid(0, 3);
        const InspectionResult result = m_demo.inspect(*inspector, three);
        QVERIFY(result.finished);
        QCOMPARE(int(result.reports.size()), 3);
        for (const TherapistReport &report : result.reports) {
            QStringList sources;
            for (const SourceProblem &problem : report.snapshot.problems)
                sources << problem.source;
            QVERIFY2(sources.contains(QStringLiteral("loki")) && sources.contains(QStringLiteral("sentry")),
                     qPrintable(sources.join(QLatin1Char(' '))));
        }

        InspectOptions withEvidence;
        withEvidence.withEvidence = true;
        withEvidence.pageSize = 10; // several pages, so that a page run twice would show
        bool scanDone = false;
        std::set<QString> seen;
        int reports = 0;
        connect(inspector.get(), &Inspector::reportReady, this, [&](quint64 id, const TherapistReport &report) {
            if (id == 777) {
                ++reports;
                seen.insert(report.snapshot.therapist.id);
            }
        });
        connect(inspector.get(), &Inspector::finished, this, [&](quint64 id, const Status &) { scanDone = scanDone || id == 777; });
        inspector->scan(777, withEvidence);
        QVERIFY(QTest::qWaitFor([&] { return scanDone; }, 60000));
        QTest::qWait(200); // a second, duplicated page run would show up here
        QCOMPARE(reports, 43);
        QCOMPARE(int(seen.size()), 43);
        QCOMPARE(finishedCount, 2);
    }

    // A token without the account scope still inspects: the portal for links comes from the profile.
    void accountInfoRefusedFallsBackToTheProfilesPortal()
    {
        sandbox::FaultRule refused;
        refused.pathPattern = QStringLiteral("^/account-info/");
        refused.status = 403;
        m_demo.server().addFault(refused);
        Status status = Ok{};
        auto inspector = m_demo.connectedInspector(&status);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().describe()));
        QCOMPARE(inspector->accountInfo().portalId, m_demo.profile().hubspot.portalId);
        const InspectionResult result = m_demo.inspect(*inspector, {m_demo.contactsTagged(QStringLiteral("HEALTHY")).first()}, false);
        QCOMPARE(int(result.reports.size()), 1);
        QVERIFY(result.reports.front().findings.empty());
    }

    void wrongTokenIsAClearError()
    {
        const QByteArray saved = qgetenv("CREDSYNC_DEMO_HUBSPOT_TOKEN");
        qputenv("CREDSYNC_DEMO_HUBSPOT_TOKEN", "pat-na1-wrong");
        Status status = Ok{};
        auto inspector = m_demo.connectedInspector(&status);
        qputenv("CREDSYNC_DEMO_HUBSPOT_TOKEN", saved);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Auth);
        QVERIFY(status.error().message.contains(QLatin1String("CREDSYNC_DEMO_HUBSPOT_TOKEN")));
        QVERIFY(!status.error().describe().contains(QLatin1String("pat-na1-wrong")));
    }
};

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
