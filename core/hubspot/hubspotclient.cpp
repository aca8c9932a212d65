#include "hubspotclient.h"

#include "../logging.h"
#include "hubspotclient_p.h"
#include "hubspotretrypolicy.h"
#include "hubspotthrottle.h"

#include <QTimer>

namespace credsync::hubspot {

using nlohmann::json;

// ---- Operation ----

std::shared_ptr<Operation> Operation::create()
{
    auto op = std::make_shared<Operation>();
    std::weak_ptr<Operation> weak = op;
    op->handle = net::RequestHandle::composite([weak] {
        if (auto strong = weak.lock()) {
            strong->finished = true;
            strong->cancelRequests();
        }
    });
    return op;
}

void Operation::track(net::RequestHandle request)
{
    requests.erase(std::remove_if(requests.begin(), requests.end(), [](const auto &r) { return !r.isActive(); }),
                   requests.end());
    requests.push_back(std::move(request));
}

void Operation::cancelRequests()
{
    auto pending = std::move(requests);
    requests.clear();
    for (auto &request : pending)
        request.cancel();
}

void Operation::complete()
{
    finished = true;
    requests.clear();
    handle.markFinished();
}

// ---- Private ----

net::HttpRequest HubSpotClient::Private::request(const QByteArray &method, const QStringList &segments,
                                                 const QUrlQuery &query, const json &body,
                                                 const QString &description) const
{
    net::HttpRequest r;
    r.method = method;
    QUrl url = baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(query);
    r.url = url;
    if (!body.is_null())
        r.body = QByteArray::fromStdString(body.dump());
    r.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8()});
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    r.timeoutMs = timeoutMs;
    r.maxAttempts = maxAttempts;
    r.description = QStringLiteral("hubspot ") + description;
    r.retryPolicy = retryPolicy;
    r.throttle = throttle;
    return r;
}

void HubSpotClient::Private::send(const std::shared_ptr<Operation> &op, net::HttpRequest request,
                                  std::function<void(const net::HttpResponse &)> onResponse)
{
    QPointer<HubSpotClient> guard(q);
    op->track(transport->send(std::move(request), [guard, op, onResponse](const net::HttpResponse &response) {
        if (!guard || op->finished)
            return;
        onResponse(response);
    }));
}

void HubSpotClient::Private::deliverLater(const std::shared_ptr<Operation> &op, std::function<void()> deliver)
{
    QTimer::singleShot(0, q, [op, deliver] {
        if (op->finished)
            return;
        op->complete();
        deliver();
    });
}

namespace {

QString directionKey(const QString &from, const QString &to)
{
    return from + QStringLiteral("→") + to;
}

json typesJson(const std::vector<AssociationType> &types)
{
    json out = json::array();
    for (const AssociationType &type : types) {
        out.push_back({{"associationCategory", type.category.isEmpty() ? std::string("USER_DEFINED")
                                                                       : type.category.toStdString()},
                       {"associationTypeId", type.typeId}});
    }
    return out;
}

json inputsJson(const std::vector<AssociationInput> &inputs)
{
    json list = json::array();
    for (const AssociationInput &input : inputs) {
        list.push_back({{"from", {{"id", input.fromId.toStdString()}}},
                        {"to", {{"id", input.toId.toStdString()}}},
                        {"types", typesJson(input.types)}});
    }
    return json{{"inputs", list}};
}

} // namespace

Error errorFromBatchDetail(const ErrorDetail &detail, const QString &what)
{
    Error::Kind kind = Error::Kind::Server;
    if (detail.category == QStringLiteral("OBJECT_NOT_FOUND"))
        kind = Error::Kind::NotFound;
    else if (detail.category == QStringLiteral("VALIDATION_ERROR"))
        kind = Error::Kind::Validation;
    else if (detail.category == QStringLiteral("CONFLICT"))
        kind = Error::Kind::Conflict;
    Error error = Error::make(kind, QStringLiteral("HubSpot could not %1: %2").arg(what, detail.message),
                              QStringLiteral("hubspot"));
    error.category = detail.subCategory.isEmpty() ? detail.category : detail.category + QStringLiteral(" / ") + detail.subCategory;
    return error;
}

// ---- HubSpotClient ----

HubSpotClient::HubSpotClient(net::HttpTransport *transport, QUrl baseUrl, QString token, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->transport = transport;
    d->baseUrl = std::move(baseUrl);
    d->token = std::move(token);
    logging::registerSecret(d->token);
    d->retryPolicy = std::make_shared<HubSpotRetryPolicy>();
    setThrottle(std::make_shared<HubSpotThrottle>());
}

