#include "core/clock.h"
#include "sourcefactory.h"

#include "../db/therapistrepository.h"
#include "../evidence/logql.h"
#include "../evidence/lokiclient.h"
#include "../evidence/sentryclient.h"
#include "../hubspot/hubspotclient.h"
#include "../hubspot/hubspotthrottle.h"
#include "../logging.h"
#include "../net/httptransport.h"
#include "../secrets.h"
#include "evidencegatherer.h"

namespace credsync::pipeline {

Sources::Sources() = default;
Sources::~Sources() = default;
Sources::Sources(Sources &&) noexcept = default;
Sources &Sources::operator=(Sources &&) noexcept = default;

std::unique_ptr<EvidenceGatherer> Sources::makeEvidenceGatherer() const
{
    return std::make_unique<EvidenceGatherer>(loki.get(), sentry.get(), lokiProblem, sentryProblem);
}

QString Sources::exploreUrlFor(const Therapist &therapist, const TherapistSnapshot &snapshot) const
{
    if (profile.loki.exploreUrl.isEmpty())
        return {};
    QDateTime start = therapist.createdAt.isValid() ? therapist.createdAt : snapshot.takenAt.addDays(-profile.loki.lookbackDays);
    for (const HubSpotObject &object : snapshot.objects) {
        if (object.createdAt.isValid() && object.createdAt < start)
            start = object.createdAt;
    }
    const QString query = evidence::therapistLogQuery(profile.loki.selector, therapist.contactId, therapist.id);
    return evidence::grafanaExploreUrl(profile.loki, query, start.addSecs(-600), snapshot.takenAt);
}

namespace {

SourceHealth healthOf(const QString &source, bool configured, bool ok, const QString &message)
{
    return SourceHealth{source, configured, ok, message, clock::nowUtc()};
}

QString keyringKey(const Profile &profile, const char *what)
{
    return QStringLiteral("%1/%2").arg(profile.name.isEmpty() ? QStringLiteral("default") : profile.name,
                                       QLatin1String(what));
}

// Optional secret: empty when neither the variable nor the keyring has it.
QString optionalSecret(const QString &envName, const QString &key)
{
    if (envName.isEmpty())
        return {};
    Result<QString> secret = readSecret(envName, key);
    return secret ? secret.value() : QString();
}

void setUpEvidence(const Profile &profile, Sources &sources, const std::function<void(const SourceHealth &)> &health)
{
    if (!profile.loki.baseUrl.isEmpty()) {
        evidence::LokiCredentials credentials;
        credentials.bearerToken = optionalSecret(profile.loki.tokenEnv, keyringKey(profile, "loki"));
        credentials.basicPassword = optionalSecret(profile.loki.passwordEnv, keyringKey(profile, "loki-password"));
        if (!profile.loki.user.isEmpty() && credentials.bearerToken.isEmpty() && credentials.basicPassword.isEmpty()) {
            sources.lokiProblem = QStringLiteral("Loki password not found: set %1").arg(profile.loki.passwordEnv);
            health(healthOf(QStringLiteral("loki"), true, false, sources.lokiProblem));
        } else {
            sources.loki = std::make_unique<evidence::LokiClient>(sources.evidenceTransport.get(), profile.loki, credentials);
            health(healthOf(QStringLiteral("loki"), true, true, QStringLiteral("configured")));
        }
    } else {
        health(healthOf(QStringLiteral("loki"), false, false, QStringLiteral("not configured")));
    }

    if (!profile.sentry.baseUrl.isEmpty()) {
        Result<QString> token = readSecret(profile.sentry.tokenEnv, keyringKey(profile, "sentry"));
        if (!token) {
            sources.sentryProblem = token.error().message;
            health(healthOf(QStringLiteral("sentry"), true, false, sources.sentryProblem));
        } else {
            sources.sentry = std::make_unique<evidence::SentryClient>(sources.evidenceTransport.get(), profile.sentry, token.value());
            health(healthOf(QStringLiteral("sentry"), true, true, QStringLiteral("configured")));
        }
    } else {
        health(healthOf(QStringLiteral("sentry"), false, false, QStringLiteral("not configured")));
    }
}

} // namespace

void connectSources(const Profile &profile, Sources &sources, QObject *context,
                    std::function<void(const SourceHealth &)> health, std::function<void(Status)> done)
{
    sources = Sources();
    sources.profile = profile;

    Result<QString> token = readSecret(profile.hubspot.tokenEnv, keyringKey(profile, "hubspot"));
    if (!token) {
        health(healthOf(QStringLiteral("hubspot"), true, false, token.error().message));
        done(token.error());
        return;
    }

    QString password;
    if (profile.database.url.startsWith(QLatin1String("postgres")))
        password = optionalSecret(profile.database.passwordEnv, keyringKey(profile, "database"));
    Result<std::unique_ptr<db::TherapistRepository>> repository = db::TherapistRepository::open(profile, password);
    if (!repository) {
        health(healthOf(QStringLiteral("db"), true, false, repository.error().message));
        done(repository.error());
        return;
    }
    sources.repository = std::move(repository).value();
    health(healthOf(QStringLiteral("db"), true, true, QStringLiteral("connected (%1)").arg(sources.repository->driverName())));

    sources.hubspotTransport = std::make_unique<net::HttpTransport>();
    sources.hubspotTransport->setMaxConcurrent(profile.hubspot.maxConcurrentRequests);
    sources.evidenceTransport = std::make_unique<net::HttpTransport>();
    sources.evidenceTransport->setMaxConcurrent(4);
    sources.hubspot = std::make_unique<hubspot::HubSpotClient>(sources.hubspotTransport.get(), profile.hubspot.baseUrl,
                                                               token.value());
    {
        // Scans and bulk fixes spend at most the profile's share of the portal's ten-second limit.
        hubspot::HubSpotThrottle::Options throttle;
        throttle.maxShare = profile.hubspot.maxShare;
        sources.hubspot->setThrottle(std::make_shared<hubspot::HubSpotThrottle>(throttle));
    }
    setUpEvidence(profile, sources, health);

    // /account-info proves the token before anything else is read, and gives the portal for links.
    hubspot::HubSpotClient *client = sources.hubspot.get();
    client->accountInfo([&sources, profile, health, done, context](Result<AccountInfo> info) {
        Q_UNUSED(context);
        AccountInfo account;
        if (!info) {
            Error error = info.error();
            // A rejected token, an exhausted daily limit or an unreachable HubSpot stop here. Anything
            // else (a token without the account scope, an endpoint a proxy does not pass) only costs
            // the portal details, which the profile can give.
            const bool fatal = error.kind == Error::Kind::Auth || error.kind == Error::Kind::DailyLimit
                || error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout;
            if (error.kind == Error::Kind::Auth)
                error.message = QStringLiteral("HubSpot rejected the token in %1: %2").arg(profile.hubspot.tokenEnv, error.message);
            if (fatal) {
                health(healthOf(QStringLiteral("hubspot"), true, false, error.describe()));
                done(error);
                return;
            }
            logging::net()->warn("account-info unavailable ({}); using the profile's portal id",
                                 error.describe().toStdString());
            account.portalId = profile.hubspot.portalId;
        } else {
            account = info.value();
        }
        if (!profile.hubspot.portalId.isEmpty() && !account.portalId.isEmpty() && account.portalId != profile.hubspot.portalId) {
            const Error error = Error::make(Error::Kind::Config,
                                            QStringLiteral("the token in %1 belongs to HubSpot portal %2, but the profile says portal %3")
                                                .arg(profile.hubspot.tokenEnv, account.portalId, profile.hubspot.portalId),
                                            QStringLiteral("hubspot"));
            health(healthOf(QStringLiteral("hubspot"), true, false, error.message));
            done(error);
            return;
        }
        if (!profile.hubspot.uiDomain.isEmpty())
            account.uiDomain = profile.hubspot.uiDomain;
        sources.account = account;
        health(healthOf(QStringLiteral("hubspot"), true, true, QStringLiteral("authenticated (portal %1)").arg(account.portalId)));
        done(Ok{});
    });
}

} // namespace credsync::pipeline
