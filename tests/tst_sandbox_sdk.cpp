// Where HubSpot's official SDK (generated from HubSpot's OpenAPI specs) and the sandbox disagreed:
// the forms of a request the SDK sends and the fields of HubSpot's models it requires in answers.
#include "tst_sandbox_http.h"

#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

using namespace credsync::sandbox;
using credsync::sandbox::test::HttpClient;
using credsync::sandbox::test::HttpReply;
using nlohmann::json;

namespace {
const QDateTime kNow(QDate(2025, 9, 17), QTime(15, 0), QTimeZone::utc());

Id firstWith(const World &world, const std::string &scenario)
{
    for (const auto &tag : world.scenarios)
        if (tag.scenario == scenario)
            return tag.contactId;
    return 0;
}

// HubSpot's StandardError: status, category, message, context, links and errors are required;
// subCategory is optional.
void verifyStandardError(const json &item)
{
    QVERIFY2(item.is_object(), item.dump().c_str());
    QVERIFY2(item.contains("status") && item["status"].is_string(), item.dump().c_str());
    QVERIFY2(item.contains("category") && item["category"].is_string(), item.dump().c_str());
    QVERIFY2(item.contains("message") && item["message"].is_string(), item.dump().c_str());
    QVERIFY2(item.contains("context") && item["context"].is_object(), item.dump().c_str());
    QVERIFY2(item.contains("links") && item["links"].is_object(), item.dump().c_str());
    QVERIFY2(item.contains("errors") && item["errors"].is_array(), item.dump().c_str());
    if (item.contains("subCategory"))
        QVERIFY(item["subCategory"].is_string());
}
} // namespace

class TestSandboxSdk : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    World &world() { return m_server->world(); }

    Id credentialingOf(Id contact)
    {
        for (auto it = world().associations.lower_bound({contact, 0});
             it != world().associations.end() && it->first.first == contact; ++it)
            if (it->second.objectType == "2-31374266")
                return it->second.objectId;
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(generateDemoWorld(kNow));
        QVERIFY(m_server->listenLocal() != 0);
        m_http = std::make_unique<HttpClient>(m_server->baseUrl(), QByteArray::fromStdString(world().tokens.hubspot));
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void repeatedPropertiesAreAllRead_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("repeated (the SDK)") << QStringLiteral("?properties=npi&properties=license_state");
        QTest::newRow("comma-separated") << QStringLiteral("?properties=npi,license_state");
        QTest::newRow("mixed") << QStringLiteral("?properties=npi&properties=license_state,npi");
    }
    void repeatedPropertiesAreAllRead()
    {
        QFETCH(QString, query);
        const Id object = credentialingOf(firstWith(world(), "HEALTHY"));
        QVERIFY(object != 0);
        const HttpReply reply = m_http->get(QStringLiteral("/crm/v3/objects/2-31374266/") + QString::number(object) + query);
        QCOMPARE(reply.status, 200);
        const json properties = reply.json()["properties"];
        QCOMPARE(properties["npi"], world().objects.at(object).properties.at("npi"));
        QCOMPARE(properties["license_state"], world().objects.at(object).properties.at("license_state"));
    }

    void errorsOfA207AreStandardErrors()
    {
        const Id object = credentialingOf(firstWith(world(), "HEALTHY"));
        const json objects = {{"properties", {"npi"}}, {"propertiesWithHistory", json::array()},
                              {"inputs", {{{"id", std::to_string(object)}}, {{"id", "99999999991"}}}}};
        const HttpReply objectBatch = m_http->post(QStringLiteral("/crm/v3/objects/2-31374266/batch/read"), objects);
        QCOMPARE(objectBatch.status, 207);
        QCOMPARE(objectBatch.json()["errors"].size(), 1u);
        verifyStandardError(objectBatch.json()["errors"][0]);
        QCOMPARE(objectBatch.json()["errors"][0]["context"]["ids"][0], "99999999991");

        const json associations = {{"inputs", {{{"id", std::to_string(firstWith(world(), "HEALTHY"))}},
                                               {{"id", std::to_string(firstWith(world(), "NO_OBJECTS"))}}}}};
        const HttpReply associationBatch = m_http->post(QStringLiteral("/crm/v4/associations/contacts/2-31374266/batch/read"), associations);
        QCOMPARE(associationBatch.status, 207);
        QCOMPARE(associationBatch.json()["errors"].size(), 1u);
        verifyStandardError(associationBatch.json()["errors"][0]);
        QCOMPARE(associationBatch.json()["errors"][0]["subCategory"], "crm.associations.NO_ASSOCIATIONS_FOUND");
    }
};

QTEST_GUILESS_MAIN(TestSandboxSdk)
#include "tst_sandbox_sdk.moc"