HubSpotClient::~HubSpotClient() = default;

QUrl HubSpotClient::baseUrl() const
{
    return d->baseUrl;
}

RateBudget HubSpotClient::rateBudget() const
{
    return d->throttle ? d->throttle->budget() : RateBudget{};
}

void HubSpotClient::setRetryPolicy(std::shared_ptr<net::RetryPolicy> policy)
{
    d->retryPolicy = std::move(policy);
}

void HubSpotClient::setThrottle(std::shared_ptr<HubSpotThrottle> throttle)
{
    if (d->throttle)
        d->throttle->setBudgetListener({});
    d->throttle = std::move(throttle);
    if (d->throttle) {
        QPointer<HubSpotClient> guard(this);
        d->throttle->setBudgetListener([guard](const RateBudget &budget) {
            if (guard)
                Q_EMIT guard->rateBudgetChanged(budget);
        });
    }
}

std::shared_ptr<HubSpotThrottle> HubSpotClient::throttle() const
{
    return d->throttle;
}

void HubSpotClient::setTimeoutMs(int timeoutMs)
{
    d->timeoutMs = timeoutMs;
}

void HubSpotClient::setMaxAttempts(int attempts)
{
    d->maxAttempts = std::max(1, attempts);
}

Error HubSpotClient::errorFromResponse(const net::HttpResponse &response, const QString &what)
{
    const QString source = QStringLiteral("hubspot");
    if (response.status == 0) {
        Error error = response.timedOut
            ? Error::make(Error::Kind::Timeout,
                          QStringLiteral("HubSpot did not answer in time to %1 (%2 attempt(s))").arg(what).arg(response.attempts),
                          source)
            : Error::make(Error::Kind::Network,
                          QStringLiteral("could not reach HubSpot to %1: %2").arg(what, response.networkError), source);
        if (!response.gaveUp.isEmpty())
            error.message += QStringLiteral("; ") + response.gaveUp;
        return error;
    }
    const ErrorBody body = parse::errorBody(response.body);
    const QString detail = body.message.isEmpty() ? QString() : QStringLiteral(": ") + body.message;
    Error error;
    error.source = source;
    error.httpStatus = response.status;
    error.correlationId = body.correlationId;
    error.category = body.subCategory.isEmpty() ? body.category : body.category + QStringLiteral(" / ") + body.subCategory;
    if (error.category.isEmpty())
        error.category = body.policyName;

    switch (response.status) {
    case 401:
        error.kind = Error::Kind::Auth;
        error.message = QStringLiteral("the private app token was rejected while trying to %1%2").arg(what, detail);
        break;
    case 403: {
        error.kind = Error::Kind::Scope;
        const QStringList scopes = body.missingScopes();
        if (!scopes.isEmpty())
            error.message = QStringLiteral("the private app lacks the scope(s) %1 needed to %2")
                                .arg(scopes.join(QStringLiteral(", ")), what);
        else if (body.category == QStringLiteral("MISSING_SCOPES"))
            error.message = QStringLiteral("the private app lacks a scope needed to %1%2").arg(what, detail);
        else
            error.message = QStringLiteral("HubSpot refused to let the private app %1%2").arg(what, detail);
        break;
    }
    case 404:
        error.kind = Error::Kind::NotFound;
        error.message = QStringLiteral("not found in HubSpot when trying to %1%2").arg(what, detail);
        break;
    case 409:
        error.kind = Error::Kind::Conflict;
        error.message = QStringLiteral("HubSpot reported a conflict when trying to %1%2").arg(what, detail);
        break;
    case 429:
        if (HubSpotRetryPolicy::rateLimitOf(response) == HubSpotRetryPolicy::RateLimit::Daily) {
            error.kind = Error::Kind::DailyLimit;
            error.message = QStringLiteral("the portal's daily HubSpot API limit is used up, so the console could not "
                                           "%1; it resets at midnight in the portal's time zone")
                                .arg(what);
        } else {
            error.kind = Error::Kind::RateLimited;
            error.message = QStringLiteral("HubSpot kept answering \"too many requests\" to %1 after %2 attempt(s)")
                                .arg(what)
                                .arg(response.attempts);
        }
        break;
    default:
        if (response.status >= 500 || response.status == 423 || response.status == 477) {
            error.kind = Error::Kind::Server;
            error.message = QStringLiteral("HubSpot answered HTTP %1 to %2 after %3 attempt(s)%4")
                                .arg(response.status)
                                .arg(what)
                                .arg(response.attempts)
                                .arg(detail);
        } else {
            error.kind = Error::Kind::Validation; // 400 and any other refusal of what we sent
            QString first = body.errors.empty() ? QString() : body.errors.front().message;
            error.message = QStringLiteral("HubSpot refused to %1%2").arg(what, detail)
                + (first.isEmpty() || first == body.message ? QString() : QStringLiteral(" (") + first + QLatin1Char(')'));
        }
        break;
    }
    if (!body.isJson && response.status != 401)
        error.message += QStringLiteral(" (HTTP %1 without a HubSpot error body)").arg(response.status);
    if (!response.gaveUp.isEmpty())
        error.message += QStringLiteral("; ") + response.gaveUp;
    return error;
}

