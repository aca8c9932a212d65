#include <QtTest>

#include "core/profile.h"
#include "testsupport.h"

#include <nlohmann/json.hpp>

using namespace credsync;

// Bad profiles are the good one with one change, so each row fails for exactly the reason it names.
class TestProfile : public QObject
{
    Q_OBJECT
private:
    static QByteArray mutated(const QString &pointer, const QString &valueJson)
    {
        auto json = nlohmann::ordered_json::parse(test::readData(QStringLiteral("profiles/full.json")).toStdString());
        const nlohmann::ordered_json::json_pointer at(pointer.toStdString());
        if (valueJson == QStringLiteral("<remove>"))
            json[at.parent_pointer()].erase(at.back());
        else
            json[at] = nlohmann::ordered_json::parse(valueJson.toStdString());
        return QByteArray::fromStdString(json.dump());
    }

private Q_SLOTS:
    void fullProfile()
    {
        const auto result = Profile::load(test::dataPath(QStringLiteral("profiles/full.json")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const Profile &p = result.value();
        QCOMPARE(p.name, QStringLiteral("Production (EU)"));
        QVERIFY(p.readOnly);
        QVERIFY(p.path.endsWith(QStringLiteral("profiles/full.json")));
        QCOMPARE(p.hubspot.portalId, QStringLiteral("4634981"));
        QCOMPARE(p.hubspot.uiDomain, QStringLiteral("app-eu1.hubspot.com"));
        QCOMPARE(p.hubspot.maxConcurrentRequests, 4);
        QCOMPARE(p.hubspot.timeoutMs, 15000);
        QCOMPARE(p.objects.size(), std::size_t(3));
        const ObjectTypeProfile &c = p.objects[0];
        QCOMPARE(c.typeId, QStringLiteral("2-31374266"));
        // Key order of "labels" is the file's order, not alphabetical.
        QCOMPARE(c.labels[0].label, QStringLiteral("Relocation"));
        QCOMPARE(c.labels[1].label, QStringLiteral("Active Attested"));
        QCOMPARE(c.labels[2].column, QStringLiteral("credentialing_hubspot_id"));
        QCOMPARE(c.columnForLabel(QStringLiteral("Active")), QStringLiteral("credentialing_hubspot_id"));
        QCOMPARE(c.labelForColumn(QStringLiteral("credentialing_relocation_id")), QStringLiteral("Relocation"));
        QCOMPARE(c.columnForLabel(QStringLiteral("Nope")), QString());
        QCOMPARE(c.requiredLabel, QStringLiteral("Active Attested"));
        QCOMPARE(c.exclusiveLabels.size(), std::size_t(1));
        QCOMPARE(c.exclusiveLabels[0], (QStringList{QStringLiteral("Active Attested"), QStringLiteral("Active")}));
        QCOMPARE(p.idColumns(), (QStringList{QStringLiteral("credentialing_relocation_id"), QStringLiteral("credentialing_active_attested_id"),
                                            QStringLiteral("credentialing_hubspot_id"), QStringLiteral("license_hubspot_id"),
                                            QStringLiteral("address_hubspot_id")}));
        QCOMPARE(p.objectByName(QStringLiteral("license"))->typeId, QStringLiteral("2-31374301"));
        QCOMPARE(p.objectByTypeId(QStringLiteral("2-31374302"))->name, QStringLiteral("Therapist Address"));
        QVERIFY(!p.objectByTypeId(QStringLiteral("2-1")));
        QCOMPARE(p.database.nameColumns.size(), 3);
        QCOMPARE(p.loki.user, QStringLiteral("123456"));
        QCOMPARE(p.loki.orgId, QStringLiteral("tenant-1"));
        QCOMPARE(p.loki.lookbackDays, 14);
        QCOMPARE(p.loki.limit, 1000);
        QCOMPARE(p.loki.exploreUrl, QStringLiteral("https://grafana.example.com"));
        QCOMPARE(p.loki.datasourceUid, QStringLiteral("P8E80F9AEF21F6940"));
        QVERIFY(p.loki.pullNothingPattern.startsWith(QStringLiteral("Did not found")));
        QCOMPARE(p.sentry.statsPeriod, QStringLiteral("24h"));
        QCOMPARE(p.sentry.retentionDays, 60);
        QCOMPARE(p.resync.properties.size(), std::size_t(3));
        QCOMPARE(p.resync.properties[0].first, QStringLiteral("npi_number"));
        QCOMPARE(p.resync.properties[0].second, QStringLiteral("npi"));
        QCOMPARE(p.resync.properties[2].first, QStringLiteral("ahead_col"));
        QCOMPARE(p.workspace.url, QStringLiteral("sqlite:///var/lib/credsync/workspace.sqlite"));
        QCOMPARE(p.diagnosis.duplicateRunWindowSeconds, 30);
        QCOMPARE(p.diagnosis.rapidChangeWindowSeconds, 1800);
        QCOMPARE(p.diagnosis.freshSignupHours, 12);
        QCOMPARE(p.diagnosis.recheckSeconds, 60);
    }

    void minimalProfileTakesDefaults()
    {
        const auto result = Profile::load(test::dataPath(QStringLiteral("profiles/minimal.json")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const Profile &p = result.value();
        QCOMPARE(p.name, QStringLiteral("minimal")); // the file's base name
        QVERIFY(!p.readOnly);
        QCOMPARE(p.hubspot.portalId, QStringLiteral("4634981")); // a JSON number kept as exact digits
        QCOMPARE(p.hubspot.baseUrl, QUrl(QStringLiteral("https://api.hubapi.com")));
        QCOMPARE(p.database.keyColumn, QStringLiteral("id"));
        QCOMPARE(p.database.passwordEnv, QStringLiteral("CREDSYNC_DB_PASSWORD"));
        QVERIFY(p.loki.baseUrl.isEmpty());
        QVERIFY(p.sentry.baseUrl.isEmpty());
        QCOMPARE(p.diagnosis.recheckSeconds, 120);
        QCOMPARE(p.loki.lookbackDays, 30);
        QCOMPARE(p.sentry.retentionDays, 90);
        QVERIFY(p.sentry.statsPeriod.isEmpty()); // unset: the therapist's own window
    }

    void postgresUrlForms_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("postgresql") << QStringLiteral("postgresql://credsync@127.0.0.1:55432/credsync_test");
        QTest::newRow("postgres") << QStringLiteral("postgres://credsync@localhost/backend");
        QTest::newRow("options") << QStringLiteral("postgresql://u@h:5432/d?sslmode=verify-full&connect_timeout=5");
        QTest::newRow("sqlite") << QStringLiteral("sqlite:///var/lib/app/db.sqlite");
    }
    void postgresUrlForms()
    {
        QFETCH(QString, url);
        const auto result = Profile::fromJson(mutated(QStringLiteral("/database/url"), QString::fromStdString(nlohmann::json(url.toStdString()).dump())));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    }

    void badProfiles_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *pointer, const char *value, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(pointer) << QString::fromUtf8(value) << QString::fromUtf8(expected);
        };
        row("type id", "/objects/0/type_id", "\"credentialing\"",
            "objects[0].type_id: expected an object type id like 2-31374266, got \"credentialing\"");
        row("type id number", "/objects/1/type_id", "231374301", "objects[1].type_id: expected a string, got 231374301");
        row("contact type id", "/objects/0/type_id", "\"0-1\"", "objects[0].type_id: expected an object type id like 2-31374266");
        row("missing table", "/database/table", "<remove>", "database.table: is required");
        row("empty table", "/database/table", "\"\"", "database.table: must not be empty");
        row("missing database", "/database", "<remove>", "database: is required");
        row("missing url", "/database/url", "<remove>", "database.url: is required");
        row("no objects", "/objects", "[]", "objects: expected a non-empty list");
        row("objects not list", "/objects", "{}", "objects: expected a non-empty list");
        row("labels list", "/objects/0/labels", "[\"Active\"]", "objects[0].labels: expected a JSON object of label name");
        row("unknown unique label", "/objects/0/unique_labels/1", "\"Activ\"",
            "objects[0].unique_labels[1]: unknown label \"Activ\": expected one of the labels in objects[0].labels (Relocation, Active Attested, Active)");
        row("unknown required label", "/objects/0/required_label", "\"Attested\"", "objects[0].required_label: unknown label \"Attested\"");
        row("unknown exclusive label", "/objects/0/exclusive_labels/0/1", "\"Inactive\"", "objects[0].exclusive_labels[0][1]: unknown label \"Inactive\"");
        row("exclusive of one", "/objects/0/exclusive_labels/0", "[\"Active\"]", "objects[0].exclusive_labels[0]: expected a list of at least two labels");
        row("duplicate id column", "/objects/1/labels/Active", "\"credentialing_hubspot_id\"",
            "objects[1].labels[\"Active\"]: duplicate column \"credentialing_hubspot_id\": already used by objects[0].labels[\"Active\"]");
        row("id column is key", "/database/key_column", "\"license_hubspot_id\"", "database.key_column: duplicate column \"license_hubspot_id\"");
        row("duplicate name column", "/database/name_columns/2", "\"first_name\"", "database.name_columns[2]: duplicate column \"first_name\"");
        row("duplicate object", "/objects/1/name", "\"credentialing\"", "objects[1].name: object type \"credentialing\" is listed twice");
        row("resync object", "/resync/object", "\"Credentialling\"",
            "resync.object: expected one of the object types in objects (Credentialing, License, Therapist Address), got \"Credentialling\"");
        row("resync label", "/resync/label", "\"Primary\"", "resync.label: unknown label \"Primary\" for object type Credentialing");
        row("resync property twice", "/resync/properties/ahead_col", "\"npi\"", "HubSpot property \"npi\" is written from two columns");
        row("hubspot url scheme", "/hubspot/base_url", "\"ftp://api.hubapi.com\"", "hubspot.base_url: expected an http:// or https:// URL, got \"ftp://api.hubapi.com\"");
        row("loki url", "/loki/base_url", "\"logs.example.com\"", "loki.base_url: expected an http:// or https:// URL");
        row("sentry url", "/sentry/base_url", "\"javascript:alert(1)\"", "sentry.base_url: expected an http:// or https:// URL");
        row("explore url", "/loki/explore_url", "\"grafana\"", "loki.explore_url: expected an http:// or https:// URL");
        row("relative sqlite", "/database/url", "\"sqlite://relative/db.sqlite\"", "database.url: expected sqlite:///absolute/path.sqlite or postgresql://user@host:port/database");
        row("mysql", "/database/url", "\"mysql://u@h/d\"", "database.url: expected sqlite:///absolute/path.sqlite or postgresql://user@host:port/database, got \"mysql://u@h/d\"");
        row("pg no db", "/database/url", "\"postgresql://u@h:5432\"", "database.url: expected sqlite:///");
        row("pg password in url", "/database/url", "\"postgresql://u:hunter2@h:5432/d\"", "database.url: the database URL contains a password");
        row("pg unknown option", "/database/url", "\"postgresql://u@h/d?password=x\"", "database.url: the database URL contains a password");
        row("hubspot token literal", "/hubspot/token", "\"pat-na1-1234\"", "hubspot.token: secrets are not read from the profile file");
        row("db password literal", "/database/password", "\"hunter2\"", "database.password: secrets are not read from the profile file");
        row("sentry token literal", "/sentry/Token", "\"abc\"", "sentry.Token: secrets are not read from the profile file");
        row("loki password literal", "/loki/password", "\"abc\"", "loki.password: secrets are not read from the profile file");
        row("token env name", "/hubspot/token_env", "\"pat-na1-1234-abcd\"", "hubspot.token_env: expected an environment variable name");
        row("portal id", "/hubspot/portal_id", "\"46349a81\"", "hubspot.portal_id: expected a portal id of digits");
        row("portal id float", "/hubspot/portal_id", "4.634981e6", "hubspot.portal_id: expected a portal id of digits");
        row("timeout type", "/hubspot/timeout_ms", "\"30s\"", "hubspot.timeout_ms: expected an integer from 100 to 600000, got \"30s\"");
        row("concurrency range", "/hubspot/max_concurrent_requests", "0", "hubspot.max_concurrent_requests: expected an integer from 1 to 64, got 0");
        row("read_only type", "/read_only", "\"yes\"", "read_only: expected true or false, got \"yes\"");
        row("hubspot not object", "/hubspot", "\"https://api.hubapi.com\"", "hubspot: expected a JSON object");
        row("bad regex", "/loki/pull_nothing_pattern", "\"(unclosed\"", "loki.pull_nothing_pattern: expected a regular expression");
        row("stats period", "/sentry/stats_period", "\"two weeks\"", "sentry.stats_period: expected a period like 14d or 24h");
        row("sentry retention", "/sentry/retention_days", "0", "sentry.retention_days: expected an integer from 1 to 3650, got 0");
        row("sentry org", "/sentry/org", "<remove>", "sentry.org: is required when sentry.base_url is set");
        row("diagnosis window", "/diagnosis/duplicate_run_window_seconds", "-5", "diagnosis.duplicate_run_window_seconds: expected an integer from 1 to 86400, got -5");
        row("workspace url", "/workspace/url", "\"~/workspace.sqlite\"", "workspace.url: expected sqlite:///");
        row("column with quote", "/database/email_column", "\"email\\\"; drop table x; --\"", "database.email_column: expected a column name");
        row("name columns type", "/database/name_columns", "\"first_name last_name\"", "database.name_columns: expected a list of strings");
    }

    void badProfiles()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const auto result = Profile::fromJson(mutated(pointer, value), QStringLiteral("bad.json"));
        QVERIFY2(!result.ok(), "the profile was accepted");
        QCOMPARE(result.error().kind, Error::Kind::Config);
        QVERIFY2(result.error().message.startsWith(QStringLiteral("bad.json: ")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        // A rejected literal secret must not be echoed back into a message that may be logged.
        QVERIFY(!result.error().message.contains(QStringLiteral("hunter2")));
        QVERIFY(!result.error().message.contains(QStringLiteral("pat-na1-1234\"")));
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trailing comma") << QByteArray("{\n  \"hubspot\": {},\n  \"objects\": [1,],\n}") << QStringLiteral("invalid JSON: parse error at line 3, column");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid JSON: parse error at line 1, column 1");
        QTest::newRow("not utf-8") << QByteArray("{\"name\": \"\xff\xfe\"}") << QStringLiteral("invalid JSON: parse error at line 1");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("expected a JSON object at the top level, got []");
        // Found by tests/fuzz/fuzz_profile: nlohmann throws out_of_range (not parse_error) for it.
        QTest::newRow("number beyond double") << QByteArray("{\"hubspot\": {}, \"objects\": 1e999}")
                                              << QStringLiteral("invalid JSON: number overflow parsing '1e999'");
        QTest::newRow("no hubspot") << QByteArray("{}") << QStringLiteral("hubspot: is required");
    }
    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto result = Profile::fromJson(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    }

    void missingFile()
    {
        const auto result = Profile::load(QStringLiteral("/nonexistent/profile.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Config);
        QVERIFY(result.error().message.contains(QStringLiteral("/nonexistent/profile.json")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
