#include "hubspotparse.h"

#include "../boundedjson.h"
#include "../jsonbounds.h"
#include "../jsonio.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <exception>
#include <limits>

namespace credsync::hubspot {

using nlohmann::json;

namespace {

// Thrown inside this file only, for shapes that are JSON but not what the call answers.
struct ShapeError : std::exception
{
    explicit ShapeError(QString text) : message(std::move(text)) {}
    const char *what() const noexcept override { return "unexpected shape"; }
    QString message;
};

Error badResponse(const QString &detail)
{
    Error error = Error::make(Error::Kind::BadResponse,
                              QStringLiteral("HubSpot answered something the console cannot read: ") + detail,
                              QStringLiteral("hubspot"));
    return error;
}

json parseJson(const QByteArray &body)
{
    // nlohmann keeps integers as int64/uint64, so 64-bit ids never pass through double.
    return boundedjson::parse(body);
}

// Runs a parser and turns every failure into a BadResponse value: a strange body must not crash a scan.
template<typename T, typename Parser>
Result<T> guarded(const QByteArray &body, Parser parser)
{
    try {
        const json root = parseJson(body);
        if (!root.is_object())
            return badResponse(QStringLiteral("expected a JSON object"));
        return Result<T>(parser(root));
    } catch (const ShapeError &error) {
        return badResponse(error.message);
    } catch (const boundedjson::LimitError &error) {
        return badResponse(QString::fromUtf8(error.what()));
    } catch (const json::parse_error &) {
        return badResponse(body.trimmed().isEmpty() ? QStringLiteral("an empty body")
                                                    : QStringLiteral("a body that is not JSON"));
    } catch (const std::exception &error) {
        return badResponse(QString::fromUtf8(error.what()));
    }
}

const json &member(const json &object, const char *key)
{
    static const json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

// The array under key; absent or null is an empty array, anything else is a shape error.
const json &arrayMember(const json &object, const char *key)
{
    static const json empty = json::array();
    const json &value = member(object, key);
    if (value.is_null())
        return empty;
    if (!value.is_array())
        throw ShapeError(QStringLiteral("\"%1\" is not a list").arg(QString::fromLatin1(key)));
    return value;
}

// The array under key, which the documented shape always carries: absent, null or another type is a
// shape error (a malformed answer is never read as "nothing there").
const json &requiredArray(const json &object, const char *key)
{
    const json &value = member(object, key);
    if (!value.is_array())
        throw ShapeError(value.is_null() ? QStringLiteral("no \"%1\" list").arg(QString::fromLatin1(key))
                                         : QStringLiteral("\"%1\" is not a list").arg(QString::fromLatin1(key)));
    return value;
}

const json &requiredObject(const json &value, const QString &what)
{
    if (!value.is_object())
        throw ShapeError(QStringLiteral("%1 is not an object").arg(what));
    return value;
}

// A HubSpot object id sent as a JSON number: a positive integer within 64 bits. A fraction, a negative
// number or one too large for 64 bits (which the parser can only hold as a double) is malformed.
QString numericObjectId(const json &value, const char *key)
{
    if (value.is_number_unsigned()) {
        const quint64 id = value.get<quint64>();
        if (id > 0 && id <= quint64(std::numeric_limits<qint64>::max()))
            return QString::number(id);
    } else if (value.is_number_integer() && value.get<qint64>() > 0) {
        return QString::number(value.get<qint64>());
    }
    throw ShapeError(QStringLiteral("\"%1\" is %2, not a positive 64-bit id").arg(QString::fromLatin1(key),
                                                                                QString::fromStdString(value.dump()).left(40)));
}

// An id sent as a string of digits (HubSpot's "id" fields); a number is accepted when it fits 64 bits.
QString stringId(const json &value, const char *key)
{
    const QString id = value.is_string() ? QString::fromStdString(value.get<std::string>())
                                         : (value.is_number_unsigned() || value.is_number_integer()) ? jsonId(value) : QString();
    if (!isHubSpotId(id) || id.toLongLong() <= 0)
        throw ShapeError(QStringLiteral("\"%1\" is %2, not a HubSpot id").arg(QString::fromLatin1(key),
                                                                            QString::fromStdString(value.dump()).left(40)));
    return id;
}

QString nextAfter(const json &object)
{
    return jsonString(member(member(object, "paging"), "next"), "after");
}

qint64 typeIdOf(const json &value)
{
    if (value.is_number_integer())
        return value.get<qint64>();
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>()).toLongLong();
    return 0;
}

AssociationType associationType(const json &entry)
{
    requiredObject(entry, QStringLiteral("an association type"));
    AssociationType type;
    type.category = jsonString(entry, "category");
    const json &typeId = member(entry, "typeId");
    if (!typeId.is_number_integer())
        throw ShapeError(QStringLiteral("an association type's \"typeId\" is %1, not a number")
                             .arg(QString::fromStdString(typeId.dump()).left(40)));
    type.typeId = typeIdOf(typeId);
    const json &label = member(entry, "label");
    if (!label.is_null() && !label.is_string())
        throw ShapeError(QStringLiteral("an association type's \"label\" is neither text nor null"));
    type.label = jsonString(entry, "label"); // null for the unlabeled type → empty
    return type;
}

std::vector<AssociatedObject> associatedObjects(const json &list)
{
    std::vector<AssociatedObject> out;
    for (const json &entry : list) {
        requiredObject(entry, QStringLiteral("an associated object"));
        AssociatedObject object;
        // Never skipped: an id we cannot keep exact makes the whole answer malformed, not "one object fewer".
        object.toObjectId = numericObjectId(member(entry, "toObjectId"), "toObjectId");
        for (const json &type : requiredArray(entry, "associationTypes"))
            object.types.push_back(associationType(type));
        out.push_back(std::move(object));
    }
    return out;
}

QStringList stringsOf(const json &value)
{
    QStringList out;
    if (value.is_array()) {
        for (const json &item : value) {
            const QString text = item.is_string() ? QString::fromStdString(item.get<std::string>()) : jsonId(item);
            if (!text.isEmpty())
                out << text;
        }
    } else if (value.is_string()) {
        out << QString::fromStdString(value.get<std::string>());
    } else {
        const QString text = jsonId(value);
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

std::map<QString, QStringList> contextOf(const json &value)
{
    std::map<QString, QStringList> out;
    if (!value.is_object())
        return out;
    for (auto it = value.begin(); it != value.end(); ++it)
        out[QString::fromStdString(it.key())] = stringsOf(it.value());
    return out;
}

ErrorDetail errorDetail(const json &entry)
{
    ErrorDetail detail;
    detail.message = jsonString(entry, "message");
    detail.code = jsonString(entry, "code");
    detail.category = jsonString(entry, "category");
    detail.subCategory = jsonString(entry, "subCategory");
    detail.context = contextOf(member(entry, "context"));
    return detail;
}

HubSpotObject objectFrom(const json &entry, const QString &typeId)
{
    HubSpotObject object;
    object.id = jsonId(member(entry, "id"));
    object.typeId = typeId;
    object.createdAt = parseIsoTime(jsonString(entry, "createdAt"));
    object.updatedAt = parseIsoTime(jsonString(entry, "updatedAt"));
    object.archived = member(entry, "archived").is_boolean() && member(entry, "archived").get<bool>();
    const json &properties = member(entry, "properties");
    if (properties.is_object()) {
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const json &value = it.value();
            std::optional<QString> text;
            if (value.is_string())
                text = QString::fromStdString(value.get<std::string>());
            else if (value.is_number_integer() || value.is_number_unsigned() || value.is_boolean())
                text = QString::fromStdString(value.dump());
            object.properties[QString::fromStdString(it.key())] = text;
        }
    }
    return object;
}

} // namespace

QStringList ErrorBody::missingScopes() const
{
    QStringList scopes;
    auto collect = [&scopes](const std::map<QString, QStringList> &context) {
        for (const auto &[key, values] : context) {
            if (key.contains(QStringLiteral("scope"), Qt::CaseInsensitive)) {
                for (const QString &value : values) {
                    if (!scopes.contains(value))
                        scopes << value;
                }
            }
        }
    };
    collect(context);
    for (const ErrorDetail &detail : errors)
        collect(detail.context);
    return scopes;
}

namespace parse {

Error malformedAnswer(const Error &parseError, const QString &endpoint, const QByteArray &body)
{
    if (parseError.kind != Error::Kind::BadResponse)
        return parseError;
    static const QString prefix = QStringLiteral("HubSpot answered something the console cannot read: ");
    QString detail = parseError.message;
    if (detail.startsWith(prefix))
        detail = detail.mid(prefix.size());
    Error error = parseError;
    error.message = QCoreApplication::translate("HubSpot", "HubSpot answered malformed data for %1: %2 (answer began: %3)")
                        .arg(endpoint, detail, bodyExcerpt(body));
    return error;
}

ErrorBody errorBody(const QByteArray &body)
{
    ErrorBody out;
    try {
        const json root = parseJson(body);
        if (!root.is_object())
            return out;
        out.isJson = true;
        out.status = jsonString(root, "status");
        out.message = jsonString(root, "message");
        out.correlationId = jsonString(root, "correlationId");
        out.category = jsonString(root, "category");
        out.subCategory = jsonString(root, "subCategory");
        out.policyName = jsonString(root, "policyName");
        out.errorType = jsonString(root, "errorType");
        out.context = contextOf(member(root, "context"));
        const json &errors = member(root, "errors");
        if (errors.is_array()) {
            for (const json &entry : errors)
                out.errors.push_back(errorDetail(entry));
        }
    } catch (const std::exception &) {
        // Not JSON: the caller falls back to the HTTP status alone.
    }
    return out;
}

Result<AccountInfo> accountInfo(const QByteArray &body)
{
    return guarded<AccountInfo>(body, [](const json &root) {
        AccountInfo info;
        info.portalId = jsonId(member(root, "portalId"));
        if (info.portalId.isEmpty())
            throw ShapeError(QStringLiteral("the account details carry no portalId"));
        const QString domain = jsonString(root, "uiDomain");
        if (!domain.isEmpty())
            info.uiDomain = domain;
        info.timeZone = jsonString(root, "timeZone");
        return info;
    });
}

Result<std::vector<LabelDefinition>> labels(const QByteArray &body)
{
    return guarded<std::vector<LabelDefinition>>(body, [](const json &root) {
        std::vector<LabelDefinition> out;
        for (const json &entry : requiredArray(root, "results"))
            out.push_back(associationType(entry));
        return out;
    });
}

Result<std::vector<AssociationLimit>> associationLimits(const QByteArray &body)
{
    return guarded<std::vector<AssociationLimit>>(body, [](const json &root) {
        std::vector<AssociationLimit> out;
        for (const json &entry : requiredArray(root, "results")) {
            requiredObject(entry, QStringLiteral("an association limit"));
            AssociationLimit limit;
            limit.category = jsonString(entry, "category");
            limit.typeId = typeIdOf(member(entry, "typeId"));
            limit.label = jsonString(entry, "label");
            const json &max = member(entry, "userEnforcedMaxToObjectIds");
            if (max.is_number_integer())
                limit.maxToObjectIds = max.get<qint64>();
            out.push_back(limit);
        }
        return out;
    });
}

Result<AssociationPage> associationPage(const QByteArray &body)
{
    return guarded<AssociationPage>(body, [](const json &root) {
        AssociationPage page;
        page.results = associatedObjects(requiredArray(root, "results"));
        page.nextAfter = nextAfter(root);
        return page;
    });
}

Result<BatchAssociationsPage> batchAssociations(const QByteArray &body)
{
    return guarded<BatchAssociationsPage>(body, [](const json &root) {
        BatchAssociationsPage page;
        for (const json &entry : requiredArray(root, "results")) {
            requiredObject(entry, QStringLiteral("a batch result"));
            const QString from = stringId(member(requiredObject(member(entry, "from"), QStringLiteral("a result's \"from\"")), "id"),
                                          "from.id");
            auto &list = page.results[from]; // results are not aligned with inputs: key by from.id
            for (AssociatedObject &object : associatedObjects(requiredArray(entry, "to")))
                list.push_back(std::move(object));
            const QString after = nextAfter(entry);
            if (!after.isEmpty())
                page.nextAfter[from] = after;
        }
        for (const json &entry : arrayMember(root, "errors")) {
            ErrorDetail detail = errorDetail(requiredObject(entry, QStringLiteral("a batch error")));
            if (!detail.subCategory.contains(QStringLiteral("NO_ASSOCIATIONS_FOUND"))) {
                page.otherErrors.push_back(std::move(detail));
                continue;
            }
            // The docs do not pin the context key; take every id-like value it holds.
            for (const auto &[key, values] : detail.context) {
                for (const QString &value : values) {
                    if (isHubSpotId(value) && !page.noAssociations.contains(value))
                        page.noAssociations << value;
                }
            }
        }
        return page;
    });
}

Result<HubSpotObject> object(const QByteArray &body, const QString &typeId)
{
    return guarded<HubSpotObject>(body, [&typeId](const json &root) {
        HubSpotObject object = objectFrom(root, typeId);
        if (object.id.isEmpty())
            throw ShapeError(QStringLiteral("the object carries no id"));
        return object;
    });
}

Result<BatchObjects> batchObjects(const QByteArray &body, const QString &typeId)
{
    return guarded<BatchObjects>(body, [&typeId](const json &root) {
        BatchObjects out;
        for (const json &entry : requiredArray(root, "results")) {
            HubSpotObject object = objectFrom(requiredObject(entry, QStringLiteral("an object")), typeId);
            object.id = stringId(member(entry, "id"), "id");
            out.found[object.id] = std::move(object);
        }
        for (const json &entry : arrayMember(root, "errors")) {
            const ErrorDetail detail = errorDetail(entry);
            if (detail.category != QStringLiteral("OBJECT_NOT_FOUND"))
                throw ShapeError(QStringLiteral("a batch error the console does not expect: %1 %2")
                                     .arg(detail.category, detail.message));
            const auto ids = detail.context.find(QStringLiteral("ids"));
            if (ids == detail.context.end())
                continue;
            for (const QString &id : ids->second) {
                if (!out.missing.contains(id))
                    out.missing << id;
            }
        }
        return out;
    });
}

Result<ContactSearchPage> contactSearch(const QByteArray &body)
{
    return guarded<ContactSearchPage>(body, [](const json &root) {
        ContactSearchPage page;
        const json &total = member(root, "total");
        if (total.is_number_integer())
            page.total = total.get<qint64>();
        for (const json &entry : arrayMember(root, "results")) {
            const QString id = jsonId(member(entry, "id"));
            const QString email = jsonString(member(entry, "properties"), "email");
            if (!id.isEmpty())
                page.contacts.emplace_back(email, id);
        }
        page.nextAfter = nextAfter(root);
        return page;
    });
}

Result<AssociationWriteResult> associationWrite(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return AssociationWriteResult{}; // some answers carry no body; the caller reads back anyway
    return guarded<AssociationWriteResult>(body, [](const json &root) {
        AssociationWriteResult out;
        for (const json &label : arrayMember(root, "labels")) {
            if (label.is_string())
                out.labels << QString::fromStdString(label.get<std::string>());
        }
        return out;
    });
}

} // namespace parse
} // namespace credsync::hubspot
