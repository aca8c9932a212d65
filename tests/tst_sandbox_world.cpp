// The generated demo world, its JSON form, the SQLite therapists table and DemoEnvironment.
#include "tst_sandbox_http.h"

#include "sandbox/demoenvironment.h"
#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/therapistdatabase.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace credsync::sandbox;
using nlohmann::json;

namespace {
std::string writeWorld(const QTemporaryDir &dir, const char *text)
{
    const QString path = dir.filePath(QStringLiteral("in-range.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path.toStdString();
}
} // namespace

namespace {
const QDateTime kNow = QDateTime(QDate(2025, 9, 17), QTime(15, 0), Qt::UTC);
constexpr TimeMs kMinute = 60000;

std::vector<Id> tagged(const World &world, const std::string &scenario)
{
    std::vector<Id> out;
    for (const auto &tag : world.scenarios)
        if (tag.scenario == scenario)
            out.push_back(tag.contactId);
    return out;
}

const TherapistRow &rowOf(const World &world, Id contact)
{
    for (const auto &row : world.therapists)
        if (row.hubspotId == contact)
            return row;
    throw std::runtime_error("no therapist for contact");
}

// Objects of `type` carrying `label` for a contact.
std::vector<Id> carrying(const World &world, Id contact, const std::string &type, const std::string &label)
{
    std::vector<Id> out;
    for (auto it = world.associations.lower_bound({contact, 0}); it != world.associations.end() && it->first.first == contact; ++it)
        if (it->second.objectType == type && std::count(it->second.labels.begin(), it->second.labels.end(), label))
            out.push_back(it->second.objectId);
    return out;
}

std::vector<const LogLine *> linesWith(const World &world, const std::string &text)
{
    std::vector<const LogLine *> out;
    for (const auto &line : world.logLines)
        if (line.line.find(text) != std::string::npos)
            out.push_back(&line);
    return out;
}
} // namespace

class TestSandboxWorld : public QObject
{
    Q_OBJECT
private:
    World m_world = generateDemoWorld(kNow);

private Q_SLOTS:
    void everyScenarioIsPresent()
    {
        QVERIFY(m_world.therapists.size() >= 40);
        for (const char *scenario : {"HEALTHY", "MISSING_DB_ID", "PULL_BEFORE_CREATE", "STALE_DB_ID", "NO_OBJECTS",
                                     "MULTIPLE_UNIQUE_LABEL", "MISSING_UNIQUE_LABEL", "CONFLICTING_LABELS", "DUPLICATE_RUN",
                                     "RAPID_ID_CHANGES", "SYNC_ERRORS", "RESYNC_DIFF"})
            QVERIFY2(!tagged(m_world, scenario).empty(), scenario);
        QCOMPARE(tagged(m_world, "PULL_BEFORE_CREATE").size(), 4u);
        QVERIFY(tagged(m_world, "HEALTHY").size() > m_world.therapists.size() / 2);
        for (const auto &tag : m_world.scenarios)
            QCOMPARE(*rowOf(m_world, tag.contactId).hubspotId, tag.contactId);
        // Some healthy therapists have License and address objects as well.
        QVERIFY(std::any_of(m_world.objects.begin(), m_world.objects.end(), [](const auto &o) { return o.second.type == "2-31374301"; }));
        QVERIFY(std::any_of(m_world.objects.begin(), m_world.objects.end(), [](const auto &o) { return o.second.type == "2-31374329"; }));
    }

    void healthyColumnsMatchLabels()
    {
        const std::pair<const char *, std::pair<const char *, const char *>> mapping[] = {
            {"credentialing_active_attested_id", {"2-31374266", "Active Attested"}},
            {"credentialing_hubspot_id", {"2-31374266", "Active"}},
            {"credentialing_relocation_id", {"2-31374266", "Relocation"}},
            {"license_hubspot_id", {"2-31374301", "Active"}},
            {"therapist_address_hubspot_id", {"2-31374329", "Active"}},
            {"therapist_address_relocation_id", {"2-31374329", "Relocation"}}};
        for (Id contact : tagged(m_world, "HEALTHY")) {
            const TherapistRow &row = rowOf(m_world, contact);
            QCOMPARE(carrying(m_world, contact, "2-31374266", "Active Attested").size(), 1u);
            for (const auto &[column, label] : mapping) {
                const auto objects = carrying(m_world, contact, label.first, label.second);
                QVERIFY(objects.size() <= 1);
                const auto value = row.idColumns.at(column);
                QCOMPARE(value.has_value(), !objects.empty());
                if (value)
                    QCOMPARE(*value, objects.front());
            }
        }
    }

    void pullBeforeCreateEvidence()
    {
        for (Id contact : tagged(m_world, "PULL_BEFORE_CREATE")) {
            const auto attested = carrying(m_world, contact, "2-31374266", "Active Attested");
            QCOMPARE(attested.size(), 1u);
            QVERIFY(!rowOf(m_world, contact).idColumns.at("credentialing_active_attested_id").has_value());
            const auto lines = linesWith(m_world, "Did not found Associated Custom Objects for Hubspot ID: " + std::to_string(contact));
            QCOMPARE(lines.size(), 1u);
            QVERIFY(lines.front()->line.find("  INFO -- : Did not found") != std::string::npos);
            const qint64 deltaMs = m_world.objects.at(attested.front()).createdAt - lines.front()->timestampNs / 1000000;
            QVERIFY2(deltaMs >= 29000 && deltaMs <= 121000, std::to_string(deltaMs).c_str());
            // A ticket from this week.
            QVERIFY(kNow.toMSecsSinceEpoch() - lines.front()->timestampNs / 1000000 < 7 * 24 * 60 * kMinute);
            const std::string title = "HubspotCustomObjects::HubspotCredentialingObjectSyncException: Missing "
                                      "definitive_hubspot_credentialing_id for Therapist " + std::to_string(contact);
            QVERIFY(std::any_of(m_world.sentryIssues.begin(), m_world.sentryIssues.end(),
                                [&](const SentryIssue &issue) { return issue.title == title && issue.events.size() >= 3; }));
        }
    }

    void duplicateRunFlipsTheColumn()
    {
        for (Id contact : tagged(m_world, "DUPLICATE_RUN")) {
            const auto active = carrying(m_world, contact, "2-31374266", "Active");
            QCOMPARE(active.size(), 2u);
            const qint64 gap = std::abs(m_world.objects.at(active[0]).createdAt - m_world.objects.at(active[1]).createdAt);
            QVERIFY(gap >= 900 && gap <= 2000);
            const auto lines = linesWith(m_world, "credentialing_hubspot_id set to ");
            std::vector<const LogLine *> mine;
            for (const LogLine *line : lines)
                if (line->line.find(std::to_string(contact)) != std::string::npos)
                    mine.push_back(line);
            QCOMPARE(mine.size(), 5u);
            const qint64 spanMs = (mine.back()->timestampNs - mine.front()->timestampNs) / 1000000;
            QVERIFY(spanMs > 40 * kMinute && spanMs < 43 * kMinute);
            QVERIFY(mine.front()->line.find("CredentialingCycleWorker: [jid-") != std::string::npos);
        }
    }

    void relabelEndStates()
    {
        int bothLabels = 0;
        for (Id contact : tagged(m_world, "CONFLICTING_LABELS")) {
            for (auto it = m_world.associations.lower_bound({contact, 0}); it != m_world.associations.end() && it->first.first == contact; ++it)
                bothLabels += it->second.labels.size() == 2;
            QCOMPARE(carrying(m_world, contact, "2-31374266", "Active Attested").size(), 2u);
        }
        QVERIFY(bothLabels >= 1);
        QVERIFY(!tagged(m_world, "MISSING_UNIQUE_LABEL").empty());
        for (Id contact : tagged(m_world, "MISSING_UNIQUE_LABEL"))
            QVERIFY(carrying(m_world, contact, "2-31374266", "Active Attested").empty());
    }

    void logLinesAreRubyLoggerFormat()
    {
        static const QRegularExpression format(QStringLiteral(
            "^([DIWEFA]), \\[\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6} #\\d+\\] (DEBUG| INFO| WARN|ERROR|FATAL|  ANY) -- [^:]*: .+$"));
        QVERIFY(m_world.logLines.size() > 200);
        std::set<std::map<std::string, std::string>> streams;
        for (const LogLine &line : m_world.logLines) {
            const auto match = format.match(QString::fromStdString(line.line));
            QVERIFY2(match.hasMatch(), line.line.c_str());
            QCOMPARE(match.captured(1), match.captured(2).trimmed().left(1));
            streams.insert(line.stream);
        }
        QVERIFY(streams.size() >= 2);
        QVERIFY(!linesWith(m_world, "INFO -- : [").empty()); // Rails request tags
    }

    void idsAreStringsOf11To12Digits()
    {
        const json document = m_world;
        for (const auto &contact : document["contacts"])
            QVERIFY(contact["id"].is_string() && contact["id"].get<std::string>().size() >= 11);
        for (const auto &object : document["objects"])
            QVERIFY(object["id"].is_string() && object["id"].get<std::string>().size() >= 11);
        for (const auto &row : document["therapists"]) {
            for (const auto &[column, value] : row["id_columns"].items())
                QVERIFY(value.is_null() || value.is_string());
        }
    }

    void deterministicAndRoundTrips()
    {
        const json again = generateDemoWorld(kNow);
        QCOMPARE(json(m_world).dump(), again.dump());
        QVERIFY(json(generateDemoWorld(kNow, 7)).dump() != again.dump());
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("world.json")).toStdString();
        std::string error;
        QVERIFY(saveWorldFile(path, m_world, &error));
        World loaded;
        QVERIFY2(loadWorldFile(path, loaded, &error), error.c_str());
        QCOMPARE(json(loaded).dump(), again.dump());
        QVERIFY(!loadWorldFile(dir.filePath(QStringLiteral("missing.json")).toStdString(), loaded, &error));
    }

    void largeWorldIsQuick()
    {
        QElapsedTimer timer;
        timer.start();
        // 20,000 keeps the suite quick on a debug build; benchmarks use 100,000.
        const World large = generateLargeWorld(20000, kNow);
        QCOMPARE(large.therapists.size(), 20000u);
        QVERIFY(large.objects.size() >= 20000);
        std::set<Id> contacts;
        for (const auto &row : large.therapists)
            QVERIFY(contacts.insert(*row.hubspotId).second);
        QVERIFY(!tagged(large, "MULTIPLE_UNIQUE_LABEL").empty());
        QVERIFY2(timer.elapsed() < 15000, std::to_string(timer.elapsed()).c_str());
    }

    void sqliteExportIsReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QString error;
        QVERIFY2(TherapistDatabase::write(m_world, path, &error), qPrintable(error));
        QVERIFY(TherapistDatabase::write(m_world, path, &error)); // replaces an existing file
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM therapists")) && query.next());
            QCOMPARE(query.value(0).toLongLong(), qlonglong(m_world.therapists.size()));
            const Id contact = tagged(m_world, "PULL_BEFORE_CREATE").front();
            QVERIFY(query.prepare(QStringLiteral("SELECT id, hubspot_id, credentialing_active_attested_id, created_at, npi_number "
                                                 "FROM therapists WHERE hubspot_id = ?")));
            query.addBindValue(qlonglong(contact));
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(1).toLongLong(), contact);
            QVERIFY(query.value(2).isNull());
            QVERIFY(query.value(3).toString().endsWith(QLatin1Char('Z')));
            QCOMPARE(query.value(0).toString().size(), 36);
            QCOMPARE(query.value(4).toString().size(), 10);
            const Id healthy = tagged(m_world, "HEALTHY").front();
            QVERIFY(query.prepare(QStringLiteral("SELECT credentialing_active_attested_id FROM therapists WHERE hubspot_id = ?")));
            query.addBindValue(qlonglong(healthy));
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toLongLong(), *rowOf(m_world, healthy).idColumns.at("credentialing_active_attested_id"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void demoEnvironmentServesAndDescribesItself()
    {
        QTemporaryDir dir;
        DemoEnvironment environment;
        DemoOptions options;
        options.now = kNow;
        options.dataDir = dir.path();
        QString error;
        QVERIFY2(environment.start(options, &error), qPrintable(error));
        QVERIFY(environment.port() != 0);
        QVERIFY(QFile::exists(environment.databasePath()));
        const json profile = json::parse(environment.profileJson().toStdString());
        std::set<std::string> keys;
        for (const auto &[key, value] : profile.items())
            keys.insert(key);
        QCOMPARE(keys, (std::set<std::string>{"name", "hubspot", "objects", "database", "loki", "sentry", "resync"}));
        const std::string base = "http://127.0.0.1:" + std::to_string(environment.port());
        QCOMPARE(profile["hubspot"]["base_url"], base);
        QCOMPARE(profile["hubspot"]["token_env"], "CREDSYNC_DEMO_HUBSPOT_TOKEN");
        QCOMPARE(profile["loki"]["base_url"], base);
        QCOMPARE(profile["sentry"]["token_env"], "CREDSYNC_DEMO_SENTRY_TOKEN");
        QCOMPARE(profile["database"]["url"], "sqlite://" + environment.databasePath().toStdString());
        QVERIFY(profile["database"]["url"].get<std::string>().rfind("sqlite:///", 0) == 0);
        QCOMPARE(profile["objects"].size(), 3u);
        QCOMPARE(profile["objects"][0]["type_id"], "2-31374266");
        QCOMPARE(profile["objects"][0]["labels"]["Active Attested"], "credentialing_active_attested_id");
        QCOMPARE(profile["objects"][0]["required_label"], "Active Attested");
        QCOMPARE(profile["resync"]["properties"]["license_state"], "license_state");
        QVERIFY(environment.profileJson().indexOf(QByteArray::fromStdString(environment.server()->world().tokens.hubspot)) < 0);

        environment.exportSecretsToEnvironment();
        const QByteArray token = qgetenv("CREDSYNC_DEMO_HUBSPOT_TOKEN");
        QCOMPARE(token.toStdString(), environment.server()->world().tokens.hubspot);
        credsync::sandbox::test::HttpClient http(QString::fromStdString(base), token);
        QCOMPARE(http.get(QStringLiteral("/account-info/v3/details")).status, 200);
        DemoEnvironment second;
        options.worldFile = dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(!second.start(options, &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
    }

    // Numbers that would have been converted with undefined behaviour (a double out of int range) are
    // refused with the path inside the file. Found by tests/fuzz/fuzz_world (UBSan: float-cast-overflow).
    void outOfRangeNumbersAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("float typeId")
            << QByteArray(R"({"associationLabels":[{"from":"0-1","to":"2-1","definitions":[{"typeId":1e300}]}]})")
            << QStringLiteral("associationLabels[0].definitions[0].typeId");
        QTest::newRow("float cap")
            << QByteArray(R"({"associationLabels":[{"from":"0-1","to":"2-1","definitions":[{"typeId":71},)"
                          R"({"typeId":73,"userEnforcedMaxToObjectIds":1e300}]}]})")
            << QStringLiteral("associationLabels[0].definitions[1].userEnforcedMaxToObjectIds");
        QTest::newRow("cap beyond int")
            << QByteArray(R"({"associationLabels":[{"from":"0-1","to":"2-1","definitions":[{"typeId":73,"userEnforcedMaxToObjectIds":4294967296}]}]})")
            << QStringLiteral("associationLabels[0].definitions[0].userEnforcedMaxToObjectIds");
        QTest::newRow("float setting") << QByteArray(R"({"settings":{"tenSecondlyMax":1e300}})")
                                       << QStringLiteral("settings.tenSecondlyMax");
        QTest::newRow("negative setting") << QByteArray(R"({"settings":{"dailyMax":-1}})")
                                          << QStringLiteral("settings.dailyMax");
    }

    void outOfRangeNumbersAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("world.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        World loaded;
        std::string error;
        QVERIFY(!loadWorldFile(file.toStdString(), loaded, &error));
        QVERIFY2(QString::fromStdString(error).contains(path + QStringLiteral(": expected ")), error.c_str());

        // The same numbers in range load.
        QVERIFY2(loadWorldFile(writeWorld(dir, R"({"settings":{"tenSecondlyMax":7},"associationLabels":[{"from":"0-1",)"
                                                   R"("to":"2-1","definitions":[{"typeId":73,"userEnforcedMaxToObjectIds":1}]}]})"),
                               loaded, &error),
                 error.c_str());
        QCOMPARE(loaded.settings.tenSecondlyMax, 7);
        QCOMPARE(loaded.labelSets.at(0).definitions.at(0).typeId, 73);
        QCOMPARE(loaded.labelSets.at(0).definitions.at(0).userEnforcedMaxToObjectIds.value_or(-1), 1);
    }

    void sandboxCommandWritesTheDemoWorld()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.json"));
        QCOMPARE(runSandboxCommand({QStringLiteral("sandbox"), QStringLiteral("--write-demo-world"), path}), 0);
        World loaded;
        std::string error;
        QVERIFY(loadWorldFile(path.toStdString(), loaded, &error));
        QVERIFY(loaded.therapists.size() >= 40);
        QCOMPARE(runSandboxCommand({QStringLiteral("--no-such-option")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWorld)
#include "tst_sandbox_world.moc"
