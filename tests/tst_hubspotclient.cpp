#include <QtTest>

#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspotretrypolicy.h"
#include "core/hubspot/hubspotthrottle.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <nlohmann/json.hpp>

using namespace credsync;
using namespace credsync::hubspot;
using credsync::test::HeaderList;
using credsync::test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Response;
using nlohmann::json;

namespace {

const QString kToken = QStringLiteral("pat-na1-11111111-2222-3333-4444-555555555555");
const QString kContacts = QStringLiteral("0-1");
const QString kCredentialing = QStringLiteral("2-31374266");

QByteArray fixture(const char *name)
{
    return test::readData(QStringLiteral("hubspot/") + QString::fromLatin1(name));
}

json bodyOf(const ScriptedHttpServer::Request &request)
{
    return json::parse(request.body.toStdString());
}

// An association answer for one contact, with the unlabeled type and one label.
json associationTo(const std::string &fromId, qint64 toId)
{
    return json{{"from", {{"id", fromId}}},
                {"to", json::array({{{"toObjectId", toId},
                                     {"associationTypes", json::array({{{"category", "HUBSPOT_DEFINED"}, {"typeId", 279}, {"label", nullptr}},
                                                                       {{"category", "USER_DEFINED"}, {"typeId", 142}, {"label", "Active Attested"}}})}}})}};
}

} // namespace

class TestHubSpotClient : public QObject
{
    Q_OBJECT

    ScriptedHttpServer *m_server = nullptr;
    net::HttpTransport *m_transport = nullptr;
    HubSpotClient *m_client = nullptr;

    template<typename T, typename Start>
    Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        int calls = 0;
        start([&](Result<T> r) {
            result.emplace(std::move(r));
            ++calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        QTest::qWait(10);
        if (calls != 1)
            qWarning("callback ran %d times", calls);
        if (!result)
            return Error::make(Error::Kind::Internal, QStringLiteral("no answer"));
        return std::move(*result);
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->listen());
        m_transport = new net::HttpTransport(this);
        m_client = new HubSpotClient(m_transport, m_server->baseUrl(), kToken, this);
        HubSpotRetryPolicy::Timing fast;
        fast.baseMs = 1;
        fast.capMs = 5;
        fast.lockedMs = 5;
        fast.secondlyMs = 20;
        fast.defaultWindowMs = 50;
        m_client->setRetryPolicy(std::make_shared<HubSpotRetryPolicy>(fast));
    }
    void cleanup()
    {
        delete m_client;
        delete m_transport;
        delete m_server;
    }

