// The sandbox's HubSpot read side, over real HTTP: shapes that the console's client must cope with.
#include "tst_sandbox_http.h"

#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

using namespace credsync::sandbox;
using credsync::sandbox::test::HttpClient;
using credsync::sandbox::test::HttpReply;
using nlohmann::json;

namespace {
const QDateTime kNow = QDateTime(QDate(2025, 9, 17), QTime(15, 0), Qt::UTC);

Id firstWith(const World &world, const std::string &scenario, const std::string &noteContains = {})
{
    for (const auto &tag : world.scenarios)
        if (tag.scenario == scenario && tag.note.find(noteContains) != std::string::npos)
            return tag.contactId;
    return 0;
}

QString str(Id id)
{
    return QString::number(id);
}
} // namespace

class TestSandboxHubSpot : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    World &world() { return m_server->world(); }

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

    void accountDetails()
    {
        const HttpReply reply = m_http->get(QStringLiteral("/account-info/v3/details"));
        QCOMPARE(reply.status, 200);
        const json body = reply.json();
        QVERIFY(body["portalId"].is_number_integer());
        QCOMPARE(body["portalId"].get<Id>(), world().portal.portalId);
        QCOMPARE(body["uiDomain"], "app.hubspot.com");
    }

    void missingOrWrongTokenIs401()
    {
        for (const QByteArray &token : {QByteArray(), QByteArray("pat-na1-wrong")}) {
            m_http->setBearer(token);
            const HttpReply reply = m_http->get(QStringLiteral("/crm/v4/associations/contacts/2-31374266/labels"));
            QCOMPARE(reply.status, 401);
            const json body = reply.json();
            QCOMPARE(body["status"], "error");
            QCOMPARE(body["category"], "INVALID_AUTHENTICATION");
            QVERIFY(body["message"].get<std::string>().find("Authentication credentials not found") == 0);
            QVERIFY(!body["correlationId"].get<std::string>().empty());
        }
    }

    void missingScopeIs403()
    {
        world().tokens.hubspotMissingScopes = {"crm.objects.custom.read"};
        const HttpReply reply = m_http->get(QStringLiteral("/crm/v3/objects/2-31374266/1"));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json()["category"], "MISSING_SCOPES");
        QCOMPARE(reply.json()["errors"][0]["context"]["requiredGranularScopes"][0], "crm.objects.custom.read");
        // Contacts need another scope, which the token has.
        QCOMPARE(m_http->get(QStringLiteral("/crm/v3/objects/contacts/") + str(world().contacts.begin()->first)).status, 200);
    }

    void labelsDifferPerDirection()
    {
        const json forward = m_http->get(QStringLiteral("/crm/v4/associations/contacts/2-31374266/labels")).json()["results"];
        const json backward = m_http->get(QStringLiteral("/crm/v4/associations/2-31374266/0-1/labels")).json()["results"];
        QCOMPARE(forward.size(), 4u);
        QCOMPARE(backward.size(), 4u);
        int unlabeled = 0;
        for (const auto &definition : forward) {
            QVERIFY(definition["typeId"].is_number_integer());
            unlabeled += definition["label"].is_null();
            for (const auto &other : backward)
                QVERIFY(other["typeId"] != definition["typeId"]);
            if (definition["label"] == "Active Attested")
                QCOMPARE(definition["category"], "USER_DEFINED");
        }
        QCOMPARE(unlabeled, 1);
        QCOMPARE(m_http->get(QStringLiteral("/crm/v4/associations/contacts/nonsense/labels")).status, 400);
    }

    void limitConfigurations()
    {
        const json license = m_http->get(QStringLiteral("/crm/v4/associations/definitions/configurations/0-1/2-31374301")).json();
        QCOMPARE(license["results"].size(), 1u);
        QCOMPARE(license["results"][0]["label"], "Active");
        QCOMPARE(license["results"][0]["userEnforcedMaxToObjectIds"], 1);
        const json credentialing = m_http->get(QStringLiteral("/crm/v4/associations/definitions/configurations/0-1/2-31374266")).json();
        QVERIFY(credentialing["results"].empty());
    }

    void associationsListAndPaging()
    {
        const Id contact = firstWith(world(), "MULTIPLE_UNIQUE_LABEL", "step 3");
        QVERIFY(contact != 0);
        const QString path = QStringLiteral("/crm/v4/objects/contacts/") + str(contact) + QStringLiteral("/associations/2-31374266");
        const json all = m_http->get(path).json();
        QCOMPARE(all["results"].size(), 2u);
        QVERIFY(!all.contains("paging"));
        for (const auto &result : all["results"]) {
            QVERIFY(result["toObjectId"].is_number_integer());
            QVERIFY(result["toObjectId"].get<Id>() > 9999999999LL);
            QVERIFY(result["associationTypes"][0]["label"].is_null()); // unlabeled listed next to labels
        }
        // One object carries both labels (step 3 failed).
        QCOMPARE(all["results"][0]["associationTypes"].size() + all["results"][1]["associationTypes"].size(), 5u);

        const json first = m_http->get(path + QStringLiteral("?limit=1")).json();
        QCOMPARE(first["results"].size(), 1u);
        const std::string after = first["paging"]["next"]["after"];
        const json second = m_http->get(path + QStringLiteral("?limit=1&after=") + QString::fromStdString(after)).json();
        QCOMPARE(second["results"].size(), 1u);
        QVERIFY(second["results"][0]["toObjectId"] != first["results"][0]["toObjectId"]);
        QVERIFY(!second.contains("paging"));
        QCOMPARE(m_http->get(path + QStringLiteral("?limit=501")).status, 400);

        // The other direction sees the same association.
        const Id object = first["results"][0]["toObjectId"];
        const json back = m_http->get(QStringLiteral("/crm/v4/objects/2-31374266/") + str(object) + QStringLiteral("/associations/contacts")).json();
        QCOMPARE(back["results"][0]["toObjectId"].get<Id>(), contact);
    }

    void batchReadAssociationsIsPartial()
    {
        const Id a = firstWith(world(), "HEALTHY");
        const Id b = firstWith(world(), "PULL_BEFORE_CREATE");
        const Id none = firstWith(world(), "NO_OBJECTS");
        const json request = {{"inputs", {{{"id", std::to_string(a)}}, {{"id", std::to_string(none)}}, {{"id", std::to_string(b)}}}}};
        const HttpReply reply = m_http->post(QStringLiteral("/crm/v4/associations/contacts/2-31374266/batch/read"), request);
        QCOMPARE(reply.status, 207);
        const json body = reply.json();
        QCOMPARE(body["status"], "COMPLETE");
        QCOMPARE(body["results"].size(), 2u);
        QVERIFY(body["results"][0]["from"]["id"].is_string());
        // Not aligned with the inputs.
        QCOMPARE(body["results"][0]["from"]["id"], std::to_string(b));
        QCOMPARE(body["results"][1]["from"]["id"], std::to_string(a));
        QVERIFY(body["results"][0]["to"][0]["toObjectId"].is_number_integer());
        QCOMPARE(body["numErrors"], 1);
        QCOMPARE(body["errors"][0]["subCategory"], "crm.associations.NO_ASSOCIATIONS_FOUND");
        QCOMPARE(body["errors"][0]["context"]["fromObjectId"][0], std::to_string(none));

        json big = {{"inputs", json::array()}};
        for (int i = 0; i < 1001; ++i)
            big["inputs"].push_back({{"id", std::to_string(100000000000LL + i)}});
        QCOMPARE(m_http->post(QStringLiteral("/crm/v4/associations/contacts/2-31374266/batch/read"), big).status, 400);
        big["inputs"].erase(big["inputs"].begin());
        QCOMPARE(m_http->post(QStringLiteral("/crm/v4/associations/contacts/2-31374266/batch/read"), big).status, 207);
    }

    void objectsSingleAndBatch()
    {
        const Id contact = firstWith(world(), "HEALTHY");
        Id object = 0;
        for (auto it = world().associations.lower_bound({contact, 0}); it->first.first == contact; ++it)
            if (it->second.objectType == "2-31374266")
                object = it->second.objectId;
        QVERIFY(object != 0);
        const HttpReply single = m_http->get(QStringLiteral("/crm/v3/objects/2-31374266/") + str(object) + QStringLiteral("?properties=npi,license_state,nothing"));
        QCOMPARE(single.status, 200);
        const json body = single.json();
        QCOMPARE(body["id"], std::to_string(object));
        QVERIFY(body["properties"]["npi"].is_string());
        QVERIFY(body["properties"]["nothing"].is_null());
        QVERIFY(body["createdAt"].get<std::string>().back() == 'Z');
        QCOMPARE(m_http->get(QStringLiteral("/crm/v3/objects/contacts/") + str(contact)).json()["properties"]["email"],
                 world().contacts.at(contact).email);
        // 404s come with and without a category.
        const json odd = m_http->get(QStringLiteral("/crm/v3/objects/2-31374266/99999999991")).json();
        const json even = m_http->get(QStringLiteral("/crm/v3/objects/2-31374266/99999999992")).json();
        QVERIFY(!odd.contains("category"));
        QCOMPARE(even["category"], "OBJECT_NOT_FOUND");

        const json request = {{"properties", {"npi"}}, {"inputs", {{{"id", std::to_string(object)}}, {{"id", "99999999991"}}}}};
        const HttpReply batch = m_http->post(QStringLiteral("/crm/v3/objects/2-31374266/batch/read"), request);
        QCOMPARE(batch.status, 207);
        QCOMPARE(batch.json()["results"].size(), 1u);
        QCOMPARE(batch.json()["errors"][0]["category"], "OBJECT_NOT_FOUND");
        QCOMPARE(batch.json()["errors"][0]["context"]["ids"][0], "99999999991");
        json tooMany = {{"inputs", json::array()}};
        for (int i = 0; i < 101; ++i)
            tooMany["inputs"].push_back({{"id", std::to_string(object)}});
        QCOMPARE(m_http->post(QStringLiteral("/crm/v3/objects/2-31374266/batch/read"), tooMany).status, 400);
    }

    void searchByEmailAndItsOwnLimit()
    {
        const Contact &contact = world().contacts.begin()->second;
        const json byEmail = {{"filterGroups", {{{"filters", {{{"propertyName", "email"}, {"operator", "EQ"},
                                                                {"value", QString::fromStdString(contact.email).toUpper().toStdString()}}}}}}},
                              {"properties", {"email"}}, {"limit", 10}};
        const HttpReply reply = m_http->post(QStringLiteral("/crm/v3/objects/contacts/search"), byEmail);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()["total"], 1);
        QCOMPARE(reply.json()["results"][0]["id"], std::to_string(contact.id));
        QVERIFY(!reply.hasHeader("X-HubSpot-RateLimit-Remaining"));

        json page = {{"limit", 5}};
        const json first = m_http->post(QStringLiteral("/crm/v3/objects/contacts/search"), page).json();
        QCOMPARE(first["results"].size(), 5u);
        page["after"] = first["paging"]["next"]["after"];
        const json second = m_http->post(QStringLiteral("/crm/v3/objects/contacts/search"), page).json();
        QVERIFY(second["results"][0]["id"] != first["results"][0]["id"]);
        QCOMPARE(m_http->post(QStringLiteral("/crm/v3/objects/contacts/search"), json{{"limit", 201}}).status, 400);

        // Five searches in the last second already (4 here + 1 above may straddle; force a burst).
        int refused = 0;
        for (int i = 0; i < 6; ++i) {
            const HttpReply burst = m_http->post(QStringLiteral("/crm/v3/objects/contacts/search"), page);
            if (burst.status == 429) {
                ++refused;
                QCOMPARE(burst.json()["message"], "You have reached your secondly limit.");
                QVERIFY(!burst.hasHeader("X-HubSpot-RateLimit-Max"));
            }
        }
        QVERIFY(refused >= 1);
    }

    // Contacts are found by email through an index (issue 14): it must follow a PATCH of the email, ignore
    // case, and agree with a search in every group.
    void emailLookupsFollowAPatchedEmail()
    {
        auto it = world().contacts.begin();
        const Contact first = it->second;
        const Contact second = std::next(it)->second;
        const auto byEmail = [&](const std::string &email) {
            return m_http->get(QStringLiteral("/crm/v3/objects/contacts/") + QString::fromStdString(email) + QStringLiteral("?idProperty=email"));
        };
        const auto search = [&](const json &groups) {
            return m_http->post(QStringLiteral("/crm/v3/objects/contacts/search"), json{{"filterGroups", groups}, {"limit", 10}});
        };
        const auto eq = [](const std::string &email) {
            return json{{"filters", {{{"propertyName", "email"}, {"operator", "EQ"}, {"value", email}}}}};
        };
        QCOMPARE(byEmail(first.email).json()["id"], std::to_string(first.id)); // builds the index

        const std::string moved = "Moved.Here+" + std::to_string(first.id) + "@Example.org";
        const HttpReply patched = m_http->send("PATCH", QStringLiteral("/crm/v3/objects/contacts/") + str(first.id),
                                               QByteArray::fromStdString(json{{"properties", {{"email", moved}}}}.dump()));
        QCOMPARE(patched.status, 200);
        const HttpReply found = byEmail(QString::fromStdString(moved).toLower().toStdString());
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json()["id"], std::to_string(first.id));
        QCOMPARE(byEmail(first.email).status, 404);

        // Two groups (OR), each pinning an email; one IN with an email nobody has: ids ascending, as a full pass lists them.
        const json in = {{"filters", {{{"propertyName", "email"}, {"operator", "IN"}, {"values", {second.email, "nobody@example.org"}}}}}};
        const HttpReply both = search(json::array({eq(moved), in}));
        QCOMPARE(both.status, 200);
        QCOMPARE(both.json()["total"], 2);
        const std::string low = std::to_string(std::min(first.id, second.id));
        const std::string high = std::to_string(std::max(first.id, second.id));
        QCOMPARE(both.json()["results"][0]["id"], low);
        QCOMPARE(both.json()["results"][1]["id"], high);
        QCOMPARE(search(json::array({eq(first.email)})).json()["total"], 0);
        // Another filter beside the email still applies to the candidates.
        json narrowed = eq(second.email);
        narrowed["filters"].push_back({{"propertyName", "lastname"}, {"operator", "EQ"}, {"value", second.lastname + "x"}});
        QCOMPARE(search(json::array({narrowed})).json()["total"], 0);
    }

    // A body of the wrong shape (a filterGroups object, a number where a list belongs, a bare string) is a
    // 400 from HubSpot's deserializer. The sandbox once aborted on the first of these; now every endpoint
    // that reads a body answers under 500, keeps serving, and changes nothing in the world.
    void malformedBodiesAreRefusedAndChangeNothing()
    {
        m_server->setRateLimits(100000, 1000000, 100000);
        const Id contact = world().contacts.begin()->first;
        const auto &[objectId, object] = *world().objects.begin();
        const QString type = QString::fromStdString(object.type);
        const QString pair = QStringLiteral("/crm/v4/objects/contacts/%1/associations/%2/%3").arg(str(contact), type, str(objectId));
        // Bodies wrong for every endpoint, then each endpoint's own wrong shapes.
        const QList<QByteArray> anywhere = {R"("text")", R"(5)", R"(null)", R"({"a":)", R"([[[]]])"};
        const QList<QByteArray> searches = {
            R"({"filterGroups":{"filters":[]}})", R"({"filterGroups":[1]})", R"({"filterGroups":[{"filters":{}}]})",
            R"({"filterGroups":[{"filters":[7]}]})", R"({"filterGroups":[{"filters":[{"propertyName":5,"operator":"EQ","value":"a"}]}]})",
            R"({"filterGroups":[{"filters":[{"propertyName":"email","operator":"IN","values":"a@b.c"}]}]})",
            R"({"limit":"ten"})", R"({"limit":2.5})", R"({"properties":"email"})", R"({"after":{}})", R"([])"};
        const QList<QByteArray> batches = {R"({"inputs":5})", R"({"inputs":[5]})", R"({"inputs":[{"from":5,"to":[],"types":{}}]})",
                                           R"({"inputs":[{"from":{"id":{}},"to":{"id":[]},"types":[7]}]})", R"({"inputs":{}})", R"([])"};
        const QList<QByteArray> patches = {R"({"properties":[]})", R"({"properties":"x"})", R"({"filterGroups":[]})", R"([])"};
        const QList<QByteArray> puts = {R"({})", R"([5])", R"([{"associationCategory":5,"associationTypeId":"x"}])", R"([{"associationTypeId":{}}])"};
        const QList<std::tuple<QByteArray, QString, QList<QByteArray>>> endpoints = {
            {"POST", QStringLiteral("/crm/v3/objects/contacts/search"), searches},
            {"POST", QStringLiteral("/crm/v3/objects/%1/search").arg(type), searches},
            {"POST", QStringLiteral("/crm/v3/objects/contacts/batch/read"), batches},
            {"POST", QStringLiteral("/crm/v4/associations/contacts/%1/batch/read").arg(type), batches},
            {"PATCH", QStringLiteral("/crm/v3/objects/contacts/") + str(contact), patches},
            {"PATCH", QStringLiteral("/crm/v3/objects/%1/%2").arg(type, str(objectId)), patches},
            {"PUT", pair, puts},
            {"POST", QStringLiteral("/crm/v4/associations/contacts/%1/batch/create").arg(type), batches},
            {"POST", QStringLiteral("/crm/v4/associations/contacts/%1/batch/labels/archive").arg(type), batches},
            {"POST", QStringLiteral("/crm/v4/associations/contacts/%1/batch/archive").arg(type), batches},
        };
        const json before = json(world());
        QStringList accepted;
        for (const auto &[method, path, own] : endpoints) {
            for (const QByteArray &body : anywhere + own) {
                const HttpReply reply = m_http->send(method, path, body);
                if (reply.status != 400 || reply.json().value("category", "") != "VALIDATION_ERROR")
                    accepted << QStringLiteral("%1 %2 %3 → %4 %5").arg(QString::fromLatin1(method), path, QString::fromUtf8(body))
                                    .arg(reply.status).arg(QString::fromUtf8(reply.body.left(160)));
            }
        }
        QVERIFY2(accepted.isEmpty(), qPrintable(accepted.join(QLatin1Char('\n'))));
        QCOMPARE(m_http->get(QStringLiteral("/account-info/v3/details")).status, 200); // still serving
        QVERIFY(json(world()) == before);
    }

    void rateLimitHeadersAnd429()
    {
        m_server->setRateLimits(3, 1000, 5);
        const QString path = QStringLiteral("/account-info/v3/details");
        const HttpReply first = m_http->get(path);
        QCOMPARE(first.header("X-HubSpot-RateLimit-Max"), QByteArray("3"));
        QCOMPARE(first.header("X-HubSpot-RateLimit-Remaining"), QByteArray("2"));
        QCOMPARE(first.header("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArray("10000"));
        QCOMPARE(first.header("X-HubSpot-RateLimit-Daily"), QByteArray("1000"));
        QCOMPARE(first.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray("999"));
        m_http->get(path);
        m_http->get(path);
        const HttpReply limited = m_http->get(path);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json()["policyName"], "TEN_SECONDLY_ROLLING");
        QCOMPARE(limited.json()["errorType"], "RATE_LIMIT");
        QVERIFY(limited.json().contains("correlationId"));
        QCOMPARE(limited.header("X-HubSpot-RateLimit-Remaining"), QByteArray("0"));

        m_server->setRateLimits(100, 2, 5);
        m_server->resetRateLimits();
        m_http->get(path);
        m_http->get(path);
        const HttpReply daily = m_http->get(path);
        QCOMPARE(daily.status, 429);
        QCOMPARE(daily.json()["policyName"], "DAILY");
    }
};

QTEST_GUILESS_MAIN(TestSandboxHubSpot)
#include "tst_sandbox_hubspot.moc"
