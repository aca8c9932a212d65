// The client against the sandbox over loopback: the sandbox was written from HubSpot's docs by
// someone else and shares no code with the client, so agreement here means both read the docs alike.
#include <QtTest>

#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspotretrypolicy.h"
#include "sandbox/sandboxserver.h"

using namespace credsync;
using namespace credsync::hubspot;

namespace {

const std::string kToken = "pat-na1-sandbox-token";
const QString kContacts = QStringLiteral("0-1");
const QString kCredentialing = QStringLiteral("2-31374266");
constexpr sandbox::Id kAda = 161204877310;      // two objects: old "Active", new "Active Attested"
constexpr sandbox::Id kGrace = 161204877311;    // one object with both labels (step 3 failed)
constexpr sandbox::Id kNew = 161204877312;      // signed up a minute ago: nothing associated yet
constexpr sandbox::Id kBigObject = 9007199254740993; // 2^53 + 1

sandbox::World makeWorld()
{
    sandbox::World world;
    world.portal.portalId = 4634981;
    world.tokens.hubspot = kToken;
    world.objectTypes = {{"0-1", "contacts"}, {"2-31374266", "Credentialing"}};
    const std::vector<sandbox::LabelDefinition> definitions{
        {"HUBSPOT_DEFINED", 279, std::nullopt, std::nullopt},
        {"USER_DEFINED", 142, std::string("Active Attested"), 1},
        {"USER_DEFINED", 144, std::string("Active"), std::nullopt},
        {"USER_DEFINED", 146, std::string("Relocation"), std::nullopt}};
    world.labelSets.push_back({"0-1", "2-31374266", definitions});
    auto reverse = definitions;
    for (auto &definition : reverse)
        definition.typeId += 1; // the other direction has its own type ids
    world.labelSets.push_back({"2-31374266", "0-1", reverse});
    const sandbox::TimeMs created = 1757871771000; // 2025-09-14T17:42:51Z
    for (const auto &[id, email] : std::vector<std::pair<sandbox::Id, std::string>>{
             {kAda, "Ada.Lovelace@example.com"}, {kGrace, "grace@example.com"}, {kNew, "new@example.com"}})
        world.contacts[id] = sandbox::Contact{id, email, "First", "Last", created};
    for (const sandbox::Id id : {sandbox::Id(512), kBigObject, sandbox::Id(777)}) {
        sandbox::HubObject object;
        object.id = id;
        object.type = "2-31374266";
        object.createdAt = created + 52000;
        object.updatedAt = created + 60000;
        object.properties = {{"npi", "1234567890"}};
        world.objects[id] = object;
    }
    world.addAssociation({kAda, "2-31374266", 512, {"Active"}});
    world.addAssociation({kAda, "2-31374266", kBigObject, {"Active Attested"}});
    world.addAssociation({kGrace, "2-31374266", 777, {"Active", "Active Attested"}});
    return world;
}

} // namespace

class TestHubSpotSandbox : public QObject
{
    Q_OBJECT

    sandbox::SandboxServer *m_sandbox = nullptr;
    net::HttpTransport *m_transport = nullptr;
    HubSpotClient *m_client = nullptr;

