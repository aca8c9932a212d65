// The window each evidence source is asked for, from the therapist's own history, and what it says when
// the source's retention cut it. Pure functions of (profile, therapist, earliest object, now).
#include "core/evidence/evidencewindows.h"
#include "core/evidence/lokiclient.h"

#include <QtTest>

using namespace credsync;
using namespace credsync::evidence;

namespace {
const QDateTime kNow(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());

Therapist therapistCreated(const QDateTime &created)
{
    Therapist therapist;
    therapist.id = QStringLiteral("t-1");
    therapist.contactId = QStringLiteral("161204877310");
    therapist.createdAt = created;
    return therapist;
}
} // namespace

class TestEvidenceWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recentHistoryIsCompleteAndStartsTenMinutesEarly()
    {
        const QDateTime created = kNow.addDays(-3);
        const QDateTime object = created.addSecs(-90); // the object came first: it sets the start
        const EvidenceWindow loki = lokiWindow(LokiProfile{}, therapistCreated(created), object, kNow);
        QCOMPARE(loki.source, QStringLiteral("loki"));
        QVERIFY(loki.complete);
        QCOMPARE(loki.start, object.addSecs(-600));
        QCOMPARE(loki.end, kNow);
        const EvidenceWindow sentry = sentryWindow(SentryProfile{}, therapistCreated(created), object, kNow);
        QCOMPARE(sentry.source, QStringLiteral("sentry"));
        QVERIFY(sentry.complete);
        QCOMPARE(sentry.start, object.addSecs(-600));
        QVERIFY(sentry.statsPeriod.isEmpty());
    }

    void oldHistoryIsCutByEachSourcesRetention()
    {
        const QDateTime created(QDate(2026, 8, 25), QTime(14, 0), QTimeZone::utc()); // 103 days before kNow
        LokiProfile lokiProfile;
        lokiProfile.lookbackDays = 30;
        const EvidenceWindow loki = lokiWindow(lokiProfile, therapistCreated(created), QDateTime(), kNow);
        QVERIFY(!loki.complete);
        QCOMPARE(loki.start, kNow.addDays(-30));
        QCOMPARE(loki.note, QStringLiteral("Loki keeps 30 days (since 2026-11-06); this therapist's history starts "
                                           "2026-08-25, so the id pull of that day cannot be shown."));

        SentryProfile sentryProfile; // retention_days 90 by default
        const EvidenceWindow sentry = sentryWindow(sentryProfile, therapistCreated(created), QDateTime(), kNow);
        QVERIFY(!sentry.complete);
        QCOMPARE(sentry.start, kNow.addDays(-90));
        QVERIFY(sentry.note.startsWith(QStringLiteral("Sentry keeps 90 days (since 2026-09-07); this therapist's history starts 2026-08-25")));
        sentryProfile.retentionDays = 120;
        QVERIFY(sentryWindow(sentryProfile, therapistCreated(created), QDateTime(), kNow).complete);
    }

    void explicitStatsPeriodWins()
    {
        SentryProfile profile;
        profile.statsPeriod = QStringLiteral("14d");
        profile.retentionDays = 90;
        const EvidenceWindow window = sentryWindow(profile, therapistCreated(kNow.addDays(-20)), QDateTime(), kNow);
        QCOMPARE(window.statsPeriod, QStringLiteral("14d"));
        QCOMPARE(window.start, kNow.addDays(-14));
        QVERIFY(!window.complete);
        QVERIFY(window.note.contains(QStringLiteral("sentry.stats_period")));
        QVERIFY(sentryWindow(profile, therapistCreated(kNow.addDays(-2)), QDateTime(), kNow).complete);
    }

    void noKnownHistoryAsksForTheWholeCap()
    {
        Therapist unknown;
        unknown.contactId = QStringLiteral("1");
        const EvidenceWindow loki = lokiWindow(LokiProfile{}, unknown, QDateTime(), kNow);
        QVERIFY(loki.complete); // nothing is known to be missing
        QCOMPARE(loki.start, kNow.addDays(-30));
        QVERIFY(!loki.note.isEmpty());
    }

    void lokiQueryUsesTheStatedWindow()
    {
        LokiProfile profile;
        profile.lookbackDays = 30;
        const Therapist old = therapistCreated(kNow.addDays(-120));
        const TherapistLogQuery query = LokiClient::therapistQuery(profile, old, QDateTime(), kNow);
        QCOMPARE(query.start, lokiWindow(profile, old, QDateTime(), kNow).start);
        const Therapist recent = therapistCreated(kNow.addDays(-2));
        QCOMPARE(LokiClient::therapistQuery(profile, recent, QDateTime(), kNow).start, kNow.addDays(-2).addSecs(-600));
    }

    void cutWindowFindsOnlyCutOnes()
    {
        std::vector<EvidenceWindow> windows(2);
        windows[0].source = QStringLiteral("loki");
        windows[1].source = QStringLiteral("sentry");
        windows[1].complete = false;
        QVERIFY(cutWindow(windows, QStringLiteral("loki")) == nullptr);
        QCOMPARE(cutWindow(windows, QStringLiteral("sentry")), &windows[1]);
    }

    void periods()
    {
        QCOMPARE(periodSeconds(QStringLiteral("14d")), qint64(14 * 86400));
        QCOMPARE(periodSeconds(QStringLiteral("24h")), qint64(24 * 3600));
        QCOMPARE(periodSeconds(QStringLiteral("2w")), qint64(14 * 86400));
        QCOMPARE(periodSeconds(QStringLiteral("two weeks")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceWindows)
#include "tst_evidencewindows.moc"
