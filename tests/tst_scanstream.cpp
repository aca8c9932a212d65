// The streaming scan: the document written as therapists arrive is valid JSON equal to the one built
// in memory; JSON Lines parse line by line; a scan of a generated world makes the minimum number of
// HubSpot requests (association reads of 1,000, object reads of 100 packed across the whole scan).
#include "core/report/reportjson.h"
#include "core/report/scanstream.h"
#include "core/report/scantally.h"
#include "core/report/verdict.h"
#include "demofixture.h"
#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/world.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace credsync;
using nlohmann::json;

namespace {

std::string writeAll(report::ScanSink &sink, const std::vector<TherapistReport> &reports, const AccountInfo &account,
                     const Status &status)
{
    report::ScanTally summary;
    sink.begin(account);
    for (const TherapistReport &r : reports) {
        summary.add(r);
        sink.add(r);
    }
    sink.end(summary, status);
    return {};
}

} // namespace

class TestScanStream : public QObject
{
    Q_OBJECT
    test::DemoFixture m_demo;
    std::vector<TherapistReport> m_reports;
    AccountInfo m_account;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto inspector = m_demo.connectedInspector();
        const test::InspectionResult result = m_demo.scan(*inspector);
        QVERIFY(result.status.ok());
        m_reports = result.reports;
        m_account = inspector->accountInfo();
        QVERIFY(m_reports.size() > 10);
    }

    void streamedDocumentEqualsTheOneBuiltInMemory()
    {
        std::string text;
        report::JsonScanWriter writer(m_demo.profile(), {}, [&text](const std::string &bytes) { text += bytes; });
        writeAll(writer, m_reports, m_account, Ok{});
        json streamed;
        QVERIFY_THROWS_NO_EXCEPTION(streamed = json::parse(text));

        json therapists = json::array();
        for (const TherapistReport &r : m_reports)
            therapists.push_back(report::therapistToJson(r, m_demo.profile(), m_account));
        verdict::Counts counts;
        for (const TherapistReport &r : m_reports)
            counts.add(verdict::assess(r));
        const json built{{"therapists", therapists}, {"counts", counts.toJson()}, {"summary", report::summaryByCode(m_reports)}};
        QCOMPARE(streamed, built);
        QVERIFY(!streamed.at("summary").empty()); // the demo world has findings: the summary says which
        QVERIFY(!streamed.contains("error"));
        // The summary comes last, after every therapist: a reader can stop at it.
        QVERIFY(text.rfind("\"summary\"") > text.rfind("\"contact_url\""));
    }

    void streamedDocumentWithoutTherapistsCarriesTheError()
    {
        std::string text;
        report::JsonScanWriter writer(m_demo.profile(), {}, [&text](const std::string &bytes) { text += bytes; });
        writeAll(writer, {}, m_account, Error::make(Error::Kind::Auth, QStringLiteral("credentials rejected")));
        const json parsed = json::parse(text);
        QCOMPARE(parsed.at("therapists"), json::array());
        QCOMPARE(parsed.at("summary"), json::object());
        QCOMPARE(parsed.at("counts").at("therapists").get<int>(), 0);
        QVERIFY(parsed.at("error").get<std::string>().find("credentials rejected") != std::string::npos);
    }

    void jsonLinesParseOneTherapistPerLine()
    {
        std::string text;
        report::JsonLinesScanWriter writer(m_demo.profile(), {}, [&text](const std::string &bytes) { text += bytes; });
        writeAll(writer, m_reports, m_account, Ok{});
        const QList<QByteArray> lines = QByteArray::fromStdString(text).split('\n');
        QCOMPARE(lines.last(), QByteArray()); // ends with a newline
        QCOMPARE(lines.size(), int(m_reports.size()) + 2);
        for (int i = 0; i < int(m_reports.size()); ++i) {
            const json line = json::parse(lines[i].toStdString());
            QCOMPARE(line, report::therapistToJson(m_reports[std::size_t(i)], m_demo.profile(), m_account));
        }
        const json last = json::parse(lines[lines.size() - 2].toStdString());
        QCOMPARE(last.at("summary"), report::summaryByCode(m_reports));
        QCOMPARE(last.at("counts").at("therapists").get<int>(), int(m_reports.size()));
    }

    void summaryCountsLikeSummaryByCode()
    {
        report::ScanTally summary;
        int broken = 0;
        for (const TherapistReport &r : m_reports) {
            summary.add(r);
            broken += r.healthy() ? 0 : 1;
        }
        QCOMPARE(summary.checked(), qint64(m_reports.size()));
        QCOMPARE(summary.broken(), qint64(broken));
        QCOMPARE(summary.byCode(), report::summaryByCode(m_reports));
    }
};