net::RequestHandle HubSpotClient::accountInfo(Callback<AccountInfo> done)
{
    auto request = d->request("GET", {QStringLiteral("account-info"), QStringLiteral("v3"), QStringLiteral("details")}, {},
                              nullptr, QStringLiteral("GET account-info"));
    return d->single<AccountInfo>(std::move(request), QStringLiteral("read the account details"),
                               [](const net::HttpResponse &r) { return parse::accountInfo(r.body); }, std::move(done));
}

net::RequestHandle HubSpotClient::associationLabels(const QString &fromType, const QString &toType,
                                                    Callback<std::vector<LabelDefinition>> done)
{
    const QString key = directionKey(fromType, toType);
    if (const auto cached = d->labelCache.find(key); cached != d->labelCache.end()) {
        auto op = Operation::create();
        d->deliverLater(op, [done, labels = cached->second] { done(labels); });
        return op->handle;
    }
    auto request = d->request("GET", {QStringLiteral("crm"), QStringLiteral("v4"), QStringLiteral("associations"), fromType, toType, QStringLiteral("labels")},
                              {}, nullptr, QStringLiteral("GET labels ") + key);
    QPointer<HubSpotClient> guard(this);
    const QString what = QStringLiteral("read the association labels %1").arg(key);
    return d->single<std::vector<LabelDefinition>>(
        std::move(request), what,
        [guard, key](const net::HttpResponse &r) {
            auto parsed = parse::labels(r.body);
            if (parsed.ok() && guard) // label definitions change rarely: one read per client is enough
                guard->d->labelCache[key] = parsed.value();
            return parsed;
        },
        std::move(done));
}

net::RequestHandle HubSpotClient::associationLimits(const QString &fromType, const QString &toType,
                                                    Callback<std::vector<AssociationLimit>> done)
{
    auto request = d->request("GET", {QStringLiteral("crm"), QStringLiteral("v4"), QStringLiteral("associations"), QStringLiteral("definitions"),
                               QStringLiteral("configurations"), fromType, toType},
                              {}, nullptr, QStringLiteral("GET association limits ") + directionKey(fromType, toType));
    return d->single<std::vector<AssociationLimit>>(
        std::move(request),
        QStringLiteral("read the association limits %1").arg(directionKey(fromType, toType)),
        [](const net::HttpResponse &r) { return parse::associationLimits(r.body); }, std::move(done));
}

net::RequestHandle HubSpotClient::getObject(const QString &typeId, const QString &id, const QStringList &properties,
                                            Callback<HubSpotObject> done)
{
    QUrlQuery query;
    if (!properties.isEmpty())
        query.addQueryItem(QStringLiteral("properties"), properties.join(QLatin1Char(',')));
    auto request = d->request("GET", {QStringLiteral("crm"), QStringLiteral("v3"), QStringLiteral("objects"), typeId, id}, query, nullptr,
                              QStringLiteral("GET object %1/%2").arg(typeId, id));
    return d->single<HubSpotObject>(
        std::move(request), QStringLiteral("read object %1 of type %2").arg(id, typeId),
        [typeId, properties](const net::HttpResponse &r) {
            auto parsed = parse::object(r.body, typeId);
            if (parsed.ok()) {
                for (const QString &name : properties)
                    parsed->properties.try_emplace(name, std::nullopt); // HubSpot omits empty properties
            }
            return parsed;
        },
        std::move(done));
}

