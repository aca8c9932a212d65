#include <QtTest>

#include "core/evidence/eventextractor.h"
#include "core/evidence/logparser.h"

using namespace credsync;
using namespace credsync::evidence;

namespace {

const QStringList kColumns = {QStringLiteral("credentialing_active_attested_id"),
                              QStringLiteral("credentialing_hubspot_id")};

std::vector<LogLine> lines(const QStringList &raw)
{
    std::vector<LogLine> out;
    qint64 ns = 1757871771000000000LL;
    for (const QString &line : raw)
        out.push_back(parseLogLine(line, ns += 1000000000LL, QStringLiteral("{app=\"x\"}")));
    return out;
}

QString kinds(const std::vector<LogEvent> &events)
{
    QStringList out;
    for (const LogEvent &e : events) {
        if (e.kind == LogEvent::Kind::PullFoundNothing)
            out << QStringLiteral("pull:") + e.contactId + QLatin1Char(':') + e.worker;
        else
            out << QStringLiteral("set:") + e.column + QLatin1Char('=') + e.value + QLatin1Char(':') + e.worker;
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pull") << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : Did not found Associated Custom Objects for Hubspot ID: 161204877310")
                              << QStringLiteral("pull:161204877310:");
        QTest::newRow("pull, fixed grammar, tagged worker")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : [HubspotIdsPullJob] did not find associated custom objects for HubSpot ID: 42")
            << QStringLiteral("pull:42:HubspotIdsPullJob");
        QTest::newRow("id set with progname")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- CredentialingCycleWorker: credentialing_hubspot_id set to 161204877310")
            << QStringLiteral("set:credentialing_hubspot_id=161204877310:CredentialingCycleWorker");
        QTest::newRow("id set, jid tag")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : [jid-77ab] credentialing_active_attested_id was set to \"5\"")
            << QStringLiteral("set:credentialing_active_attested_id=5:jid-77ab");
        QTest::newRow("two sets on one line")
            << QStringLiteral("credentialing_hubspot_id set to 1, credentialing_active_attested_id set to 2")
            << QStringLiteral("set:credentialing_hubspot_id=1: set:credentialing_active_attested_id=2:");
        QTest::newRow("column not in the profile")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : license_hubspot_id set to 9") << QString();
        QTest::newRow("set to nil is not an id")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : credentialing_hubspot_id set to nil")
            << QString();
        QTest::newRow("unrelated") << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : hello") << QString();
        QTest::newRow("garbage") << QString::fromUtf8("\xff\xfe set to \xc3") << QString();
    }

    void defaults()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const std::vector<LogEvent> events = extractEvents(lines({line}), LokiProfile(), kColumns);
        QCOMPARE(kinds(events), expected);
        for (const LogEvent &e : events) {
            QCOMPARE(e.line, line);
            QVERIFY(e.time.isValid());
        }
    }

    void eventTimesComeFromLoki()
    {
        const std::vector<LogLine> parsed =
            lines({QStringLiteral("I, [2025-09-14T01:00:00.000000 #1]  INFO -- : credentialing_hubspot_id set to 7")});
        const std::vector<LogEvent> events = extractEvents(parsed, LokiProfile(), kColumns);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events.front().time, parsed.front().time);
    }

    void customPatterns()
    {
        LokiProfile loki;
        loki.pullNothingPattern = QStringLiteral("ids pull empty contact=(?<contact>\\d+) by (?<worker>\\w+)");
        loki.idSetPattern = QStringLiteral("UPDATE therapists SET (?<column>\\w+) = (?<value>\\d+)");
        const std::vector<LogEvent> events = extractEvents(
            lines({QStringLiteral("ids pull empty contact=55 by PullerBee"),
                   QStringLiteral("UPDATE therapists SET credentialing_hubspot_id = 12"),
                   // The defaults are replaced, not added to.
                   QStringLiteral("Did not found Associated Custom Objects for Hubspot ID: 1"),
                   QStringLiteral("credentialing_hubspot_id set to 3")}),
            loki, kColumns);
        QCOMPARE(kinds(events), QStringLiteral("pull:55:PullerBee set:credentialing_hubspot_id=12:"));
        QVERIFY(eventPatternProblems(loki).isEmpty());
    }

    void invalidPatternsFallBack_data()
    {
        QTest::addColumn<QString>("pull");
        QTest::addColumn<QString>("idSet");
        QTest::addColumn<int>("problems");
        QTest::newRow("bad syntax") << QStringLiteral("(unclosed") << QStringLiteral("[z-a]") << 2;
        QTest::newRow("id set without named groups") << QString() << QStringLiteral("set to (\\d+)") << 1;
        QTest::newRow("id set without value group") << QString() << QStringLiteral("(?<column>\\w+) set") << 1;
    }

    void invalidPatternsFallBack()
    {
        QFETCH(QString, pull);
        QFETCH(QString, idSet);
        QFETCH(int, problems);
        LokiProfile loki;
        loki.pullNothingPattern = pull;
        loki.idSetPattern = idSet;
        const QStringList found = eventPatternProblems(loki);
        QCOMPARE(found.size(), problems);
        for (const QString &problem : found)
            QVERIFY2(problem.startsWith(QStringLiteral("loki.")) && problem.contains(QStringLiteral("default")),
                     qPrintable(problem));
        const std::vector<LogEvent> events = extractEvents(
            lines({QStringLiteral("Did not found Associated Custom Objects for Hubspot ID: 8"),
                   QStringLiteral("credentialing_hubspot_id set to 9")}),
            loki, kColumns);
        QCOMPARE(kinds(events), QStringLiteral("pull:8: set:credentialing_hubspot_id=9:"));
    }

    void noIdColumnsNoSetEvents()
    {
        QVERIFY(extractEvents(lines({QStringLiteral("credentialing_hubspot_id set to 9")}), LokiProfile(), {}).empty());
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
