#pragma once
// HubSpot JSON → typed structs, and nothing else: no network, no state, so every shape HubSpot's docs
// show (and every malformed one) can be tested from a fixture. Every field is optional; a body that
// is not the expected JSON gives Error::Kind::BadResponse, never an exception.
#include "../result.h"
#include "../types.h"
#include "hubspotclient.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace credsync::hubspot {

// One entry of an error body's "errors" array (or of a batch answer's "errors").
struct ErrorDetail
{
    QString message;
    QString code;
    QString category;
    QString subCategory;
    std::map<QString, QStringList> context; // string and number arrays (and single values) as strings
};

// HubSpot's error body: {"status":"error","message","correlationId","category","subCategory",
// "errors":[…],"context":{…}}, and on 429 also "policyName" and "errorType".
struct ErrorBody
{
    bool isJson = false; // false for an empty or non-JSON body (proxies answer HTML)
    QString status;
    QString message;
    QString correlationId;
    QString category;
    QString subCategory;
    QString policyName;  // TEN_SECONDLY_ROLLING | DAILY (429 only)
    QString errorType;   // RATE_LIMIT (429 only)
    std::vector<ErrorDetail> errors;
    std::map<QString, QStringList> context;

    // Scopes named anywhere in the context of the body or of its errors (keys containing "scope").
    QStringList missingScopes() const;
};

struct AssociationPage
{
    std::vector<AssociatedObject> results;
    QString nextAfter; // empty on the last page
};

struct BatchAssociationsPage
{
    std::map<QString, std::vector<AssociatedObject>> results; // by from id
    std::map<QString, QString> nextAfter;                     // from id → cursor of its next page
    QStringList noAssociations;                               // from ids answered NO_ASSOCIATIONS_FOUND
    std::vector<ErrorDetail> otherErrors;                     // anything else in "errors"
};

struct ContactSearchPage
{
    std::vector<std::pair<QString, QString>> contacts; // (email as stored, contact id) in answer order
    QString nextAfter;
    qint64 total = -1;
};

namespace parse {

// A parse failure restated for the person reading it: "HubSpot answered malformed data for <endpoint>:
// <what was wrong> (answer began: <excerpt>)". The kind stays BadResponse.
Error malformedAnswer(const Error &parseError, const QString &endpoint, const QByteArray &body);

ErrorBody errorBody(const QByteArray &body);
Result<AccountInfo> accountInfo(const QByteArray &body);
Result<std::vector<LabelDefinition>> labels(const QByteArray &body);
Result<std::vector<AssociationLimit>> associationLimits(const QByteArray &body);
Result<AssociationPage> associationPage(const QByteArray &body);
Result<BatchAssociationsPage> batchAssociations(const QByteArray &body);
// typeId is not in HubSpot's object body; it is copied into the struct.
Result<HubSpotObject> object(const QByteArray &body, const QString &typeId);
Result<BatchObjects> batchObjects(const QByteArray &body, const QString &typeId);
Result<ContactSearchPage> contactSearch(const QByteArray &body);
Result<AssociationWriteResult> associationWrite(const QByteArray &body);

} // namespace parse
} // namespace credsync::hubspot
