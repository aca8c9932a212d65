// HubSpotClient's paged and batched reads: association pages, batch association and object reads in
// chunks, and contact search by email. Chunks go out together; the transport caps how many run at once.
#include "hubspotclient.h"

#include "../logging.h"
#include "hubspotclient_p.h"

#include <QCoreApplication>

#include <set>

namespace credsync::hubspot {

using nlohmann::json;

namespace {

constexpr int kAssociationPageLimit = 500;   // the v4 maximum for one contact's associations
constexpr int kBatchAssociationInputs = 1000; // batch/read accepts at most 1,000 inputs
constexpr int kBatchObjectInputs = 100;       // objects batch/read accepts at most 100
constexpr int kSearchValues = 100;            // values of one IN filter
constexpr int kSearchPageSize = 100;
constexpr int kMaxPages = 10000;              // a server that keeps handing out cursors must not loop forever

QStringList uniqueNonEmpty(const QStringList &values)
{
    QStringList out;
    std::set<QString> seen;
    for (const QString &value : values) {
        if (!value.isEmpty() && seen.insert(value).second)
            out << value;
    }
    return out;
}

template<typename Item>
std::vector<std::vector<Item>> chunked(const std::vector<Item> &items, int size)
{
    std::vector<std::vector<Item>> out;
    for (size_t i = 0; i < items.size(); i += size_t(size))
        out.emplace_back(items.begin() + qsizetype(i), items.begin() + qsizetype(std::min(items.size(), i + size_t(size))));
    return out;
}

std::vector<QString> toVector(const QStringList &list)
{
    return {list.begin(), list.end()};
}

} // namespace

// ---- associationsOf ----

namespace {
struct AssociationsState
{
    QString fromType, fromId, toType, what;
    std::vector<AssociatedObject> results;
    std::set<QString> cursorsSeen;
    int pages = 0;
};
} // namespace

net::RequestHandle HubSpotClient::associationsOf(const QString &fromType, const QString &fromId, const QString &toType,
                                                 Callback<std::vector<AssociatedObject>> done)
{
    auto op = Operation::create();
    auto state = std::make_shared<AssociationsState>();
    state->fromType = fromType;
    state->fromId = fromId;
    state->toType = toType;
    state->what = QStringLiteral("read the associations of %1 %2 to %3").arg(fromType, fromId, toType);

    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    Private *priv = d.get();
    *fetch = [priv, op, state, done, weakFetch = std::weak_ptr(fetch)](const QString &after) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(kAssociationPageLimit));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), after);
        auto request = priv->request("GET",
                                     {QStringLiteral("crm"), QStringLiteral("v4"), QStringLiteral("objects"), state->fromType,
                                      state->fromId, QStringLiteral("associations"), state->toType},
                                     query, nullptr,
                                     QStringLiteral("GET associations %1/%2→%3").arg(state->fromType, state->fromId, state->toType));
        // The pager keeps itself alive through the pending request's callback.
        auto self = weakFetch.lock();
        priv->send(op, std::move(request), [priv, op, state, done, self](const net::HttpResponse &response) {
            if (!response.isSuccess())
                return priv->fail(op, done, errorFromResponse(response, state->what));
            auto page = parse::associationPage(response.body);
            if (!page.ok())
                return priv->fail(op, done, parse::malformedAnswer(page.error(),
                    QStringLiteral("GET /crm/v4/objects/%1/%2/associations/%3").arg(state->fromType, state->fromId, state->toType),
                    response.body));
            for (AssociatedObject &object : page->results)
                state->results.push_back(std::move(object));
            const QString next = page->nextAfter;
            if (!next.isEmpty() && ++state->pages < kMaxPages && state->cursorsSeen.insert(next).second) {
                (*self)(next);
                return;
            }
            op->complete();
            done(std::move(state->results));
        });
    };
    (*fetch)(QString());
    return op->handle;
}

// ---- batchReadAssociations ----

namespace {
struct BatchAssociationsState
{
    QString fromType, toType, what;
    QStringList inputs;
    std::map<QString, std::vector<AssociatedObject>> results;
    std::map<QString, std::set<QString>> cursorsSeen;
    std::set<QString> accounted; // inputs HubSpot answered for, in results or as NO_ASSOCIATIONS_FOUND
    int outstanding = 0;
};
using BatchInput = std::pair<QString, QString>; // (from id, after cursor or empty)
} // namespace