// A scan of a generated world against the minimum of the issue: per object type ⌈therapists with a
// contact ÷ 1,000⌉ association reads plus ⌈objects a finding needs ÷ 100⌉ object reads, plus setup.
class TestScanRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanMakesTheMinimumRequests()
    {
        test::DemoFixture demo;
        constexpr int kTherapists = 2500;
        const QString error = demo.start(kTherapists, 11);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto inspector = demo.connectedInspector();
        demo.server().clearRequests();
        const test::InspectionResult result = demo.scan(*inspector);
        QVERIFY(result.status.ok());
        QCOMPARE(int(result.reports.size()), kTherapists);

        const sandbox::World &world = demo.server().world();
        std::set<QString> withFinding;
        for (const TherapistReport &r : result.reports) {
            if (!r.healthy())
                withFinding.insert(r.snapshot.therapist.contactId);
        }
        // Objects whose details a finding needs: every object of a contact with a finding, and of a
        // contact with two or more objects of one type.
        std::map<std::pair<sandbox::Id, std::string>, int> perContactType;
        for (const auto &[key, association] : world.associations)
            ++perContactType[{key.first, association.objectType}];
        std::map<std::string, std::set<sandbox::Id>> needed;
        for (const auto &[key, association] : world.associations) {
            const bool finding = withFinding.count(QString::number(key.first)) > 0;
            bool several = false;
            for (const auto &type : world.objectTypes) {
                const auto it = perContactType.find({key.first, type.id});
                several = several || (it != perContactType.end() && it->second > 1);
            }
            if (finding || several)
                needed[association.objectType].insert(key.second);
        }

        const int types = int(demo.profile().objects.size());
        std::map<QString, int> objectReads;
        int associationReads = 0;
        int setup = 0;
        int other = 0;
        for (const sandbox::RequestRecord &r : demo.server().requests()) {
            if (r.path.startsWith(QLatin1String("/crm/v4/associations/0-1/")) && r.path.endsWith(QLatin1String("/batch/read")))
                ++associationReads;
            else if (r.path.startsWith(QLatin1String("/crm/v3/objects/")) && r.path.endsWith(QLatin1String("/batch/read")))
                ++objectReads[r.path.section(QLatin1Char('/'), 4, 4)];
            else if (r.path.contains(QLatin1String("/account-info/")) || r.path.contains(QLatin1String("/labels"))
                     || r.path.contains(QLatin1String("/definitions/configurations/")))
                ++setup;
            else
                ++other;
        }
        QCOMPARE(other, 0);
        QCOMPARE(associationReads, types * int(std::ceil(kTherapists / 1000.0)));
        int minimum = types * int(std::ceil(kTherapists / 1000.0)) + 1 + 2 * types;
        int made = associationReads + setup;
        for (const auto &[type, ids] : needed) {
            const int expected = int(std::ceil(ids.size() / 100.0));
            const int got = objectReads[QString::fromStdString(type)];
            minimum += expected;
            made += got;
            QVERIFY2(std::abs(got - expected) <= std::max(1, expected / 20),
                     qPrintable(QStringLiteral("%1: %2 object reads, minimum %3").arg(QString::fromStdString(type)).arg(got).arg(expected)));
        }
        QVERIFY2(made <= int(minimum * 1.05), qPrintable(QStringLiteral("%1 requests, minimum %2").arg(made).arg(minimum)));
        QVERIFY2(made >= int(minimum * 0.95) - 2 * types - 1, qPrintable(QStringLiteral("%1 requests, minimum %2").arg(made).arg(minimum)));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestScanStream stream;
        status |= QTest::qExec(&stream, argc, argv);
    }
    {
        TestScanRequests requests;
        status |= QTest::qExec(&requests, argc, argv);
    }
    return status;
}

#include "tst_scanstream.moc"
