// The sandbox's HubSpot writes (both PUT semantics, caps) and its fault rules, over real HTTP.
#include "tst_sandbox_http.h"

#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QtTest>

#include <set>

using namespace credsync::sandbox;
using credsync::sandbox::test::HttpClient;
using credsync::sandbox::test::HttpReply;
using nlohmann::json;

namespace {
const QDateTime kNow = QDateTime(QDate(2025, 9, 17), QTime(15, 0), Qt::UTC);
const QString kCredentialing = QStringLiteral("2-31374266");
} // namespace

class TestSandboxWrites : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    Id m_contact = 0;  // "relabel step 3 failed": old object Active + Active Attested, new one Active Attested
    Id m_old = 0;
    Id m_new = 0;

    World &world() { return m_server->world(); }

    // typeId of a label in the contact → Credentialing direction, read from the server like a client would.
    Id typeId(const std::string &label, const QString &from = QStringLiteral("0-1"), const QString &to = kCredentialing)
    {
        const json labels = m_http->get(QStringLiteral("/crm/v4/associations/") + from + QLatin1Char('/') + to +
                                        QStringLiteral("/labels")).json();
        for (const auto &definition : labels["results"])
            if (definition["label"] == label)
                return definition["typeId"];
        return 0;
    }
    json type(const std::string &label) { return {{"associationCategory", "USER_DEFINED"}, {"associationTypeId", typeId(label)}}; }

    // Labels of the contact's association to `object`, as the API lists them (nullopt: no association).
    std::optional<std::set<std::string>> labelsOf(Id contact, Id object)
    {
        const json page = m_http->get(QStringLiteral("/crm/v4/objects/0-1/") + QString::number(contact) +
                                      QStringLiteral("/associations/") + kCredentialing).json();
        for (const auto &result : page["results"]) {
            if (result["toObjectId"].get<Id>() != object)
                continue;
            std::set<std::string> labels;
            for (const auto &type : result["associationTypes"])
                if (!type["label"].is_null())
                    labels.insert(type["label"].get<std::string>());
            return labels;
        }
        return std::nullopt;
    }
    QString pairPath(Id contact, Id object)
    {
        return QStringLiteral("/crm/v4/objects/contacts/") + QString::number(contact) + QStringLiteral("/associations/") +
               kCredentialing + QLatin1Char('/') + QString::number(object);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(generateDemoWorld(kNow));
        QVERIFY(m_server->listenLocal() != 0);
        m_http = std::make_unique<HttpClient>(m_server->baseUrl(), QByteArray::fromStdString(world().tokens.hubspot));
        for (const auto &tag : world().scenarios)
            if (tag.scenario == "CONFLICTING_LABELS")
                m_contact = tag.contactId;
        for (auto it = world().associations.lower_bound({m_contact, 0}); it != world().associations.end() && it->first.first == m_contact; ++it)
            (it->second.labels.size() == 2 ? m_old : m_new) = it->second.objectId;
        QVERIFY(m_old && m_new);
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void putReplacesLabels()
    {
        const HttpReply reply = m_http->send("PUT", pairPath(m_contact, m_old), QByteArray::fromStdString(json::array({type("Active")}).dump()));
        QCOMPARE(reply.status, 201);
        const json body = reply.json();
        QCOMPARE(body["fromObjectTypeId"], "0-1");
        QCOMPARE(body["fromObjectId"].get<Id>(), m_contact);
        QCOMPARE(body["toObjectTypeId"], kCredentialing.toStdString());
        QVERIFY(body["toObjectId"].is_number_integer());
        QCOMPARE(body["labels"], json::array({"Active"}));
        QCOMPARE(*labelsOf(m_contact, m_old), std::set<std::string>{"Active"});
    }

    void putAppendsWhenSwitched()
    {
        const HttpReply admin = m_http->post(QStringLiteral("/__sandbox/put-semantics"), json{{"mode", "append"}});
        QCOMPARE(admin.json()["mode"], "append");
        QCOMPARE(m_http->send("PUT", pairPath(m_contact, m_new), QByteArray::fromStdString(json::array({type("Relocation")}).dump())).status, 201);
        QCOMPARE(*labelsOf(m_contact, m_new), (std::set<std::string>{"Active Attested", "Relocation"}));
        QCOMPARE(m_http->post(QStringLiteral("/__sandbox/put-semantics"), json{{"mode", "sideways"}}).status, 400);
        QVERIFY(m_server->setPutSemantics(QStringLiteral("replace")));
        QCOMPARE(m_http->send("PUT", pairPath(m_contact, m_new), QByteArray::fromStdString(json::array({type("Relocation")}).dump())).status, 201);
        QCOMPARE(*labelsOf(m_contact, m_new), std::set<std::string>{"Relocation"});
        // A typeId from the other direction is not valid here.
        const json wrongDirection = json::array({{{"associationCategory", "USER_DEFINED"},
                                                  {"associationTypeId", typeId("Active", kCredentialing, QStringLiteral("0-1"))}}});
        QCOMPARE(m_http->send("PUT", pairPath(m_contact, m_new), QByteArray::fromStdString(wrongDirection.dump())).status, 400);
    }

    void putFromTheObjectSideKeepsBothDirections()
    {
        const QString path = QStringLiteral("/crm/v4/objects/") + kCredentialing + QLatin1Char('/') + QString::number(m_new) +
                             QStringLiteral("/associations/contacts/") + QString::number(m_contact);
        const json body = json::array({{{"associationCategory", "USER_DEFINED"},
                                        {"associationTypeId", typeId("Active", kCredentialing, QStringLiteral("0-1"))}}});
        QCOMPARE(m_http->send("PUT", path, QByteArray::fromStdString(body.dump())).status, 201);
        QCOMPARE(*labelsOf(m_contact, m_new), std::set<std::string>{"Active"});
    }

    void batchCreateAddsAndArchiveRemovesJustThoseLabels()
    {
        const json create = {{"inputs", {{{"from", {{"id", std::to_string(m_contact)}}}, {"to", {{"id", std::to_string(m_new)}}},
                                          {"types", json::array({type("Relocation")})}}}}};
        const HttpReply created = m_http->post(QStringLiteral("/crm/v4/associations/contacts/2-31374266/batch/create"), create);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()["results"][0]["toObjectId"].get<Id>(), m_new);
        QCOMPARE(*labelsOf(m_contact, m_new), (std::set<std::string>{"Active Attested", "Relocation"}));

        json partial = create;
        partial["inputs"].push_back({{"from", {{"id", std::to_string(m_contact)}}}, {"to", {{"id", "99999999999"}}}, {"types", json::array({type("Active")})}});
        QCOMPARE(m_http->post(QStringLiteral("/crm/v4/associations/contacts/2-31374266/batch/create"), partial).status, 207);

        const json archive = {{"inputs", {{{"from", {{"id", std::to_string(m_contact)}}}, {"to", {{"id", std::to_string(m_old)}}},
                                           {"types", json::array({type("Active Attested")})}}}}};
        const HttpReply archived = m_http->post(QStringLiteral("/crm/v4/associations/contacts/2-31374266/batch/labels/archive"), archive);
        QCOMPARE(archived.status, 204);
        QCOMPARE(*labelsOf(m_contact, m_old), std::set<std::string>{"Active"});
        json all = archive;
        all["inputs"][0]["types"] = json::array({type("Active")});
        QCOMPARE(m_http->post(QStringLiteral("/crm/v4/associations/contacts/2-31374266/batch/labels/archive"), all).status, 204);
        QVERIFY(labelsOf(m_contact, m_old).has_value()); // the unlabeled association stays
        QVERIFY(labelsOf(m_contact, m_old)->empty());
    }

    void deleteRemovesTheAssociationBothWays()
    {
        QCOMPARE(m_http->send("DELETE", pairPath(m_contact, m_old)).status, 204);
        QVERIFY(!labelsOf(m_contact, m_old).has_value());
        const json back = m_http->get(QStringLiteral("/crm/v4/objects/2-31374266/") + QString::number(m_old) + QStringLiteral("/associations/0-1")).json();
        QVERIFY(back["results"].empty());
    }

    void capsAreEnforced()
    {
        // License "Active" is capped at one record per contact in the demo portal.
        Id contact = 0;
        Id licensed = 0;
        for (const auto &[key, association] : world().associations)
            if (association.objectType == "2-31374301")
                std::tie(contact, licensed) = key;
        QVERIFY(contact);
        const Id second = 31999999999LL;
        world().objects[second] = {second, "2-31374301", 0, 0, false, {}};
        const json active = json::array({{{"associationCategory", "USER_DEFINED"}, {"associationTypeId", typeId("Active", QStringLiteral("0-1"), QStringLiteral("2-31374301"))}}});
        const QString path = QStringLiteral("/crm/v4/objects/0-1/") + QString::number(contact) + QStringLiteral("/associations/2-31374301/") + QString::number(second);
        const HttpReply refused = m_http->send("PUT", path, QByteArray::fromStdString(active.dump()));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json()["category"], "VALIDATION_ERROR");
        QVERIFY(world().findAssociation(contact, second) == nullptr); // nothing half-written
        world().removeAssociation(contact, licensed);
        QCOMPARE(m_http->send("PUT", path, QByteArray::fromStdString(active.dump())).status, 201);
    }

    void patchSetsAndClearsProperties()
    {
        const QString path = QStringLiteral("/crm/v3/objects/2-31374266/") + QString::number(m_new);
        const HttpReply patched = m_http->send("PATCH", path, R"({"properties":{"license_state":"OR","npi":""}})");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()["properties"]["license_state"], "OR");
        QCOMPARE(world().objects.at(m_new).properties.count("npi"), 0u);
        QCOMPARE(m_http->send("PATCH", QStringLiteral("/crm/v3/objects/2-31374266/99999999999"), R"({"properties":{"npi":"1"}})").status, 404);
    }

    void faultStatusForLimitedTimes()
    {
        const json rule = {{"method", "GET"}, {"path", "^/account-info/"}, {"status", 503}, {"times", 1},
                           {"body", "upstream unavailable"}};
        QCOMPARE(m_http->post(QStringLiteral("/__sandbox/faults"), rule).status, 201);
        const HttpReply failed = m_http->get(QStringLiteral("/account-info/v3/details"));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.body, QByteArray("upstream unavailable"));
        QCOMPARE(m_http->get(QStringLiteral("/account-info/v3/details")).status, 200);
        const json listed = m_http->get(QStringLiteral("/__sandbox/faults")).json();
        QCOMPARE(listed[0]["fired"], 1);
        QCOMPARE(listed[0]["matched"], 2);
    }

    void faultOnNthMatchOnly()
    {
        FaultRule rule;
        rule.method = "PUT";
        rule.pathPattern = QStringLiteral("/associations/");
        rule.nth = 2;
        rule.times = 1;
        rule.status = 502;
        m_server->addFault(rule);
        const QByteArray body = QByteArray::fromStdString(json::array({type("Active")}).dump());
        QCOMPARE(m_http->send("PUT", pairPath(m_contact, m_old), body).status, 201);
        QCOMPARE(m_http->send("PUT", pairPath(m_contact, m_old), body).status, 502);
        QCOMPARE(m_http->send("PUT", pairPath(m_contact, m_old), body).status, 201);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/__sandbox/faults")).status, 204);
        QVERIFY(m_server->faultsJson().empty());
    }

    void faultDropsTheConnection()
    {
        // QNetworkAccessManager resends once when a reused keep-alive connection closes without an
        // answer, so a single drop can be invisible to it: drop twice.
        m_http->post(QStringLiteral("/__sandbox/faults"), json{{"path", "^/crm/v3/objects/"}, {"drop", true}, {"times", 2}});
        const HttpReply dropped = m_http->get(QStringLiteral("/crm/v3/objects/2-31374266/") + QString::number(m_new));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(m_http->get(QStringLiteral("/crm/v3/objects/2-31374266/") + QString::number(m_new)).status, 200);
    }

    void latencyLetsRequestsOverlapAndTheLogShowsIt()
    {
        m_server->clearRequests();
        m_http->post(QStringLiteral("/__sandbox/faults"), json{{"path", "^/crm/v3/objects/"}, {"delayMs", 300}});
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i)
            replies << m_http->start("GET", QStringLiteral("/crm/v3/objects/2-31374266/") + QString::number(m_new));
        for (QNetworkReply *reply : replies)
            QCOMPARE(HttpClient::wait(reply).status, 200);
        QVERIFY(timer.elapsed() >= 300);
        QVERIFY2(timer.elapsed() < 850, "delayed requests were served one after another");
        const json log = m_http->get(QStringLiteral("/__sandbox/requests")).json();
        QCOMPARE(log.size(), 3u); // admin calls are not logged
        QCOMPARE(log[0]["method"], "GET");
        QCOMPARE(log[0]["status"], 200);
        QVERIFY(log[0]["bodySize"].is_number_integer());
        // All three were received before the first was answered: they were in flight together.
        QVERIFY(log[2]["receivedMs"].get<qint64>() < log[0]["respondedMs"].get<qint64>());
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/__sandbox/requests")).status, 204);
        QVERIFY(m_http->get(QStringLiteral("/__sandbox/requests")).json().empty());
    }

    void adminRejectsBadRulesAndServesTheWorld()
    {
        QCOMPARE(m_http->post(QStringLiteral("/__sandbox/faults"), json{{"path", "["}, {"status", 500}}).status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/__sandbox/faults"), json{{"path", "x"}}).status, 400);
        const json current = m_http->get(QStringLiteral("/__sandbox/world")).json();
        QCOMPARE(current["therapists"].size(), world().therapists.size());
        QCOMPARE(current["portal"]["portalId"].get<Id>(), world().portal.portalId);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWrites)
#include "tst_sandbox_writes.moc"