    void sendsTheBearerToken()
    {
        m_server->enqueue(Reply::json(200, fixture("account_info.json")));
        const auto info = wait<AccountInfo>([&](auto done) { m_client->accountInfo(done); });
        QVERIFY(info.ok());
        QCOMPARE(info->portalId, QStringLiteral("4634981"));
        const auto request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArrayLiteral("GET"));
        QCOMPARE(request.path, QStringLiteral("/account-info/v3/details"));
        QCOMPARE(request.header("Authorization"), QByteArrayLiteral("Bearer ") + kToken.toUtf8());
    }

    void labelDefinitionsAreCachedPerDirection()
    {
        m_server->setHandler([](const auto &) { return Reply::json(200, fixture("labels.json")); });
        const auto first = wait<std::vector<LabelDefinition>>(
            [&](auto done) { m_client->associationLabels(kContacts, kCredentialing, done); });
        QVERIFY(first.ok());
        QCOMPARE(first->size(), size_t(4));
        QCOMPARE(m_server->requests().constFirst().path, QStringLiteral("/crm/v4/associations/0-1/2-31374266/labels"));
        const auto second = wait<std::vector<LabelDefinition>>(
            [&](auto done) { m_client->associationLabels(kContacts, kCredentialing, done); });
        QVERIFY(second.ok());
        QCOMPARE(*second, *first);
        QCOMPARE(m_server->requestCount(), 1); // answered from the cache
        const auto reverse = wait<std::vector<LabelDefinition>>(
            [&](auto done) { m_client->associationLabels(kCredentialing, kContacts, done); });
        QVERIFY(reverse.ok());
        QCOMPARE(m_server->requestCount(), 2); // the other direction has its own type ids
    }

    void associationsOfFollowsPaging()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &request) {
            const QString after = request.query.queryItemValue(QStringLiteral("after"));
            return Reply::json(200, after.isEmpty() ? fixture("associations_page1.json") : fixture("associations_page2.json"));
        });
        const auto objects = wait<std::vector<AssociatedObject>>(
            [&](auto done) { m_client->associationsOf(kContacts, QStringLiteral("1001"), kCredentialing, done); });
        QVERIFY(objects.ok());
        QCOMPARE(objects->size(), size_t(3));
        QCOMPARE(objects->at(0).toObjectId, QStringLiteral("9007199254740993"));
        QCOMPARE(objects->at(2).toObjectId, QStringLiteral("161204877999"));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, QStringLiteral("/crm/v4/objects/0-1/1001/associations/2-31374266"));
        QCOMPARE(requests.at(0).query.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
        QCOMPARE(requests.at(1).query.queryItemValue(QStringLiteral("after")), QStringLiteral("MTYxMjA0ODc3MzEw"));
    }

    void batchAssociationsChunksAndKeysEveryInput()
    {
        // Answers out of input order; every seventh contact has no associations (207 errors).
        m_server->setHandler([](const ScriptedHttpServer::Request &request) {
            json results = json::array();
            json errors = json::array();
            const json body = bodyOf(request); // a range-for over a member of a temporary would dangle
            for (const json &input : body["inputs"]) {
                const std::string id = input["id"];
                if (std::stoll(id) % 7 == 0)
                    errors.push_back({{"status", "error"}, {"category", "OBJECT_NOT_FOUND"},
                                      {"subCategory", "crm.associations.NO_ASSOCIATIONS_FOUND"},
                                      {"context", {{"fromObjectId", json::array({id})}}},
                                      {"message", "No associations"}});
                else
                    results.insert(results.begin(), associationTo(id, 900000000000 + std::stoll(id)));
            }
            json answer{{"status", "COMPLETE"}, {"results", results}};
            if (!errors.empty())
                answer["errors"] = errors;
            return Reply::json(errors.empty() ? 200 : 207, QByteArray::fromStdString(answer.dump()));
        });
        QStringList ids;
        for (int i = 1; i <= 2500; ++i)
            ids << QString::number(1000 + i);
        ids << QStringLiteral("1001"); // a duplicate is asked for once
        const auto answer = wait<std::map<QString, std::vector<AssociatedObject>>>(
            [&](auto done) { m_client->batchReadAssociations(kContacts, kCredentialing, ids, done); });
        QVERIFY(answer.ok());
        QCOMPARE(m_server->requestCount(), 3);
        std::vector<size_t> sizes;
        for (const auto &request : m_server->requests())
            sizes.push_back(bodyOf(request)["inputs"].size());
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (std::vector<size_t>{500, 1000, 1000}));
        QCOMPARE(answer->size(), size_t(2500));
        QVERIFY(answer->at(QStringLiteral("1001")).empty()); // 1001 = 7 × 143
        QCOMPARE(answer->at(QStringLiteral("1002")).size(), size_t(1));
        QCOMPARE(answer->at(QStringLiteral("1002")).front().toObjectId, QStringLiteral("900000001002"));
        QCOMPARE(answer->at(QStringLiteral("1002")).front().labels(), QStringList{QStringLiteral("Active Attested")});
    }

    void batchAssociationsFollowPerInputPaging()
    {
        m_server->enqueue(Reply::json(207, fixture("batch_associations_207.json")));
        m_server->enqueue(Reply::json(200, QByteArray::fromStdString(json{{"status", "COMPLETE"}, {"results", json::array({associationTo("101", 5002)})}}.dump())));
        const auto answer = wait<std::map<QString, std::vector<AssociatedObject>>>([&](auto done) {
            m_client->batchReadAssociations(kContacts, kCredentialing,
                                            {QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("103")}, done);
        });
        QVERIFY(answer.ok());
        QCOMPARE(m_server->requestCount(), 2);
        const json followUp = bodyOf(m_server->requests().at(1));
        QCOMPARE(followUp["inputs"].size(), size_t(1));
        QCOMPARE(followUp["inputs"][0]["id"], json("101"));
        QCOMPARE(followUp["inputs"][0]["after"], json("NTAwMQ%3D%3D"));
        QCOMPARE(answer->at(QStringLiteral("101")).size(), size_t(2));
        QVERIFY(answer->at(QStringLiteral("102")).empty());
        QCOMPARE(answer->at(QStringLiteral("103")).front().toObjectId, QStringLiteral("9007199254740993"));
    }

    void batchObjectsChunkAndReportMissing()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &request) {
            const json body = bodyOf(request);
            json results = json::array();
            json missing = json::array();
            for (const json &input : body["inputs"]) {
                const std::string id = input["id"];
                if (id == "7005" || id == "7205")
                    missing.push_back(id);
                else
                    results.push_back({{"id", id}, {"properties", {{"hs_object_id", id}, {"npi", nullptr}}},
                                       {"createdAt", "2025-09-14T17:43:43.120Z"}, {"updatedAt", "2025-09-14T17:43:43.120Z"},
                                       {"archived", false}});
            }
            json answer{{"status", "COMPLETE"}, {"results", results}};
            if (!missing.empty())
                answer["errors"] = json::array({{{"status", "error"}, {"category", "OBJECT_NOT_FOUND"},
                                                 {"message", "Could not get some objects"}, {"context", {{"ids", missing}}}}});
            return Reply::json(missing.empty() ? 200 : 207, QByteArray::fromStdString(answer.dump()));
        });
        QStringList ids;
        for (int i = 0; i < 250; ++i)
            ids << QString::number(7000 + i);
        const auto batch = wait<BatchObjects>([&](auto done) {
            m_client->batchReadObjects(kCredentialing, ids, {QStringLiteral("npi"), QStringLiteral("license_state")}, done);
        });
        QVERIFY(batch.ok());
        QCOMPARE(m_server->requestCount(), 3);
        for (const auto &request : m_server->requests()) {
            QCOMPARE(request.path, QStringLiteral("/crm/v3/objects/2-31374266/batch/read"));
            QVERIFY(bodyOf(request)["inputs"].size() <= 100);
            QCOMPARE(bodyOf(request)["properties"], json::array({"npi", "license_state"}));
        }
        QCOMPARE(batch->found.size(), size_t(248));
        QStringList missing = batch->missing;
        missing.sort();
        QCOMPARE(missing, (QStringList{QStringLiteral("7005"), QStringLiteral("7205")}));
        const HubSpotObject &object = batch->found.at(QStringLiteral("7000"));
        QCOMPARE(object.createdAt, QDateTime(QDate(2025, 9, 14), QTime(17, 43, 43, 120), Qt::UTC));
        QCOMPARE(object.properties.count(QStringLiteral("license_state")), size_t(1)); // asked for, absent → nullopt
        QVERIFY(!object.properties.at(QStringLiteral("license_state")).has_value());
    }

    void errorsAreMapped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");
        QTest::newRow("401") << 401 << fixture("error_401.json") << int(Error::Kind::Auth) << 1;
        QTest::newRow("403") << 403 << fixture("error_403_scopes.json") << int(Error::Kind::Scope) << 1;
        QTest::newRow("404") << 404 << fixture("error_404_no_category.json") << int(Error::Kind::NotFound) << 1;
        QTest::newRow("429 DAILY is never retried") << 429 << fixture("error_429_daily.json") << int(Error::Kind::DailyLimit) << 1;
        QTest::newRow("500 retried to the limit") << 500 << QByteArray() << int(Error::Kind::Server) << 5;
    }
    void errorsAreMapped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, requests);
        m_server->setHandler([=](const auto &) { return Reply::json(status, body); });
        const auto object = wait<HubSpotObject>(
            [&](auto done) { m_client->getObject(kCredentialing, QStringLiteral("512"), {}, done); });
        QVERIFY(!object.ok());
        QCOMPARE(int(object.error().kind), kind);
        QCOMPARE(object.error().httpStatus, status);
        QCOMPARE(m_server->requestCount(), requests);
        QVERIFY(!object.error().describe().contains(kToken));
    }

    void malformedSuccessIsABadResponse()
    {
        m_server->enqueue(Reply::json(200, QByteArrayLiteral("{\"results\":")));
        const auto labels = wait<std::vector<LabelDefinition>>(
            [&](auto done) { m_client->associationLabels(kContacts, kCredentialing, done); });
        QVERIFY(!labels.ok());
        QCOMPARE(labels.error().kind, Error::Kind::BadResponse);
    }

    void tenSecondlyLimitWaitsForTheWindowThenSucceeds()
    {
        const HeaderList limitHeaders{{"X-HubSpot-RateLimit-Max", "100"},
                                      {"X-HubSpot-RateLimit-Remaining", "0"},
                                      {"X-HubSpot-RateLimit-Interval-Milliseconds", "150"}};
        m_server->enqueue(Reply::json(429, fixture("error_429_ten_secondly.json"), limitHeaders));
        m_server->enqueue(Reply::json(200, fixture("object.json"),
                                      {{"X-HubSpot-RateLimit-Max", "100"}, {"X-HubSpot-RateLimit-Remaining", "99"},
                                       {"X-HubSpot-RateLimit-Interval-Milliseconds", "10000"},
                                       {"X-HubSpot-RateLimit-Daily", "250000"}, {"X-HubSpot-RateLimit-Daily-Remaining", "249000"}}));
        QSignalSpy budgets(m_client, &HubSpotClient::rateBudgetChanged);
        QElapsedTimer clock;
        clock.start();
        const auto object = wait<HubSpotObject>(
            [&](auto done) { m_client->getObject(kContacts, QStringLiteral("161204877310"), {}, done); });
        QVERIFY(object.ok());
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY2(clock.elapsed() >= 140, qPrintable(QString::number(clock.elapsed()))); // waited for the window
        QVERIFY(budgets.size() >= 2);
        const RateBudget budget = m_client->rateBudget();
        QCOMPARE(budget.max, 100);
        QCOMPARE(budget.remaining, 99);
        QCOMPARE(budget.dailyRemaining, qint64(249000));
    }

    void serverErrorsAreRetried()
    {
        m_server->enqueue(Reply::json(502, QByteArrayLiteral("<html>bad gateway</html>")));
        m_server->enqueue(Reply::json(423, {}));
        m_server->enqueue(Reply::json(504, {}));
        m_server->enqueue(Reply::json(200, fixture("object.json")));
        const auto object = wait<HubSpotObject>(
            [&](auto done) { m_client->getObject(kContacts, QStringLiteral("161204877310"), {}, done); });
        QVERIFY(object.ok());
        QCOMPARE(m_server->requestCount(), 4);
    }

    void searchByEmailLowerCasesChunksAndPaces()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &request) {
            const json body = bodyOf(request);
            json results = json::array();
            for (const json &value : body["filterGroups"][0]["filters"][0]["values"]) {
                const std::string email = value;
                if (email.rfind("known", 0) == 0) // stored with capitals, as HubSpot keeps what was typed
                    results.push_back({{"id", std::to_string(161204877000 + std::stoi(email.substr(5)))},
                                       {"properties", {{"email", "Known" + email.substr(5)}}}});
            }
            return Reply::json(200, QByteArray::fromStdString(json{{"total", results.size()}, {"results", results}}.dump()));
        });
        QStringList emails;
        for (int i = 0; i < 150; ++i)
            emails << (i % 2 ? QStringLiteral("KNOWN%1@Example.com").arg(i) : QStringLiteral("nobody%1@example.com").arg(i));
        emails << QStringLiteral("  known1@example.COM "); // a duplicate after trimming and lower-casing
        QElapsedTimer clock;
        clock.start();
        const auto found = wait<std::map<QString, QString>>(
            [&](auto done) { m_client->searchContactsByEmail(emails, done); });
        QVERIFY(found.ok());
        QCOMPARE(m_server->requestCount(), 2);
        for (const auto &request : m_server->requests()) {
            QCOMPARE(request.path, QStringLiteral("/crm/v3/objects/contacts/search"));
            const json filter = bodyOf(request)["filterGroups"][0]["filters"][0];
            QCOMPARE(filter["operator"], json("IN"));
            QCOMPARE(filter["propertyName"], json("email"));
            QVERIFY(filter["values"].size() <= 100);
            for (const json &value : filter["values"])
                QCOMPARE(QString::fromStdString(value.get<std::string>()), QString::fromStdString(value.get<std::string>()).toLower());
        }
        QCOMPARE(found->size(), size_t(75));
        QCOMPARE(found->at(QStringLiteral("known1@example.com")), QStringLiteral("161204877001"));
        QCOMPARE(found->count(QStringLiteral("nobody0@example.com")), size_t(0));
        QVERIFY2(clock.elapsed() >= 180, qPrintable(QString::number(clock.elapsed()))); // 5 per second
    }

    void searchSecondlyLimitIsRetried()
    {
        m_server->enqueue(Reply::json(429, fixture("error_429_secondly.json")));
        m_server->enqueue(Reply::json(200, fixture("search_contacts.json")));
        m_server->enqueue(Reply::json(200, QByteArrayLiteral("{\"total\":2,\"results\":[]}")));
        const auto found = wait<std::map<QString, QString>>([&](auto done) {
            m_client->searchContactsByEmail({QStringLiteral("ada.lovelace@example.com"), QStringLiteral("grace@example.com")}, done);
        });
        QVERIFY(found.ok());
        QCOMPARE(m_server->requestCount(), 3); // the 429, the first page, the page after "2"
        QCOMPARE(bodyOf(m_server->requests().at(2))["after"], json("2"));
        QCOMPARE(found->at(QStringLiteral("ada.lovelace@example.com")), QStringLiteral("161204877310"));
        QCOMPARE(found->size(), size_t(2));
    }

    void writesSendTheDocumentedBodies()
    {
        m_server->enqueue(Reply::json(201, fixture("put_labels.json")));
        const auto put = wait<AssociationWriteResult>([&](auto done) {
            m_client->putAssociationLabels(kContacts, QStringLiteral("161204877310"), kCredentialing, QStringLiteral("9007199254740993"),
                                           {AssociationType{QStringLiteral("USER_DEFINED"), 142, QStringLiteral("Active Attested")}}, done);
        });
        QVERIFY(put.ok());
        QCOMPARE(put->labels, QStringList{QStringLiteral("Active Attested")});
        auto request = m_server->requests().at(0);
        QCOMPARE(request.method, QByteArrayLiteral("PUT"));
        QCOMPARE(request.path, QStringLiteral("/crm/v4/objects/0-1/161204877310/associations/2-31374266/9007199254740993"));
        QCOMPARE(bodyOf(request), json::parse(R"([{"associationCategory":"USER_DEFINED","associationTypeId":142}])"));

        m_server->enqueue(Reply::json(201, QByteArrayLiteral("{\"status\":\"COMPLETE\",\"results\":[]}")));
        const AssociationInput input{QStringLiteral("161204877310"), QStringLiteral("512"),
                                     {AssociationType{QStringLiteral("USER_DEFINED"), 144, {}}}};
        QVERIFY((wait<Ok>([&](auto done) { m_client->batchCreateAssociationLabels(kContacts, kCredentialing, {input}, done); })).ok());
        request = m_server->requests().at(1);
        QCOMPARE(request.path, QStringLiteral("/crm/v4/associations/0-1/2-31374266/batch/create"));
        QCOMPARE(bodyOf(request), json::parse(R"({"inputs":[{"from":{"id":"161204877310"},"to":{"id":"512"},
                                               "types":[{"associationCategory":"USER_DEFINED","associationTypeId":144}]}]})"));

        m_server->enqueue(Reply::json(204, {}));
        QVERIFY((wait<Ok>([&](auto done) { m_client->batchArchiveAssociationLabels(kContacts, kCredentialing, {input}, done); })).ok());
        QCOMPARE(m_server->requests().at(2).path, QStringLiteral("/crm/v4/associations/0-1/2-31374266/batch/labels/archive"));

        m_server->enqueue(Reply::json(200, fixture("object.json")));
        const auto patched = wait<HubSpotObject>([&](auto done) {
            m_client->updateObject(kCredentialing, QStringLiteral("512"), {{QStringLiteral("npi"), QStringLiteral("1234567890")}}, done);
        });
        QVERIFY(patched.ok());
        request = m_server->requests().at(3);
        QCOMPARE(request.method, QByteArrayLiteral("PATCH"));
        QCOMPARE(bodyOf(request), json::parse(R"({"properties":{"npi":"1234567890"}})"));

        m_server->enqueue(Reply::json(204, {}));
        QVERIFY((wait<Ok>([&](auto done) {
                    m_client->deleteAssociation(kContacts, QStringLiteral("1"), kCredentialing, QStringLiteral("2"), done);
                })).ok());
        QCOMPARE(m_server->requests().at(4).method, QByteArrayLiteral("DELETE"));
    }

    void batchWriteWithErrorsFails()
    {
        m_server->enqueue(Reply::json(207, QByteArrayLiteral(
            R"({"status":"COMPLETE","results":[],"errors":[{"status":"error","category":"VALIDATION_ERROR","message":"association type 999 does not exist"}]})")));
        const AssociationInput input{QStringLiteral("1"), QStringLiteral("2"), {AssociationType{QStringLiteral("USER_DEFINED"), 999, {}}}};
        const auto result = wait<Ok>([&](auto done) { m_client->batchCreateAssociationLabels(kContacts, kCredentialing, {input}, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QVERIFY(result.error().message.contains(QStringLiteral("999")));
    }

    void cancellingABatchStopsEveryChunk()
    {
        m_server->setHandler([](const auto &) {
            Reply reply = Reply::json(200, QByteArrayLiteral("{\"status\":\"COMPLETE\",\"results\":[]}"));
            reply.delayMs = 300;
            return reply;
        });
        QStringList ids;
        for (int i = 0; i < 1500; ++i)
            ids << QString::number(5000 + i);
        bool called = false;
        net::RequestHandle handle = m_client->batchReadAssociations(kContacts, kCredentialing, ids,
                                                                    [&called](auto) { called = true; });
        QVERIFY(handle.isActive());
        QTRY_COMPARE(m_server->requestCount(), 2);
        handle.cancel();
        QVERIFY(!handle.isActive());
        QCOMPARE(m_transport->inFlight(), 0);
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void emptyInputsAnswerWithoutRequests()
    {
        const auto associations = wait<std::map<QString, std::vector<AssociatedObject>>>(
            [&](auto done) { m_client->batchReadAssociations(kContacts, kCredentialing, {}, done); });
        QVERIFY(associations.ok());
        QVERIFY(associations->empty());
        const auto objects = wait<BatchObjects>([&](auto done) { m_client->batchReadObjects(kCredentialing, {}, {}, done); });
        QVERIFY(objects.ok());
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotClient)
#include "tst_hubspotclient.moc"