// Why retrying the writes below is safe: each one states an end state rather than a change. PATCH sets
// properties to given values, PUT sets a pair's labels, batch create adds labels (adding one that is
// there already changes nothing), labels/archive removes labels and DELETE removes the association.
// Repeating any of them after an ambiguous failure (timeout, dropped connection) lands on the same
// state, so they are marked idempotent. Creating objects is not among them, and must never be.
net::RequestHandle HubSpotClient::updateObject(const QString &typeId, const QString &id,
                                               const std::map<QString, QString> &properties, Callback<HubSpotObject> done)
{
    json values = json::object();
    for (const auto &[name, value] : properties)
        values[name.toStdString()] = value.toStdString();
    auto request = d->request("PATCH", {QStringLiteral("crm"), QStringLiteral("v3"), QStringLiteral("objects"), typeId, id}, {},
                              json{{"properties", values}}, QStringLiteral("PATCH object %1/%2").arg(typeId, id));
    request.idempotent = true;
    return d->single<HubSpotObject>(std::move(request), QStringLiteral("update object %1 of type %2").arg(id, typeId),
                                 [typeId](const net::HttpResponse &r) { return parse::object(r.body, typeId); },
                                 std::move(done));
}

net::RequestHandle HubSpotClient::putAssociationLabels(const QString &fromType, const QString &fromId, const QString &toType,
                                                       const QString &toId, const std::vector<AssociationType> &types,
                                                       Callback<AssociationWriteResult> done)
{
    auto request = d->request("PUT", {QStringLiteral("crm"), QStringLiteral("v4"), QStringLiteral("objects"), fromType, fromId,
                               QStringLiteral("associations"), toType, toId},
                              {}, typesJson(types), QStringLiteral("PUT labels %1/%2→%3/%4").arg(fromType, fromId, toType, toId));
    return d->single<AssociationWriteResult>(
        std::move(request), QStringLiteral("set the labels between %1 and %2").arg(fromId, toId),
        [](const net::HttpResponse &r) { return parse::associationWrite(r.body); }, std::move(done));
}

namespace {

// batch/create and batch/labels/archive answer 201/204, or 207 with per-input errors.
Result<Ok> batchWriteOutcome(const net::HttpResponse &response, const QString &what)
{
    const ErrorBody body = parse::errorBody(response.body);
    if (!body.errors.empty())
        return errorFromBatchDetail(body.errors.front(), what);
    return Ok{};
}

} // namespace

net::RequestHandle HubSpotClient::batchCreateAssociationLabels(const QString &fromType, const QString &toType,
                                                               const std::vector<AssociationInput> &inputs, Callback<Ok> done)
{
    auto request = d->request("POST", {QStringLiteral("crm"), QStringLiteral("v4"), QStringLiteral("associations"), fromType, toType,
                               QStringLiteral("batch"), QStringLiteral("create")},
                              {}, inputsJson(inputs), QStringLiteral("POST batch create labels ") + directionKey(fromType, toType));
    request.idempotent = true;
    const QString what = QStringLiteral("add association labels");
    return d->single<Ok>(std::move(request), what,
                      [what](const net::HttpResponse &r) { return batchWriteOutcome(r, what); }, std::move(done));
}

net::RequestHandle HubSpotClient::batchArchiveAssociationLabels(const QString &fromType, const QString &toType,
                                                                const std::vector<AssociationInput> &inputs, Callback<Ok> done)
{
    auto request = d->request("POST", {QStringLiteral("crm"), QStringLiteral("v4"), QStringLiteral("associations"), fromType, toType,
                               QStringLiteral("batch"), QStringLiteral("labels"), QStringLiteral("archive")},
                              {}, inputsJson(inputs), QStringLiteral("POST batch archive labels ") + directionKey(fromType, toType));
    request.idempotent = true;
    const QString what = QStringLiteral("remove association labels");
    return d->single<Ok>(std::move(request), what,
                      [what](const net::HttpResponse &r) { return batchWriteOutcome(r, what); }, std::move(done));
}

net::RequestHandle HubSpotClient::deleteAssociation(const QString &fromType, const QString &fromId, const QString &toType,
                                                    const QString &toId, Callback<Ok> done)
{
    auto request = d->request("DELETE", {QStringLiteral("crm"), QStringLiteral("v4"), QStringLiteral("objects"), fromType, fromId,
                               QStringLiteral("associations"), toType, toId},
                              {}, nullptr, QStringLiteral("DELETE association %1/%2→%3/%4").arg(fromType, fromId, toType, toId));
    auto op = Operation::create();
    const QString what = QStringLiteral("remove the association between %1 and %2").arg(fromId, toId);
    d->send(op, std::move(request), [op, what, done](const net::HttpResponse &response) {
        op->complete();
        // A 404 on a repeat means an earlier attempt removed it before its answer was lost.
        if (response.isSuccess() || (response.status == 404 && response.attempts > 1))
            done(Ok{});
        else
            done(errorFromResponse(response, what));
    });
    return op->handle;
}

} // namespace credsync::hubspot

#include "moc_hubspotclient.cpp"
