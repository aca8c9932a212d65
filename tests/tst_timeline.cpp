#include <QtTest>

#include "core/evidence/timeline.h"
#include "tst_diagnosis_fixtures.h"

using namespace credsync;
using namespace credsync::evidence;
using namespace credsync::test::fixtures;

namespace {

AccountInfo account()
{
    AccountInfo a;
    a.portalId = QStringLiteral("4634981");
    return a;
}

LogLine logLine(const QDateTime &time, const QString &level, const QString &message)
{
    LogLine line;
    line.time = time;
    line.level = level;
    line.message = message;
    line.line = QStringLiteral("X, [..] ") + level + QStringLiteral(" -- : ") + message;
    return line;
}

QStringList sources(const std::vector<TimelineEntry> &timeline)
{
    QStringList out;
    for (const TimelineEntry &e : timeline)
        out << e.source;
    return out;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingIdCase()
    {
        TherapistSnapshot s = snapshot();
        s.objects = {object(kNew, at(112), {kAA})};
        s.logEvents = {pullEvent(at(60))};
        s.logs = {logLine(at(60), QStringLiteral("INFO"), QStringLiteral("Did not found …")),
                  logLine(at(200), QStringLiteral("ERROR"), QStringLiteral("Sync failed\n  backtrace")),
                  logLine(at(201), QStringLiteral("DEBUG"), QStringLiteral("noise"))};
        SentryIssue issue = sentryIssue(QStringLiteral("42"), missingIdTitle(), 14, at(7200));
        issue.firstSeen = at(180);
        issue.eventTimes = {at(180), at(3600), at(7200)};
        s.errors = {issue};

        const QString explore = QStringLiteral("https://grafana.example.com/explore?left=x");
        const std::vector<TimelineEntry> timeline = buildTimeline(s, profile(), account(), explore);
        QCOMPARE(sources(timeline), (QStringList{QStringLiteral("db"), QStringLiteral("log"), QStringLiteral("hubspot"),
                                                 QStringLiteral("sentry"), QStringLiteral("log"),
                                                 QStringLiteral("sentry"), QStringLiteral("sentry")}));
        QCOMPARE(timeline[0].time, t0());
        QVERIFY(timeline[0].text.contains(QStringLiteral("Ada Lovelace")));
        QCOMPARE(timeline[1].url, explore);
        QVERIFY(timeline[1].text.contains(kContact));
        QCOMPARE(timeline[2].text, QStringLiteral("Credentialing object 161204877310 created 52 s after the id pull "
                                                  "found nothing (now labelled Active Attested)"));
        QCOMPARE(timeline[2].url, QStringLiteral("https://app.hubspot.com/contacts/4634981/record/2-31374266/161204877310"));
        QVERIFY(timeline[3].text.startsWith(QStringLiteral("Sentry error first seen")));
        QCOMPARE(timeline[3].url, issue.permalink);
        QCOMPARE(timeline[4].text, QStringLiteral("ERROR: Sync failed backtrace"));
        QCOMPARE(timeline[5].time, at(3600)); // the event between first and last seen
        QVERIFY(timeline[6].text.contains(QStringLiteral("14 times")));
    }

    void idChangesAndWorkers()
    {
        TherapistSnapshot s = snapshot();
        s.logEvents = {setEvent(at(300), kColActive, kDupB), setEvent(at(2), kColActive, kDupA)};
        const std::vector<TimelineEntry> timeline = buildTimeline(s, profile(), account(), QString());
        QCOMPARE(timeline.size(), std::size_t(3));
        QCOMPARE(timeline[1].text,
                 QStringLiteral("credentialing_hubspot_id set to 162000000001 (CredentialingCycleWorker)"));
        QCOMPARE(timeline[2].time, at(300));
        QVERIFY(timeline[2].url.isEmpty());
    }

    void noGapTextOutsideTheBound()
    {
        TherapistSnapshot s = snapshot();
        s.objects = {object(kNew, at(60), {}, true)};
        s.logEvents = {pullEvent(at(60)), pullEvent(at(120))}; // same time and after: neither explains it
        const std::vector<TimelineEntry> timeline = buildTimeline(s, profile(), account(), QString());
        const auto object = std::find_if(timeline.begin(), timeline.end(),
                                         [](const TimelineEntry &e) { return e.source == QStringLiteral("hubspot"); });
        QVERIFY(object != timeline.end());
        QCOMPARE(object->text, QStringLiteral("Credentialing object 161204877310 created (no label now), archived"));
    }

    void stableForEqualTimes()
    {
        TherapistSnapshot s = snapshot();
        s.objects = {object(kDupA, t0(), {kActive}), object(kDupB, t0(), {kActive})};
        const std::vector<TimelineEntry> timeline = buildTimeline(s, profile(), account(), QString());
        QCOMPARE(sources(timeline), (QStringList{QStringLiteral("db"), QStringLiteral("hubspot"), QStringLiteral("hubspot")}));
        QVERIFY(timeline[1].text.contains(kDupA));
        QVERIFY(timeline[2].text.contains(kDupB));
    }

    void auditEntriesMerge()
    {
        TherapistSnapshot s = snapshot();
        s.objects = {object(kNew, at(100), {kAA})};
        std::vector<TimelineEntry> timeline = buildTimeline(s, profile(), account(), QString());
        appendAudit(timeline, {{at(50), QString(), QStringLiteral("pull ids applied by ops"), QString()},
                               {QDateTime(), QStringLiteral("audit"), QStringLiteral("undated"), QString()}});
        QCOMPARE(sources(timeline), (QStringList{QStringLiteral("db"), QStringLiteral("audit"), QStringLiteral("hubspot"),
                                                 QStringLiteral("audit")}));
        QCOMPARE(timeline.back().text, QStringLiteral("undated"));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