net::RequestHandle HubSpotClient::batchReadAssociations(const QString &fromType, const QString &toType,
                                                        const QStringList &fromIds,
                                                        Callback<std::map<QString, std::vector<AssociatedObject>>> done)
{
    auto op = Operation::create();
    auto state = std::make_shared<BatchAssociationsState>();
    state->fromType = fromType;
    state->toType = toType;
    state->inputs = uniqueNonEmpty(fromIds);
    state->what = QStringLiteral("read associations %1→%2 in batch").arg(fromType, toType);
    Private *priv = d.get();

    auto finishIfDone = [priv, op, state, done] {
        if (state->outstanding > 0 || op->finished)
            return;
        // HubSpot answers every input, in results or in errors: an input it said nothing about is not
        // "no associations", it is an answer the console cannot trust.
        QStringList unanswered;
        for (const QString &id : state->inputs) {
            if (!state->accounted.count(id))
                unanswered << id;
        }
        if (!unanswered.isEmpty()) {
            Error error = Error::make(Error::Kind::BadResponse,
                                      QCoreApplication::translate("HubSpot", "HubSpot answered malformed data for %1: it said nothing about %n contact(s) it was asked for (%2)",
                                                                  nullptr, int(unanswered.size()))
                                          .arg(QStringLiteral("POST /crm/v4/associations/%1/%2/batch/read").arg(state->fromType, state->toType),
                                               unanswered.mid(0, 3).join(QStringLiteral(", "))),
                                      QStringLiteral("hubspot"));
            return priv->fail(op, done, error);
        }
        for (const QString &id : state->inputs)
            state->results.try_emplace(id); // every input is a key, empty when it has no associations
        op->complete();
        done(std::move(state->results));
    };

    auto sendBatch = std::make_shared<std::function<void(const std::vector<BatchInput> &)>>();
    *sendBatch = [priv, op, state, done, finishIfDone, weakSend = std::weak_ptr(sendBatch)](const std::vector<BatchInput> &inputs) {
        json list = json::array();
        for (const auto &[id, after] : inputs) {
            json input{{"id", id.toStdString()}};
            if (!after.isEmpty())
                input["after"] = after.toStdString();
            list.push_back(std::move(input));
        }
        auto request = priv->request("POST",
                                     {QStringLiteral("crm"), QStringLiteral("v4"), QStringLiteral("associations"), state->fromType,
                                      state->toType, QStringLiteral("batch"), QStringLiteral("read")},
                                     {}, json{{"inputs", list}},
                                     QStringLiteral("POST batch read associations %1→%2 (%3 ids)")
                                         .arg(state->fromType, state->toType)
                                         .arg(inputs.size()));
        request.idempotent = true; // a read, even though it is a POST
        ++state->outstanding;
        auto self = weakSend.lock();
        priv->send(op, std::move(request), [priv, op, state, done, finishIfDone, self](const net::HttpResponse &response) {
            --state->outstanding;
            if (!response.isSuccess())
                return priv->fail(op, done, errorFromResponse(response, state->what));
            auto page = parse::batchAssociations(response.body);
            if (!page.ok())
                return priv->fail(op, done, parse::malformedAnswer(page.error(),
                    QStringLiteral("POST /crm/v4/associations/%1/%2/batch/read").arg(state->fromType, state->toType),
                    response.body));
            if (!page->otherErrors.empty())
                return priv->fail(op, done, errorFromBatchDetail(page->otherErrors.front(), state->what));
            for (const QString &id : page->noAssociations)
                state->accounted.insert(id);
            for (const auto &[from, objects] : page->results) {
                if (!state->inputs.contains(from))
                    return priv->fail(op, done, Error::make(Error::Kind::BadResponse,
                        QCoreApplication::translate("HubSpot", "HubSpot answered malformed data for %1: a result for contact %2, which was not asked for")
                            .arg(QStringLiteral("POST /crm/v4/associations/%1/%2/batch/read").arg(state->fromType, state->toType), from),
                        QStringLiteral("hubspot")));
                state->accounted.insert(from);
            }
            for (auto &[from, objects] : page->results) {
                auto &list = state->results[from];
                for (AssociatedObject &object : objects)
                    list.push_back(std::move(object));
            }
            // Inputs with more associations than one answer holds come back with a cursor each.
            std::vector<BatchInput> followUps;
            for (const auto &[from, after] : page->nextAfter) {
                if (state->cursorsSeen[from].insert(after).second)
                    followUps.emplace_back(from, after);
            }
            for (const auto &chunk : chunked(followUps, kBatchAssociationInputs))
                (*self)(chunk);
            finishIfDone();
        });
    };

    if (state->inputs.isEmpty()) {
        priv->deliverLater(op, [done] { done(std::map<QString, std::vector<AssociatedObject>>{}); });
        return op->handle;
    }
    std::vector<BatchInput> inputs;
    for (const QString &id : state->inputs)
        inputs.emplace_back(id, QString());
    for (const auto &chunk : chunked(inputs, kBatchAssociationInputs))
        (*sendBatch)(chunk);
    return op->handle;
}

// ---- batchReadObjects ----

