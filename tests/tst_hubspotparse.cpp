#include <QtTest>

#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspotparse.h"
#include "testsupport.h"

using namespace credsync;
using namespace credsync::hubspot;

namespace {

QByteArray fixture(const char *name)
{
    const QByteArray body = test::readData(QStringLiteral("hubspot/") + QString::fromLatin1(name));
    if (body.isEmpty())
        qFatal("missing fixture %s", name);
    return body;
}

net::HttpResponse response(int status, const QByteArray &body, int attempts = 1)
{
    net::HttpResponse r;
    r.status = status;
    r.body = body;
    r.attempts = attempts;
    return r;
}

} // namespace

class TestHubSpotParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accountInfo()
    {
        const auto info = parse::accountInfo(fixture("account_info.json"));
        QVERIFY(info.ok());
        QCOMPARE(info->portalId, QStringLiteral("4634981"));
        QCOMPARE(info->uiDomain, QStringLiteral("app-eu1.hubspot.com"));
        QCOMPARE(info->timeZone, QStringLiteral("US/Eastern"));
        const auto bare = parse::accountInfo(QByteArrayLiteral("{\"portalId\":\"42\"}"));
        QVERIFY(bare.ok());
        QCOMPARE(bare->uiDomain, QStringLiteral("app.hubspot.com")); // the default stays when absent
        QCOMPARE(parse::accountInfo(QByteArrayLiteral("{}")).error().kind, Error::Kind::BadResponse);
    }

    void labels()
    {
        const auto labels = parse::labels(fixture("labels.json"));
        QVERIFY(labels.ok());
        QCOMPARE(labels->size(), size_t(4));
        QCOMPARE(labels->at(0).label, QString()); // the unlabeled type
        QCOMPARE(labels->at(0).category, QStringLiteral("HUBSPOT_DEFINED"));
        QCOMPARE(labels->at(1).label, QStringLiteral("Active Attested"));
        QCOMPARE(labels->at(1).typeId, qint64(142));
        QCOMPARE(labels->at(1).category, QStringLiteral("USER_DEFINED"));
    }

    void associationLimits()
    {
        const auto limits = parse::associationLimits(fixture("configurations.json"));
        QVERIFY(limits.ok());
        QCOMPARE(limits->size(), size_t(3));
        QCOMPARE(limits->at(0).maxToObjectIds, std::optional<qint64>(1));
        QCOMPARE(limits->at(0).label, QStringLiteral("Active Attested"));
        QVERIFY(!limits->at(1).maxToObjectIds.has_value()); // absent
        QVERIFY(!limits->at(2).maxToObjectIds.has_value()); // null
    }

    void associationPages()
    {
        const auto first = parse::associationPage(fixture("associations_page1.json"));
        QVERIFY(first.ok());
        QCOMPARE(first->nextAfter, QStringLiteral("MTYxMjA0ODc3MzEw"));
        QCOMPARE(first->results.size(), size_t(2));
        // 2^53 + 1: a double would have turned it into ...992.
        QCOMPARE(first->results.at(0).toObjectId, QStringLiteral("9007199254740993"));
        QCOMPARE(first->results.at(0).labels(), QStringList{QStringLiteral("Active Attested")});
        QCOMPARE(first->results.at(1).labels(), (QStringList{QStringLiteral("Active"), QStringLiteral("Active Attested")}));
        QCOMPARE(first->results.at(1).types.size(), size_t(3));
        const auto last = parse::associationPage(fixture("associations_page2.json"));
        QVERIFY(last.ok());
        QVERIFY(last->nextAfter.isEmpty());
        QVERIFY(last->results.at(0).labels().isEmpty());
    }

    void batchAssociations207()
    {
        const auto page = parse::batchAssociations(fixture("batch_associations_207.json"));
        QVERIFY(page.ok());
        // Results come keyed by from.id, whatever order HubSpot listed them in.
        QCOMPARE(page->results.size(), size_t(2));
        QCOMPARE(page->results.at(QStringLiteral("103")).at(0).toObjectId, QStringLiteral("9007199254740993"));
        QCOMPARE(page->results.at(QStringLiteral("101")).at(0).toObjectId, QStringLiteral("5001"));
        QCOMPARE(page->nextAfter.at(QStringLiteral("101")), QStringLiteral("NTAwMQ%3D%3D"));
        QCOMPARE(page->nextAfter.count(QStringLiteral("103")), size_t(0));
        QCOMPARE(page->noAssociations, QStringList{QStringLiteral("102")});
        QVERIFY(page->otherErrors.empty());
    }

    void batchAssociationsOtherErrorsAreKept()
    {
        const auto page = parse::batchAssociations(QByteArrayLiteral(
            R"({"status":"COMPLETE","results":[],"errors":[{"category":"VALIDATION_ERROR","message":"bad id","context":{"fromObjectId":["x"]}}]})"));
        QVERIFY(page.ok());
        QCOMPARE(page->otherErrors.size(), size_t(1));
        QCOMPARE(page->otherErrors.front().category, QStringLiteral("VALIDATION_ERROR"));
    }

    void batchObjects207()
    {
        const auto batch = parse::batchObjects(fixture("batch_objects_207.json"), QStringLiteral("2-31374266"));
        QVERIFY(batch.ok());
        QCOMPARE(batch->found.size(), size_t(2));
        QCOMPARE(batch->missing, (QStringList{QStringLiteral("999"), QStringLiteral("998")}));
        const HubSpotObject &object = batch->found.at(QStringLiteral("512"));
        QCOMPARE(object.typeId, QStringLiteral("2-31374266"));
        QCOMPARE(object.properties.at(QStringLiteral("npi")), std::optional<QString>(QStringLiteral("1234567890")));
        QVERIFY(!object.properties.at(QStringLiteral("license_state")).has_value());
    }

    void objectWithNullAndAbsentProperties()
    {
        const auto object = parse::object(fixture("object.json"), QStringLiteral("0-1"));
        QVERIFY(object.ok());
        QCOMPARE(object->id, QStringLiteral("161204877310"));
        QCOMPARE(object->typeId, QStringLiteral("0-1"));
        QVERIFY(!object->archived);
        QCOMPARE(object->createdAt, QDateTime(QDate(2025, 9, 14), QTime(17, 43, 43, 120), Qt::UTC));
        QCOMPARE(object->updatedAt, QDateTime(QDate(2025, 9, 14), QTime(17, 50, 0), Qt::UTC)); // offset → UTC
        QCOMPARE(object->properties.at(QStringLiteral("npi")), std::optional<QString>(QStringLiteral("1234567890")));
        QVERIFY(!object->properties.at(QStringLiteral("license_state")).has_value()); // null
        QCOMPARE(object->properties.at(QStringLiteral("email")), std::optional<QString>(QString())); // empty string
        QCOMPARE(object->properties.count(QStringLiteral("city")), size_t(0)); // absent
    }

    void contactSearch()
    {
        const auto page = parse::contactSearch(fixture("search_contacts.json"));
        QVERIFY(page.ok());
        QCOMPARE(page->total, qint64(2));
        QCOMPARE(page->contacts.size(), size_t(2));
        QCOMPARE(page->contacts.at(0).first, QStringLiteral("Ada.Lovelace@example.com"));
        QCOMPARE(page->contacts.at(0).second, QStringLiteral("161204877310"));
        QCOMPARE(page->nextAfter, QStringLiteral("2"));
    }

    void associationWrite()
    {
        const auto written = parse::associationWrite(fixture("put_labels.json"));
        QVERIFY(written.ok());
        QCOMPARE(written->labels, QStringList{QStringLiteral("Active Attested")});
        QVERIFY(parse::associationWrite(QByteArray()).ok());
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("notJsonObject"); // every parser must refuse it, not only the page parser
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("html") << QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>") << true;
        QTest::newRow("array") << QByteArrayLiteral("[]") << true;
        QTest::newRow("truncated") << QByteArrayLiteral("{\"results\":[{\"toObjectId\":12") << true;
        QTest::newRow("invalid utf-8") << QByteArray("{\"results\":[\"\xff\xfe\"]}") << true;
        QTest::newRow("results not a list") << QByteArrayLiteral("{\"results\":5}") << false;
        QTest::newRow("types not a list") << QByteArrayLiteral("{\"results\":[{\"toObjectId\":1,\"associationTypes\":\"x\"}]}") << false;
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, notJsonObject);
        const auto page = parse::associationPage(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Error::Kind::BadResponse);
        QVERIFY(page.error().message.startsWith(QStringLiteral("HubSpot answered something")));
        if (!notJsonObject)
            return; // a JSON object with one wrong member: only the association page reads that member
        // Not a JSON object at all: every parser says so instead of throwing.
        QCOMPARE(parse::batchAssociations(body).ok(), false);
        QCOMPARE(parse::labels(body).ok(), false);
        QCOMPARE(parse::object(body, QStringLiteral("0-1")).ok(), false);
        QCOMPARE(parse::batchObjects(body, QStringLiteral("0-1")).ok(), false);
        QCOMPARE(parse::contactSearch(body).ok(), false);
        QCOMPARE(parse::accountInfo(body).ok(), false);
        QVERIFY(!parse::errorBody(body).isJson);
    }

    void unknownFieldsAreIgnored()
    {
        const auto page = parse::associationPage(QByteArrayLiteral(
            R"({"results":[{"toObjectId":77,"associationTypes":[{"typeId":142,"label":"Active","extra":1}]}],"paging":null,"surprise":{}})"));
        QVERIFY(page.ok());
        QCOMPARE(page->results.size(), size_t(1));
        QCOMPARE(page->results.at(0).toObjectId, QStringLiteral("77"));
        QCOMPARE(page->results.at(0).types.at(0).typeId, qint64(142));
    }

    // What HubSpot documents is what is accepted: an id that is not a positive 64-bit JSON integer, a
    // typeId that is not a number or a missing "results" make the whole answer malformed, never "one
    // object fewer" or "no objects".
    void undocumentedShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("id as text") << QByteArrayLiteral(R"({"results":[{"toObjectId":"77","associationTypes":[]}]})");
        QTest::newRow("float id") << QByteArrayLiteral(R"({"results":[{"toObjectId":1.5e11,"associationTypes":[]}]})");
        QTest::newRow("huge id") << QByteArrayLiteral(R"({"results":[{"toObjectId":99999999999999999999,"associationTypes":[]}]})");
        QTest::newRow("id above int64") << QByteArrayLiteral(R"({"results":[{"toObjectId":9223372036854775808,"associationTypes":[]}]})");
        QTest::newRow("negative id") << QByteArrayLiteral(R"({"results":[{"toObjectId":-1,"associationTypes":[]}]})");
        QTest::newRow("typeId as text") << QByteArrayLiteral(R"({"results":[{"toObjectId":1,"associationTypes":[{"typeId":"142","label":"A"}]}]})");
        QTest::newRow("no associationTypes") << QByteArrayLiteral(R"({"results":[{"toObjectId":1}]})");
        QTest::newRow("no results") << QByteArrayLiteral("{}");
        QTest::newRow("nested lists") << QByteArrayLiteral(R"({"results":[[{"toObjectId":1,"associationTypes":[]}]]})");
        QTest::newRow("too deep") << (QByteArrayLiteral(R"({"results":)") + QByteArray(100, '[') + QByteArray(100, ']') + "}");
    }
    void undocumentedShapesAreRefused()
    {
        QFETCH(QByteArray, body);
        const auto page = parse::associationPage(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Error::Kind::BadResponse);
    }

    void batchAnswersAreChecked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("results text") << QByteArrayLiteral(R"({"results":"x"})");
        QTest::newRow("no results") << QByteArrayLiteral("{}");
        QTest::newRow("to null") << QByteArrayLiteral(R"({"results":[{"to":null}]})");
        QTest::newRow("from missing") << QByteArrayLiteral(R"({"results":[{"to":[]}]})");
        QTest::newRow("from id not an id") << QByteArrayLiteral(R"({"results":[{"from":{"id":"abc"},"to":[]}]})");
        QTest::newRow("huge toObjectId") << QByteArrayLiteral(R"({"results":[{"from":{"id":"1"},"to":[{"toObjectId":99999999999999999999,"associationTypes":[]}]}]})");
        QTest::newRow("error not an object") << QByteArrayLiteral(R"({"results":[],"errors":[5]})");
    }
    void batchAnswersAreChecked()
    {
        QFETCH(QByteArray, body);
        const auto page = parse::batchAssociations(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Error::Kind::BadResponse);
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("correlationId");
        QTest::newRow("401") << fixture("error_401.json") << QStringLiteral("INVALID_AUTHENTICATION") << QString()
                             << QStringLiteral("0f1b7c2e-2a6c-4f6e-9c33-4a1d1c2b3e4f");
        QTest::newRow("404 without category") << fixture("error_404_no_category.json") << QString() << QString()
                                              << QStringLiteral("7d0b6f1a-3c4e-4a2b-9d8e-1f2a3b4c5d6e");
        QTest::newRow("ten secondly") << fixture("error_429_ten_secondly.json") << QString()
                                      << QStringLiteral("TEN_SECONDLY_ROLLING") << QStringLiteral("c033cdaa-2c40-4a64-ae48-b4cec88dad24");
        QTest::newRow("daily") << fixture("error_429_daily.json") << QString() << QStringLiteral("DAILY")
                               << QStringLiteral("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9");
        QTest::newRow("not json") << QByteArrayLiteral("Bad Gateway") << QString() << QString() << QString();
    }
    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, category);
        QFETCH(QString, policy);
        QFETCH(QString, correlationId);
        const ErrorBody parsed = parse::errorBody(body);
        QCOMPARE(parsed.category, category);
        QCOMPARE(parsed.policyName, policy);
        QCOMPARE(parsed.correlationId, correlationId);
    }

    void missingScopesAreNamed()
    {
        const ErrorBody parsed = parse::errorBody(fixture("error_403_scopes.json"));
        QCOMPARE(parsed.missingScopes(),
                 (QStringList{QStringLiteral("crm.objects.custom.read"), QStringLiteral("crm.schemas.custom.read")}));
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("category");
        QTest::newRow("401") << 401 << fixture("error_401.json") << int(Error::Kind::Auth)
                             << QStringLiteral("private app token was rejected") << QStringLiteral("INVALID_AUTHENTICATION");
        QTest::newRow("403 scopes") << 403 << fixture("error_403_scopes.json") << int(Error::Kind::Scope)
                                    << QStringLiteral("crm.objects.custom.read, crm.schemas.custom.read") << QStringLiteral("MISSING_SCOPES");
        QTest::newRow("403 bare") << 403 << QByteArray() << int(Error::Kind::Scope) << QStringLiteral("refused") << QString();
        QTest::newRow("404") << 404 << fixture("error_404_no_category.json") << int(Error::Kind::NotFound)
                             << QStringLiteral("Object not found") << QString();
        QTest::newRow("409") << 409 << QByteArrayLiteral("{\"message\":\"exists\",\"category\":\"CONFLICT\"}")
                             << int(Error::Kind::Conflict) << QStringLiteral("exists") << QStringLiteral("CONFLICT");
        QTest::newRow("400") << 400 << fixture("error_400_validation.json") << int(Error::Kind::Validation)
                             << QStringLiteral("npi_typo") << QStringLiteral("VALIDATION_ERROR");
        QTest::newRow("429 daily") << 429 << fixture("error_429_daily.json") << int(Error::Kind::DailyLimit)
                                   << QStringLiteral("daily HubSpot API limit") << QStringLiteral("DAILY");
        QTest::newRow("429 ten secondly") << 429 << fixture("error_429_ten_secondly.json") << int(Error::Kind::RateLimited)
                                          << QStringLiteral("too many requests") << QStringLiteral("TEN_SECONDLY_ROLLING");
        QTest::newRow("502 html") << 502 << QByteArrayLiteral("<html>bad gateway</html>") << int(Error::Kind::Server)
                                  << QStringLiteral("HTTP 502") << QString();
        QTest::newRow("423") << 423 << QByteArray() << int(Error::Kind::Server) << QStringLiteral("HTTP 423") << QString();
    }
    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        QFETCH(QString, category);
        const Error error = HubSpotClient::errorFromResponse(response(status, body, 3), QStringLiteral("read object 1"));
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("read object 1")), qPrintable(error.message));
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.category, category);
        QCOMPARE(error.source, QStringLiteral("hubspot"));
        QVERIFY(!error.message.contains(QStringLiteral("Bearer")));
    }

    void correlationIdIsCopied()
    {
        const Error error = HubSpotClient::errorFromResponse(response(401, fixture("error_401.json")), QStringLiteral("x"));
        QCOMPARE(error.correlationId, QStringLiteral("0f1b7c2e-2a6c-4f6e-9c33-4a1d1c2b3e4f"));
        QVERIFY(error.describe().contains(QStringLiteral("correlationId 0f1b7c2e")));
    }

    void networkFailuresMap()
    {
        net::HttpResponse timedOut;
        timedOut.timedOut = true;
        timedOut.attempts = 4;
        QCOMPARE(HubSpotClient::errorFromResponse(timedOut, QStringLiteral("x")).kind, Error::Kind::Timeout);
        net::HttpResponse refused;
        refused.networkError = QStringLiteral("Connection refused");
        const Error error = HubSpotClient::errorFromResponse(refused, QStringLiteral("x"));
        QCOMPARE(error.kind, Error::Kind::Network);
        QVERIFY(error.message.contains(QStringLiteral("Connection refused")));
        QVERIFY(error.isRetryable());
    }
};

QTEST_GUILESS_MAIN(TestHubSpotParse)
#include "tst_hubspotparse.moc"