    template<typename T, typename Start>
    Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        start([&](Result<T> r) { result.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        if (!result)
            return Error::make(Error::Kind::Internal, QStringLiteral("no answer"));
        return std::move(*result);
    }

    QStringList labelsOf(const QString &contactId, const QString &objectId)
    {
        const auto objects = wait<std::vector<AssociatedObject>>(
            [&](auto done) { m_client->associationsOf(kContacts, contactId, kCredentialing, done); });
        if (!objects.ok())
            return {QStringLiteral("error: ") + objects.error().message};
        for (const AssociatedObject &object : *objects) {
            if (object.toObjectId == objectId) {
                QStringList labels = object.labels();
                labels.sort();
                return labels;
            }
        }
        return {QStringLiteral("not associated")};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = new sandbox::SandboxServer(makeWorld(), this);
        QVERIFY(m_sandbox->listenLocal() != 0);
        m_transport = new net::HttpTransport(this);
        m_client = new HubSpotClient(m_transport, QUrl(m_sandbox->baseUrl()), QString::fromStdString(kToken), this);
        HubSpotRetryPolicy::Timing fast;
        fast.baseMs = 1;
        fast.capMs = 10;
        fast.lockedMs = 10;
        m_client->setRetryPolicy(std::make_shared<HubSpotRetryPolicy>(fast));
    }
    void cleanup()
    {
        delete m_client;
        delete m_transport;
        delete m_sandbox;
    }

    void accountAndLabels()
    {
        const auto info = wait<AccountInfo>([&](auto done) { m_client->accountInfo(done); });
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().describe()));
        QCOMPARE(info->portalId, QStringLiteral("4634981"));
        const auto labels = wait<std::vector<LabelDefinition>>(
            [&](auto done) { m_client->associationLabels(kContacts, kCredentialing, done); });
        QVERIFY(labels.ok());
        const auto attested = std::find_if(labels->begin(), labels->end(),
                                           [](const auto &l) { return l.label == QStringLiteral("Active Attested"); });
        QVERIFY(attested != labels->end());
        QCOMPARE(attested->typeId, qint64(142));
        const auto limits = wait<std::vector<AssociationLimit>>(
            [&](auto done) { m_client->associationLimits(kContacts, kCredentialing, done); });
        QVERIFY2(limits.ok(), qPrintable(limits.ok() ? QString() : limits.error().describe()));
    }

    void associationsKeepLabelsAndExactIds()
    {
        QCOMPARE(labelsOf(QString::number(kAda), QString::number(kBigObject)), QStringList{QStringLiteral("Active Attested")});
        QCOMPARE(labelsOf(QString::number(kGrace), QStringLiteral("777")),
                 (QStringList{QStringLiteral("Active"), QStringLiteral("Active Attested")}));
    }

    void batchReadKeysEveryContact()
    {
        const QStringList ids{QString::number(kAda), QString::number(kGrace), QString::number(kNew)};
        const auto answer = wait<std::map<QString, std::vector<AssociatedObject>>>(
            [&](auto done) { m_client->batchReadAssociations(kContacts, kCredentialing, ids, done); });
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().describe()));
        QCOMPARE(answer->size(), size_t(3));
        QCOMPARE(answer->at(QString::number(kAda)).size(), size_t(2));
        QCOMPARE(answer->at(QString::number(kGrace)).size(), size_t(1));
        QVERIFY(answer->at(QString::number(kNew)).empty());
    }

    void objectsAndMissingOnes()
    {
        const auto batch = wait<BatchObjects>([&](auto done) {
            m_client->batchReadObjects(kCredentialing, {QStringLiteral("512"), QString::number(kBigObject), QStringLiteral("404404")},
                                       {QStringLiteral("npi"), QStringLiteral("license_state")}, done);
        });
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().describe()));
        QCOMPARE(batch->found.size(), size_t(2));
        QCOMPARE(batch->missing, QStringList{QStringLiteral("404404")});
        const HubSpotObject &object = batch->found.at(QString::number(kBigObject));
        QCOMPARE(object.createdAt, QDateTime(QDate(2025, 9, 14), QTime(17, 43, 43), Qt::UTC));
        QCOMPARE(object.properties.at(QStringLiteral("npi")), std::optional<QString>(QStringLiteral("1234567890")));
        QVERIFY(!object.properties.at(QStringLiteral("license_state")).has_value());

        // HubSpot's request model (BatchReadInputSimplePublicObjectId) requires propertiesWithHistory: the
        // console sends it, empty, as HubSpot's SDK does.
        bool sawBatchRead = false;
        for (const sandbox::RequestRecord &record : m_sandbox->requests()) {
            if (!record.path.endsWith(QLatin1String("/batch/read")))
                continue;
            sawBatchRead = true;
            const auto body = nlohmann::json::parse(record.body.constBegin(), record.body.constEnd(), nullptr, false);
            QVERIFY2(body.is_object() && body.contains("propertiesWithHistory"), record.body.constData());
            QCOMPARE(body.at("propertiesWithHistory"), nlohmann::json::array());
            QCOMPARE(body.at("properties"), nlohmann::json::array({"npi", "license_state"}));
        }
        QVERIFY(sawBatchRead);

        const auto missing = wait<HubSpotObject>(
            [&](auto done) { m_client->getObject(kCredentialing, QStringLiteral("404404"), {}, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void searchByEmail()
    {
        const auto found = wait<std::map<QString, QString>>([&](auto done) {
            m_client->searchContactsByEmail({QStringLiteral("ADA.lovelace@example.com"), QStringLiteral("nobody@example.com")}, done);
        });
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().describe()));
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->at(QStringLiteral("ada.lovelace@example.com")), QString::number(kAda));
    }

    void relabelLikeTheWorkerShould()
    {
        // Grace's object carries both labels (step 3 failed): remove "Active", keep "Active Attested".
        const AssociationInput active{QString::number(kGrace), QStringLiteral("777"),
                                      {AssociationType{QStringLiteral("USER_DEFINED"), 144, {}}}};
        const auto archived = wait<Ok>(
            [&](auto done) { m_client->batchArchiveAssociationLabels(kContacts, kCredentialing, {active}, done); });
        QVERIFY2(archived.ok(), qPrintable(archived.ok() ? QString() : archived.error().describe()));
        QCOMPARE(labelsOf(QString::number(kGrace), QStringLiteral("777")), QStringList{QStringLiteral("Active Attested")});

        const auto added = wait<Ok>(
            [&](auto done) { m_client->batchCreateAssociationLabels(kContacts, kCredentialing, {active}, done); });
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().describe()));
        QCOMPARE(labelsOf(QString::number(kGrace), QStringLiteral("777")),
                 (QStringList{QStringLiteral("Active"), QStringLiteral("Active Attested")}));

        // PUT replaces the pair's labels (the sandbox's default reading of the docs).
        const auto put = wait<AssociationWriteResult>([&](auto done) {
            m_client->putAssociationLabels(kContacts, QString::number(kAda), kCredentialing, QStringLiteral("512"),
                                           {AssociationType{QStringLiteral("USER_DEFINED"), 146, {}}}, done);
        });
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().describe()));
        QCOMPARE(labelsOf(QString::number(kAda), QStringLiteral("512")), QStringList{QStringLiteral("Relocation")});

        const auto removed = wait<Ok>([&](auto done) {
            m_client->deleteAssociation(kContacts, QString::number(kAda), kCredentialing, QStringLiteral("512"), done);
        });
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().describe()));
        QCOMPARE(labelsOf(QString::number(kAda), QStringLiteral("512")), QStringList{QStringLiteral("not associated")});
    }

    void updateObjectProperties()
    {
        const auto updated = wait<HubSpotObject>([&](auto done) {
            m_client->updateObject(kCredentialing, QStringLiteral("512"), {{QStringLiteral("license_state"), QStringLiteral("NY")}}, done);
        });
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().describe()));
        const auto read = wait<HubSpotObject>(
            [&](auto done) { m_client->getObject(kCredentialing, QStringLiteral("512"), {QStringLiteral("license_state")}, done); });
        QVERIFY(read.ok());
        QCOMPARE(read->properties.at(QStringLiteral("license_state")), std::optional<QString>(QStringLiteral("NY")));
    }

    void wrongTokenIsAnAuthError()
    {
        HubSpotClient stranger(m_transport, QUrl(m_sandbox->baseUrl()), QStringLiteral("pat-na1-wrong"));
        const auto info = wait<AccountInfo>([&](auto done) { stranger.accountInfo(done); });
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, Error::Kind::Auth);
        QCOMPARE(m_sandbox->requests().size(), size_t(1)); // a rejected token is not retried
    }

    void injectedFaultsAreRetried()
    {
        sandbox::FaultRule unavailable;
        unavailable.pathPattern = QStringLiteral("^/crm/v4/objects/");
        unavailable.times = 2;
        unavailable.status = 503;
        m_sandbox->addFault(unavailable);
        sandbox::FaultRule dropped;
        dropped.pathPattern = QStringLiteral("^/crm/v4/associations/.*/batch/read");
        dropped.times = 1;
        dropped.drop = true;
        m_sandbox->addFault(dropped);
        QCOMPARE(labelsOf(QString::number(kAda), QString::number(kBigObject)), QStringList{QStringLiteral("Active Attested")});
        const auto answer = wait<std::map<QString, std::vector<AssociatedObject>>>([&](auto done) {
            m_client->batchReadAssociations(kContacts, kCredentialing, {QString::number(kAda)}, done);
        });
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().describe()));
        QCOMPARE(answer->at(QString::number(kAda)).size(), size_t(2));
        QCOMPARE(m_sandbox->requests().size(), size_t(5)); // 2 × 503 + 1, dropped + 1
    }

    void dailyLimitStopsAtOnce()
    {
        m_sandbox->setRateLimits(190, 1, 5);
        const auto first = wait<AccountInfo>([&](auto done) { m_client->accountInfo(done); });
        const auto second = wait<AccountInfo>([&](auto done) { m_client->accountInfo(done); });
        const Result<AccountInfo> &limited = first.ok() ? second : first;
        QVERIFY(!limited.ok());
        QCOMPARE(limited.error().kind, Error::Kind::DailyLimit);
        QCOMPARE(m_sandbox->requests().size(), size_t(2)); // DAILY is never retried
    }
};

QTEST_GUILESS_MAIN(TestHubSpotSandbox)
#include "tst_hubspot_sandbox.moc"