net::RequestHandle HubSpotClient::batchReadObjects(const QString &typeId, const QStringList &ids,
                                                   const QStringList &properties, Callback<BatchObjects> done)
{
    auto op = Operation::create();
    const QStringList unique = uniqueNonEmpty(ids);
    if (unique.isEmpty()) {
        d->deliverLater(op, [done] { done(BatchObjects{}); });
        return op->handle;
    }
    auto result = std::make_shared<BatchObjects>();
    auto outstanding = std::make_shared<int>(0);
    const QString what = QStringLiteral("read objects of type %1 in batch").arg(typeId);
    Private *priv = d.get();
    json propertyList = json::array();
    for (const QString &name : properties)
        propertyList.push_back(name.toStdString());

    for (const auto &chunk : chunked(toVector(unique), kBatchObjectInputs)) {
        json inputs = json::array();
        for (const QString &id : chunk)
            inputs.push_back({{"id", id.toStdString()}});
        auto request = priv->request("POST", {QStringLiteral("crm"), QStringLiteral("v3"), QStringLiteral("objects"), typeId,
                                      QStringLiteral("batch"), QStringLiteral("read")},
                                     // HubSpot's request model requires propertiesWithHistory; we want none.
                                     {}, json{{"properties", propertyList}, {"propertiesWithHistory", json::array()}, {"inputs", inputs}},
                                     QStringLiteral("POST batch read objects %1 (%2 ids)").arg(typeId).arg(chunk.size()));
        request.idempotent = true;
        ++*outstanding;
        priv->send(op, std::move(request),
                   [priv, op, done, result, outstanding, what, typeId, properties, unique](const net::HttpResponse &response) {
                       --*outstanding;
                       if (!response.isSuccess())
                           return priv->fail(op, done, errorFromResponse(response, what));
                       auto page = parse::batchObjects(response.body, typeId);
                       if (!page.ok())
                           return priv->fail(op, done, parse::malformedAnswer(page.error(),
                               QStringLiteral("POST /crm/v3/objects/%1/batch/read").arg(typeId), response.body));
                       for (auto &[id, object] : page->found) {
                           for (const QString &name : properties)
                               object.properties.try_emplace(name, std::nullopt); // HubSpot omits empty ones
                           result->found[id] = std::move(object);
                       }
                       for (const QString &id : page->missing) {
                           if (!result->missing.contains(id))
                               result->missing << id;
                       }
                       if (*outstanding > 0)
                           return;
                       // An id neither returned nor reported is missing all the same.
                       for (const QString &id : unique) {
                           if (!result->found.count(id) && !result->missing.contains(id))
                               result->missing << id;
                       }
                       op->complete();
                       done(std::move(*result));
                   });
    }
    return op->handle;
}

// ---- searchContactsByEmail ----

namespace {
struct SearchState
{
    std::set<QString> wanted;
    std::map<QString, QString> found;
    int outstanding = 0;
    int pages = 0;
};
} // namespace

net::RequestHandle HubSpotClient::searchContactsByEmail(const QStringList &emails, Callback<std::map<QString, QString>> done)
{
    auto op = Operation::create();
    auto state = std::make_shared<SearchState>();
    QStringList lowered;
    for (const QString &email : emails)
        lowered << email.trimmed().toLower(); // HubSpot's IN filter matches lower-case values only
    lowered = uniqueNonEmpty(lowered);
    state->wanted.insert(lowered.begin(), lowered.end());
    if (lowered.isEmpty()) {
        d->deliverLater(op, [done] { done(std::map<QString, QString>{}); });
        return op->handle;
    }
    const QString what = QStringLiteral("search contacts by email");
    Private *priv = d.get();

    auto search = std::make_shared<std::function<void(const std::vector<QString> &, const QString &)>>();
    *search = [priv, op, state, done, what, weakSearch = std::weak_ptr(search)](const std::vector<QString> &values,
                                                                                 const QString &after) {
        json list = json::array();
        for (const QString &value : values)
            list.push_back(value.toStdString());
        json body{{"filterGroups", json::array({{{"filters", json::array({{{"propertyName", "email"},
                                                                            {"operator", "IN"},
                                                                            {"values", list}}})}}})},
                  {"properties", json::array({"email"})},
                  {"limit", kSearchPageSize}};
        if (!after.isEmpty())
            body["after"] = after.toStdString();
        auto request = priv->request("POST", {QStringLiteral("crm"), QStringLiteral("v3"), QStringLiteral("objects"),
                                      QStringLiteral("contacts"), QStringLiteral("search")},
                                     {}, body, QStringLiteral("POST search contacts (%1 emails)").arg(values.size()));
        request.idempotent = true; // a read
        ++state->outstanding;
        auto self = weakSearch.lock();
        priv->send(op, std::move(request), [priv, op, state, done, what, values, self](const net::HttpResponse &response) {
            --state->outstanding;
            if (!response.isSuccess())
                return priv->fail(op, done, errorFromResponse(response, what));
            auto page = parse::contactSearch(response.body);
            if (!page.ok())
                return priv->fail(op, done, parse::malformedAnswer(page.error(), QStringLiteral("POST /crm/v3/objects/contacts/search"),
                                                                    response.body));
            for (const auto &[email, id] : page->contacts) {
                const QString key = email.toLower();
                if (state->wanted.count(key))
                    state->found.try_emplace(key, id);
            }
            if (!page->nextAfter.isEmpty() && ++state->pages < kMaxPages)
                (*self)(values, page->nextAfter);
            if (state->outstanding == 0 && !op->finished) {
                op->complete();
                done(std::move(state->found));
            }
        });
    };
    for (const auto &chunk : chunked(toVector(lowered), kSearchValues))
        (*search)(chunk, QString());
    return op->handle;
}

} // namespace credsync::hubspot
