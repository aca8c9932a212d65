// The delay report: the statistics as a pure function (data-driven), the window parser, and the whole
// collection against a sandbox world whose delays are known because the test builds them.
#include "core/clock.h"
#include "core/inspector.h"
#include "core/reports/delaychart.h"
#include "core/reports/delaycollector.h"
#include "core/reports/extrasettings.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demoworldbuilder.h"
#include "sandbox/world.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credsync;
using namespace credsync::reports;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc());

std::vector<double> values(const QString &text)
{
    std::vector<double> out;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back(part.toDouble());
    return out;
}

} // namespace

class TestDelayReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentile_data()
    {
        QTest::addColumn<QString>("sorted");
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("expected");
        QTest::newRow("empty") << QString() << 50.0 << 0.0;
        QTest::newRow("one") << QStringLiteral("7") << 99.0 << 7.0;
        QTest::newRow("median of four is the second") << QStringLiteral("1 2 3 4") << 50.0 << 2.0;
        QTest::newRow("p90 of ten is the ninth") << QStringLiteral("1 2 3 4 5 6 7 8 9 10") << 90.0 << 9.0;
        QTest::newRow("p99 of ten is the max") << QStringLiteral("1 2 3 4 5 6 7 8 9 10") << 99.0 << 10.0;
        QTest::newRow("p100 is the max") << QStringLiteral("1 5 9") << 100.0 << 9.0;
        QTest::newRow("p0 is the min") << QStringLiteral("3 5 9") << 0.0 << 3.0;
    }
    void percentile()
    {
        QFETCH(QString, sorted);
        QFETCH(double, percent);
        QFETCH(double, expected);
        QCOMPARE(nearestRankPercentile(values(sorted), percent), expected);
    }

    void percentileOfHundred()
    {
        // ceil(0.99 × 100) = 99: the 99th value, not the 100th (a float 0.99 × 100 = 98.99999… would say so).
        std::vector<double> sorted;
        for (int i = 1; i <= 100; ++i)
            sorted.push_back(i);
        QCOMPARE(nearestRankPercentile(sorted, 99), 99.0);
        QCOMPARE(nearestRankPercentile(sorted, 50), 50.0);
    }

    void stats_data()
    {
        QTest::addColumn<QString>("delays");
        QTest::addColumn<int>("signups");
        QTest::addColumn<int>("current");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p99");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("found");
        QTest::addColumn<int>("missing");
        QTest::newRow("all fast") << QStringLiteral("10 20 30 40") << 4 << 60 << 20.0 << 40.0 << 40.0 << 1.0 << 0;
        QTest::newRow("half late") << QStringLiteral("30 50 70 120") << 5 << 60 << 50.0 << 120.0 << 120.0 << 0.5 << 1;
        QTest::newRow("exactly at the delay counts as found") << QStringLiteral("60 61") << 2 << 60 << 60.0 << 61.0 << 61.0 << 0.5 << 0;
        QTest::newRow("none") << QString() << 3 << 60 << 0.0 << 0.0 << 0.0 << 0.0 << 3;
        QTest::newRow("longer delay finds all") << QStringLiteral("30 50 70 120") << 4 << 120 << 50.0 << 120.0 << 120.0 << 1.0 << 0;
    }
    void stats()
    {
        QFETCH(QString, delays);
        QFETCH(int, signups);
        QFETCH(int, current);
        std::vector<DelaySample> samples;
        const QDateTime signup(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (double delay : values(delays)) {
            DelaySample sample;
            sample.objectType = QStringLiteral("Credentialing");
            sample.signupAt = signup;
            sample.createdAt = signup.addMSecs(qint64(delay * 1000));
            samples.push_back(sample);
        }
        const std::vector<TypeDelayStats> stats = computeDelayStats(samples, signups, {QStringLiteral("Credentialing")}, current);
        QCOMPARE(stats.size(), size_t(1));
        QTEST(stats[0].p50, "p50");
        QTEST(stats[0].p99, "p99");
        QTEST(stats[0].max, "max");
        QTEST(stats[0].foundAtCurrentDelay, "found");
        QTEST(stats[0].missing, "missing");
        QCOMPARE(stats[0].delayFor99, stats[0].p99);
        QCOMPARE(stats[0].objects, int(samples.size()));
    }

    void histogramCountsEverySample()
    {
        const DelayHistogram histogram = histogramOf(values(QStringLiteral("0 5 12 19 25 99 250")), 30);
        int total = 0;
        for (int count : histogram.counts)
            total += count;
        QCOMPARE(total, 7);
        QCOMPARE(histogram.binSeconds, 10.0);
        QCOMPARE(histogram.counts.front(), 2); // 0 and 5
        QCOMPARE(histogram.counts.back(), 1);  // 250
    }

    void window_data()
    {
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("start"); // empty: an error is expected
        QTest::addColumn<QString>("end");
        QTest::newRow("default 30 days") << QString() << QString() << QString() << QStringLiteral("2026-10-24T09:30:00.000Z")
                                         << QStringLiteral("2026-11-23T09:30:00.000Z");
        QTest::newRow("since 12h") << QStringLiteral("12h") << QString() << QString() << QStringLiteral("2026-11-22T21:30:00.000Z")
                                   << QStringLiteral("2026-11-23T09:30:00.000Z");
        QTest::newRow("dates, to inclusive") << QString() << QStringLiteral("2026-11-01") << QStringLiteral("2026-11-10")
                                             << QStringLiteral("2026-11-01T00:00:00.000Z") << QStringLiteral("2026-11-11T00:00:00.000Z");
        QTest::newRow("times without a zone are UTC") << QString() << QStringLiteral("2026-11-01T08:00:00") << QStringLiteral("2026-11-01T09:00:00Z")
                                                      << QStringLiteral("2026-11-01T08:00:00.000Z") << QStringLiteral("2026-11-01T09:00:00.000Z");
        QTest::newRow("bad since") << QStringLiteral("30 days") << QString() << QString() << QString() << QString();
        QTest::newRow("zero since") << QStringLiteral("0d") << QString() << QString() << QString() << QString();
        QTest::newRow("both forms") << QStringLiteral("30d") << QStringLiteral("2026-11-01") << QString() << QString() << QString();
        QTest::newRow("reversed") << QString() << QStringLiteral("2026-11-10") << QStringLiteral("2026-11-01") << QString() << QString();
        QTest::newRow("bad date") << QString() << QStringLiteral("yesterday") << QString() << QString() << QString();
    }
    void window()
    {
        QFETCH(QString, since);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const Result<DelayWindow> window = parseDelayWindow(since, from, to, kNow);
        if (start.isEmpty()) {
            QVERIFY(!window);
            QVERIFY(!window.error().message.isEmpty());
            return;
        }
        QVERIFY2(window, window ? "" : qPrintable(window.error().message));
        QCOMPARE(isoUtc(window->start), start);
        QCOMPARE(isoUtc(window->end), end);
    }

    void extraSettingsKeys()
    {
        QCOMPARE(extraSettingsFromJson("{}")->idPullDelaySeconds, 60);
        QCOMPARE(extraSettingsFromJson(R"({"backend":{"id_pull_delay_seconds":120}})")->idPullDelaySeconds, 120);
        const Result<ExtraSettings> bad = extraSettingsFromJson(R"({"backend":{"id_pull_delay_seconds":"soon"}})");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("backend.id_pull_delay_seconds")));
    }

    // A world built here: 200 sign-ups in the last 30 days whose Credentialing object came 5 + i seconds
    // after the DB row (i = 0…199), 40 of them with a License 30 s after, 10 sign-ups with no object
    // yet, 50 older sign-ups outside the window, and the id pull's "found nothing" log line 60 s after
    // sign-up for every sign-up whose object came later than that.
    void figuresMatchAWorldWithKnownDelays()
    {
        using namespace credsync::sandbox;
        const TimeMs now = kNow.toMSecsSinceEpoch();
        DemoWorldBuilder b(now, 42);
        b.world().clock.setAnchor(now);
        b.addSchema();
        constexpr TimeMs kHour = 3600 * 1000;
        std::map<QString, double> expectedDelay;
        std::map<QString, QDateTime> expectedPull;
        for (int i = 0; i < 200; ++i) {
            const TimeMs signup = now - (i + 1) * 3 * kHour - 1234; // spread over the last 25 days
            const Id contact = b.addTherapist(b.person(), signup);
            const Id object = b.addObject(demo::kCredentialing, signup + (5 + i) * 1000);
            b.associate(contact, object, {demo::kActiveAttested});
            b.setColumn(contact, "credentialing_active_attested_id", object);
            // A later cycle's object must not count as the sign-up's.
            if (i % 50 == 0) {
                const Id later = b.addObject(demo::kCredentialing, signup + 2 * kHour);
                b.associate(contact, later, {demo::kActive});
            }
            if (i < 40) {
                const Id license = b.addObject(demo::kLicense, signup + 30 * 1000);
                b.associate(contact, license, {demo::kActive});
            }
            expectedDelay[QString::number(contact)] = 5 + i;
            if (5 + i > 60) {
                b.log((signup + 60 * 1000) * 1000, "INFO", "", "Did not found Associated Custom Objects for Hubspot ID: " + std::to_string(contact));
                expectedPull[QString::number(contact)] = QDateTime::fromMSecsSinceEpoch(signup + 60 * 1000, QTimeZone::utc());
            }
        }
        for (int i = 0; i < 10; ++i)
            b.addTherapist(b.person(), now - (i + 1) * 5 * kHour);
        for (int i = 0; i < 50; ++i) {
            const TimeMs signup = now - TimeMs(40 + i) * 24 * kHour;
            const Id contact = b.addTherapist(b.person(), signup);
            const Id object = b.addObject(demo::kCredentialing, signup + 3600 * 1000);
            b.associate(contact, object, {demo::kActiveAttested});
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString worldPath = dir.filePath(QStringLiteral("world.json"));
        std::string error;
        QVERIFY(saveWorldFile(worldPath.toStdString(), b.take(), &error));

        clock::pin(kNow);
        DemoEnvironment environment;
        DemoOptions options;
        options.now = kNow;
        options.dataDir = dir.path();
        options.worldFile = worldPath;
        QString startError;
        QVERIFY2(environment.start(options, &startError), qPrintable(startError));
        environment.exportSecretsToEnvironment();
        Result<Profile> profile = Profile::fromJson(environment.profileJson(), QStringLiteral("delays"));
        QVERIFY(profile);

        Inspector inspector(profile.value());
        QSignalSpy connected(&inspector, &Inspector::connected);
        inspector.connectSources();
        QVERIFY(connected.wait(20000));
        QVERIFY(connected.first().first().value<Status>());

        DelayCollector collector(inspector.sources());
        DelayRequest request;
        request.window = parseDelayWindow(QStringLiteral("30d"), {}, {}, kNow).value();
        request.batchSize = 64; // several rounds
        std::optional<Result<DelayReport>> outcome;
        int rounds = 0;
        collector.run(request, [&](int, int) { ++rounds; }, [&](Result<DelayReport> result) { outcome = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        QVERIFY2(*outcome, *outcome ? "" : qPrintable(outcome->error().describe()));
        const DelayReport &report = outcome->value();
        QVERIFY(rounds >= 4);

        QCOMPARE(report.signups, 210);
        QCOMPARE(report.currentDelaySeconds, 60);
        QCOMPARE(report.perType.size(), size_t(3));
        const TypeDelayStats &credentialing = report.perType[0];
        QCOMPARE(credentialing.objectType, QStringLiteral("Credentialing"));
        QCOMPARE(credentialing.objects, 200);
        QCOMPARE(credentialing.missing, 10);
        // Delays 5…204 s: nearest rank 100 → 104 s, 180 → 184 s, 198 → 202 s.
        QCOMPARE(credentialing.p50, 104.0);
        QCOMPARE(credentialing.p90, 184.0);
        QCOMPARE(credentialing.p99, 202.0);
        QCOMPARE(credentialing.max, 204.0);
        QCOMPARE(credentialing.delayFor99, 202.0);
        QCOMPARE(credentialing.foundAtCurrentDelay, 56.0 / 200.0); // 5…60 s
        QCOMPARE(credentialing.pulls, 144);                        // 61…204 s
        const TypeDelayStats &license = report.perType[1];
        QCOMPARE(license.objects, 40);
        QCOMPARE(license.missing, 170);
        QCOMPARE(license.p99, 30.0);
        QCOMPARE(license.foundAtCurrentDelay, 1.0);
        QCOMPARE(report.perType[2].objects, 0);
        QCOMPARE(report.perType[2].missing, 210);

        int credentialingSamples = 0;
        for (const DelaySample &sample : report.samples) {
            if (sample.objectType != QLatin1String("Credentialing"))
                continue;
            ++credentialingSamples;
            QVERIFY(expectedDelay.count(sample.contactId));
            QCOMPARE(sample.delaySeconds(), expectedDelay[sample.contactId]);
            if (expectedPull.count(sample.contactId)) {
                QVERIFY(sample.pullAt.has_value());
                QCOMPARE(*sample.pullAt, expectedPull[sample.contactId]);
            } else {
                QVERIFY(!sample.pullAt.has_value());
            }
        }
        QCOMPARE(credentialingSamples, 200);

        // The JSON contract.
        const nlohmann::json json = delayReportToJson(report);
        QCOMPARE(json["signups"].get<int>(), 210);
        QCOMPARE(json["current_delay_seconds"].get<int>(), 60);
        QCOMPARE(json["window"]["end"].get<std::string>(), std::string("2026-11-23T09:30:00.000Z"));
        const nlohmann::json &first = json["per_type"][0];
        for (const char *key : {"object_type", "objects", "p50", "p90", "p99", "max", "found_at_current_delay", "delay_for_99", "missing"})
            QVERIFY2(first.contains(key), key);
        QCOMPARE(first["delay_for_99"].get<double>(), 202.0);
        QCOMPARE(first["found_at_current_delay"].get<double>(), 0.28);
        bool sawPull = false, sawNull = false;
        for (const nlohmann::json &sample : json["samples"]) {
            for (const char *key : {"contact_id", "object_type", "object_id", "signup_at", "created_at", "delay_seconds", "pull_at"})
                QVERIFY2(sample.contains(key), key);
            QVERIFY(sample["contact_id"].is_string());
            QVERIFY(sample["signup_at"].get<std::string>().back() == 'Z');
            sawPull = sawPull || sample["pull_at"].is_string();
            sawNull = sawNull || sample["pull_at"].is_null();
        }
        QVERIFY(sawPull && sawNull);

        // The histogram for a ticket.
        const QString png = dir.filePath(QStringLiteral("delays.png"));
        const QString svg = dir.filePath(QStringLiteral("delays.svg"));
        QVERIFY(writeDelayChart(report, png));
        QVERIFY(writeDelayChart(report, svg));
        QVERIFY(!writeDelayChart(report, dir.filePath(QStringLiteral("delays.gif"))));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() >= 3 * 200);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svgFile.readAll());
        QVERIFY(svgText.contains(QStringLiteral("class=\"bar\"")));
        QVERIFY(svgText.contains(QStringLiteral("Credentialing: 200 objects")));
        clock::unpin();
    }
};

QTEST_MAIN(TestDelayReport)
#include "tst_delayreport.moc"
