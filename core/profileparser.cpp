#include "profileparser.h"

#include "boundedjson.h"
#include "db/databaseurl.h"
#include "profilechecks.h"
#include "types.h"
#include "workspace/workspaceurl.h"

#include <QRegularExpression>
#include <QSet>

namespace credsync {

using namespace profilechecks;

Result<Profile> ProfileParser::parse(const QByteArray &json, const QString &sourceName)
{
    ProfileParser parser(sourceName);
    Json root;
    try {
        // Limits first, then nlohmann's ordered parser: boundedjson::parse returns a json whose objects
        // are sorted by key, which would lose the file's order of labels and objects.
        if (const auto problem = boundedjson::checkLimits(json.constData(), json.constData() + json.size())) {
            parser.fail({}, QStringLiteral("invalid JSON: ") + *problem);
            return *parser.m_error;
        }
        root = Json::parse(json.constBegin(), json.constEnd());
    } catch (const nlohmann::json::exception &e) {
        // Not only parse_error: a number too large for a double ("1e999") is out_of_range.406, found by
        // tests/fuzz/fuzz_profile; uncaught, it ended the program.
        // e.what() is "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
        QString what = QString::fromUtf8(e.what());
        const int bracket = what.indexOf(QStringLiteral("] "));
        if (what.startsWith(QLatin1Char('[')) && bracket > 0)
            what = what.mid(bracket + 2);
        parser.fail({}, QStringLiteral("invalid JSON: ") + what);
        return *parser.m_error;
    }
    if (!root.is_object()) {
        parser.fail({}, QStringLiteral("expected a JSON object at the top level, got ") + describe(root));
        return *parser.m_error;
    }

    Profile profile;
    const bool ok = parser.rejectLiteralSecrets(root, {}) && parser.parseRest(root, profile)
        && parser.parseHubSpot(root, profile) && parser.parseObjects(root, profile) && parser.parseDatabase(root, profile)
        && parser.parseLoki(root, profile) && parser.parseSentry(root, profile) && parser.parseResync(root, profile)
        && parser.checkColumnsDistinct(profile);
    if (!ok)
        return *parser.m_error;
    return profile;
}

bool ProfileParser::fail(const QString &path, const QString &message)
{
    QString text = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    if (!m_sourceName.isEmpty())
        text = m_sourceName + QStringLiteral(": ") + text;
    m_error = Error::make(Error::Kind::Config, text, QStringLiteral("profile"));
    return false;
}

QString ProfileParser::describe(const Json &value)
{
    QString text = QString::fromStdString(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return text;
}

bool ProfileParser::readString(const Json &object, const char *key, const QString &path, QString &out, bool required)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            return fail(path, QStringLiteral("is required"));
        return true;
    }
    if (!it->is_string())
        return fail(path, QStringLiteral("expected a string, got ") + describe(*it));
    out = QString::fromStdString(it->get<std::string>());
    if (required && out.trimmed().isEmpty())
        return fail(path, QStringLiteral("must not be empty"));
    return true;
}

bool ProfileParser::readBool(const Json &object, const char *key, const QString &path, bool &out)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return true;
    if (!it->is_boolean())
        return fail(path, QStringLiteral("expected true or false, got ") + describe(*it));
    out = it->get<bool>();
    return true;
}

bool ProfileParser::readInt(const Json &object, const char *key, const QString &path, int &out, int minimum, int maximum)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return true;
    const QString expected = QStringLiteral("expected an integer from %1 to %2, got ").arg(minimum).arg(maximum);
    if (!it->is_number_integer())
        return fail(path, expected + describe(*it));
    const qint64 value = it->is_number_unsigned() ? qint64(std::min<quint64>(it->get<quint64>(), quint64(INT64_MAX)))
                                                  : it->get<qint64>();
    if (value < minimum || value > maximum)
        return fail(path, expected + describe(*it));
    out = int(value);
    return true;
}

bool ProfileParser::readHttpUrl(const Json &object, const char *key, const QString &path, QUrl &out)
{
    QString text;
    if (!readString(object, key, path, text))
        return false;
    if (text.isEmpty())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) || url.host().isEmpty())
        return fail(path, QStringLiteral("expected an http:// or https:// URL, got \"%1\"").arg(text.left(200)));
    if (!url.password().isEmpty())
        return fail(path, QStringLiteral("the URL contains a password: secrets come from an environment variable or "
                                         "the keyring, never from the profile file"));
    out = url;
    return true;
}

bool ProfileParser::readStringList(const Json &object, const char *key, const QString &path, QStringList &out)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return true;
    if (!it->is_array())
        return fail(path, QStringLiteral("expected a list of strings, got ") + describe(*it));
    QStringList values;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const Json &item = (*it)[i];
        if (!item.is_string())
            return fail(indexPath(path, i), QStringLiteral("expected a string, got ") + describe(item));
        values << QString::fromStdString(item.get<std::string>());
    }
    out = values;
    return true;
}

const ProfileParser::Json *ProfileParser::readObject(const Json &object, const char *key, const QString &path, bool required)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            fail(path, QStringLiteral("is required (a JSON object)"));
        return nullptr;
    }
    if (!it->is_object()) {
        fail(path, QStringLiteral("expected a JSON object, got ") + describe(*it));
        return nullptr;
    }
    return &*it;
}

bool ProfileParser::rejectLiteralSecrets(const Json &value, const QString &path)
{
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (!rejectLiteralSecrets(value[i], indexPath(path, i)))
                return false;
        }
        return true;
    }
    if (!value.is_object())
        return true;
    // Label names and column/property maps are data, not settings.
    if (path.endsWith(QStringLiteral(".labels")) || path == QStringLiteral("resync.properties"))
        return true;
    for (const auto &[key, child] : value.items()) {
        const QString childPath = keyPath(path, key.c_str());
        if (isSecretKey(key)) {
            return fail(childPath, QStringLiteral("secrets are not read from the profile file: remove this key and put "
                                                  "the value in the environment variable named by the matching "
                                                  "*_env key, or store it in the OS keyring"));
        }
        if (!rejectLiteralSecrets(child, childPath))
            return false;
    }
    return true;
}

bool ProfileParser::parseRest(const Json &root, Profile &profile)
{
    if (!readString(root, "name", QStringLiteral("name"), profile.name) || !readBool(root, "read_only", QStringLiteral("read_only"), profile.readOnly))
        return false;
    if (const Json *workspace = readObject(root, "workspace", QStringLiteral("workspace"))) {
        if (!readString(*workspace, "url", QStringLiteral("workspace.url"), profile.workspace.url))
            return false;
        if (!profile.workspace.url.isEmpty()) {
            // workspace.url takes ?schema=NAME on top of database.url's options.
            const auto url = workspace::parseWorkspaceUrl(profile.workspace.url);
            if (!url) {
                QString message = url.error().message;
                if (message.startsWith(QLatin1String("workspace.url: ")))
                    message = message.mid(15);
                return fail(QStringLiteral("workspace.url"), message);
            }
        }
    } else if (m_error) {
        return false;
    }
    if (const Json *diagnosis = readObject(root, "diagnosis", QStringLiteral("diagnosis"))) {
        DiagnosisSettings &d = profile.diagnosis;
        return readInt(*diagnosis, "duplicate_run_window_seconds", QStringLiteral("diagnosis.duplicate_run_window_seconds"), d.duplicateRunWindowSeconds, 1, 86400)
            && readInt(*diagnosis, "rapid_change_window_seconds", QStringLiteral("diagnosis.rapid_change_window_seconds"), d.rapidChangeWindowSeconds, 1, 30 * 86400)
            && readInt(*diagnosis, "fresh_signup_hours", QStringLiteral("diagnosis.fresh_signup_hours"), d.freshSignupHours, 0, 24 * 365)
            && readInt(*diagnosis, "recheck_seconds", QStringLiteral("diagnosis.recheck_seconds"), d.recheckSeconds, 0, 86400);
    }
    return !m_error;
}

bool ProfileParser::parseHubSpot(const Json &root, Profile &profile)
{
    const Json *hubspot = readObject(root, "hubspot", QStringLiteral("hubspot"), true);
    if (!hubspot)
        return false;
    HubSpotProfile &h = profile.hubspot;
    if (!readHttpUrl(*hubspot, "base_url", QStringLiteral("hubspot.base_url"), h.baseUrl)
        || !readString(*hubspot, "ui_domain", QStringLiteral("hubspot.ui_domain"), h.uiDomain)
        || !readString(*hubspot, "token_env", QStringLiteral("hubspot.token_env"), h.tokenEnv)
        || !readInt(*hubspot, "max_concurrent_requests", QStringLiteral("hubspot.max_concurrent_requests"), h.maxConcurrentRequests, 1, 64)
        || !readInt(*hubspot, "timeout_ms", QStringLiteral("hubspot.timeout_ms"), h.timeoutMs, 100, 600000))
        return false;
    if (const auto share = hubspot->find("max_share"); share != hubspot->end() && !share->is_null()) {
        const QString expected = QStringLiteral("expected a fraction of the ten-second limit greater than 0 and at most 1 (e.g. 0.5), got ");
        if (!share->is_number())
            return fail(QStringLiteral("hubspot.max_share"), expected + describe(*share));
        const double value = share->get<double>();
        if (!(value > 0.0 && value <= 1.0))
            return fail(QStringLiteral("hubspot.max_share"), expected + describe(*share));
        h.maxShare = value;
    }
    // The portal id is an id: accept it as a JSON number too, but keep it as exact digits.
    const auto portal = hubspot->find("portal_id");
    if (portal != hubspot->end() && !portal->is_null()) {
        const QString text = portal->is_number_unsigned() ? QString::number(portal->get<quint64>())
                             : portal->is_string()        ? QString::fromStdString(portal->get<std::string>())
                                                          : QString();
        if (!text.isEmpty() && !isHubSpotId(text))
            return fail(QStringLiteral("hubspot.portal_id"), QStringLiteral("expected a portal id of digits like \"4634981\", got ") + describe(*portal));
        if (text.isEmpty() && !(portal->is_string()))
            return fail(QStringLiteral("hubspot.portal_id"), QStringLiteral("expected a portal id of digits like \"4634981\", got ") + describe(*portal));
        h.portalId = text;
    }
    static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
    if (!h.uiDomain.isEmpty() && !domain.match(h.uiDomain).hasMatch())
        return fail(QStringLiteral("hubspot.ui_domain"), QStringLiteral("expected a host name like app-eu1.hubspot.com, got \"%1\"").arg(h.uiDomain));
    if (!isEnvName(h.tokenEnv))
        return fail(QStringLiteral("hubspot.token_env"), QStringLiteral("expected an environment variable name like CREDSYNC_HUBSPOT_TOKEN, got \"%1\"").arg(h.tokenEnv));
    return true;
}

bool ProfileParser::parseObjects(const Json &root, Profile &profile)
{
    const auto it = root.find("objects");
    if (it == root.end() || it->is_null())
        return fail(QStringLiteral("objects"), QStringLiteral("is required: a list of object types, Credentialing first"));
    if (!it->is_array() || it->empty())
        return fail(QStringLiteral("objects"), QStringLiteral("expected a non-empty list of object types, got ") + describe(*it));
    QSet<QString> names;
    QSet<QString> typeIds;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const QString path = indexPath(QStringLiteral("objects"), i);
        ObjectTypeProfile object;
        if (!parseObject((*it)[i], path, object))
            return false;
        if (names.contains(object.name.toLower()))
            return fail(path + QStringLiteral(".name"), QStringLiteral("object type \"%1\" is listed twice").arg(object.name));
        if (typeIds.contains(object.typeId))
            return fail(path + QStringLiteral(".type_id"), QStringLiteral("object type id %1 is listed twice").arg(object.typeId));
        names.insert(object.name.toLower());
        typeIds.insert(object.typeId);
        profile.objects.push_back(std::move(object));
    }
    return true;
}

bool ProfileParser::parseObject(const Json &value, const QString &path, ObjectTypeProfile &object)
{
    if (!value.is_object())
        return fail(path, QStringLiteral("expected an object type (a JSON object), got ") + describe(value));
    if (!readString(value, "name", path + QStringLiteral(".name"), object.name, true)
        || !readString(value, "type_id", path + QStringLiteral(".type_id"), object.typeId, true))
        return false;
    static const QRegularExpression typeId(QStringLiteral("^2-[0-9]{1,18}$"));
    if (!typeId.match(object.typeId).hasMatch())
        return fail(path + QStringLiteral(".type_id"), QStringLiteral("expected an object type id like 2-31374266, got \"%1\"").arg(object.typeId));

    const QString labelsPath = path + QStringLiteral(".labels");
    const auto labels = value.find("labels");
    if (labels == value.end() || !labels->is_object() || labels->empty())
        return fail(labelsPath, QStringLiteral("expected a JSON object of label name → id column, like {\"Active Attested\": \"credentialing_active_attested_id\"}"));
    for (const auto &[label, column] : labels->items()) {
        const QString labelText = QString::fromStdString(label);
        const QString columnPath = labelsPath + QStringLiteral("[\"") + labelText + QStringLiteral("\"]");
        if (labelText.trimmed().isEmpty())
            return fail(labelsPath, QStringLiteral("a label name is empty"));
        if (!column.is_string() || !isPlausibleColumn(QString::fromStdString(column.get<std::string>())))
            return fail(columnPath, QStringLiteral("expected a column name, got ") + describe(column));
        object.labels.push_back({labelText, QString::fromStdString(column.get<std::string>())});
    }

    const QStringList known = [&] {
        QStringList names;
        for (const LabelColumn &lc : object.labels)
            names << lc.label;
        return names;
    }();
    auto checkLabel = [&](const QString &label, const QString &at) {
        if (known.contains(label))
            return true;
        return fail(at, QStringLiteral("unknown label \"%1\": expected one of the labels in %2 (%3)")
                            .arg(label, labelsPath, known.join(QStringLiteral(", "))));
    };

    if (!readStringList(value, "unique_labels", path + QStringLiteral(".unique_labels"), object.uniqueLabels))
        return false;
    for (int i = 0; i < object.uniqueLabels.size(); ++i) {
        if (!checkLabel(object.uniqueLabels[i], indexPath(path + QStringLiteral(".unique_labels"), std::size_t(i))))
            return false;
    }
    if (!readString(value, "required_label", path + QStringLiteral(".required_label"), object.requiredLabel))
        return false;
    if (!object.requiredLabel.isEmpty() && !checkLabel(object.requiredLabel, path + QStringLiteral(".required_label")))
        return false;

    const QString exclusivePath = path + QStringLiteral(".exclusive_labels");
    const auto exclusive = value.find("exclusive_labels");
    if (exclusive != value.end() && !exclusive->is_null()) {
        if (!exclusive->is_array())
            return fail(exclusivePath, QStringLiteral("expected a list of label groups like [[\"Active Attested\",\"Active\"]], got ") + describe(*exclusive));
        for (std::size_t g = 0; g < exclusive->size(); ++g) {
            const Json &group = (*exclusive)[g];
            const QString groupPath = indexPath(exclusivePath, g);
            if (!group.is_array() || group.size() < 2)
                return fail(groupPath, QStringLiteral("expected a list of at least two labels, got ") + describe(group));
            QStringList labelsInGroup;
            for (std::size_t l = 0; l < group.size(); ++l) {
                if (!group[l].is_string())
                    return fail(indexPath(groupPath, l), QStringLiteral("expected a label name, got ") + describe(group[l]));
                const QString label = QString::fromStdString(group[l].get<std::string>());
                if (!checkLabel(label, indexPath(groupPath, l)))
                    return false;
                labelsInGroup << label;
            }
            object.exclusiveLabels.push_back(labelsInGroup);
        }
    }
    return true;
}

bool ProfileParser::parseDatabase(const Json &root, Profile &profile)
{
    const Json *database = readObject(root, "database", QStringLiteral("database"), true);
    if (!database)
        return false;
    DatabaseProfile &d = profile.database;
    if (!readString(*database, "url", QStringLiteral("database.url"), d.url, true)
        || !readString(*database, "password_env", QStringLiteral("database.password_env"), d.passwordEnv)
        || !readString(*database, "table", QStringLiteral("database.table"), d.table, true)
        || !readString(*database, "key_column", QStringLiteral("database.key_column"), d.keyColumn)
        || !readString(*database, "contact_column", QStringLiteral("database.contact_column"), d.contactColumn)
        || !readString(*database, "email_column", QStringLiteral("database.email_column"), d.emailColumn)
        || !readStringList(*database, "name_columns", QStringLiteral("database.name_columns"), d.nameColumns)
        || !readString(*database, "created_column", QStringLiteral("database.created_column"), d.createdColumn))
        return false;
    const auto url = db::DatabaseUrl::parse(d.url);
    if (!url)
        return fail(QStringLiteral("database.url"), url.error().message);
    if (!d.passwordEnv.isEmpty() && !isEnvName(d.passwordEnv))
        return fail(QStringLiteral("database.password_env"), QStringLiteral("expected an environment variable name like CREDSYNC_DB_PASSWORD, got \"%1\"").arg(d.passwordEnv));

    // "schema.table" is allowed; each part is quoted separately when used.
    if (!isPlausibleColumn(d.table) || d.table.count(QLatin1Char('.')) > 1)
        return fail(QStringLiteral("database.table"), QStringLiteral("expected a table name like therapists or public.therapists, got \"%1\"").arg(d.table));
    const std::pair<const char *, QString *> required[] = {
        {"key_column", &d.keyColumn}, {"contact_column", &d.contactColumn}, {"email_column", &d.emailColumn}};
    for (const auto &[key, column] : required) {
        if (!isPlausibleColumn(*column))
            return fail(keyPath(QStringLiteral("database"), key), QStringLiteral("expected a column name, got \"%1\"").arg(*column));
    }
    if (!d.createdColumn.isEmpty() && !isPlausibleColumn(d.createdColumn))
        return fail(QStringLiteral("database.created_column"), QStringLiteral("expected a column name, got \"%1\"").arg(d.createdColumn));
    for (int i = 0; i < d.nameColumns.size(); ++i) {
        if (!isPlausibleColumn(d.nameColumns[i]))
            return fail(indexPath(QStringLiteral("database.name_columns"), std::size_t(i)), QStringLiteral("expected a column name, got \"%1\"").arg(d.nameColumns[i]));
    }
    return true;
}

bool ProfileParser::parseLoki(const Json &root, Profile &profile)
{
    const Json *loki = readObject(root, "loki", QStringLiteral("loki"));
    if (!loki)
        return !m_error;
    LokiProfile &l = profile.loki;
    if (!readHttpUrl(*loki, "base_url", QStringLiteral("loki.base_url"), l.baseUrl)
        || !readString(*loki, "selector", QStringLiteral("loki.selector"), l.selector)
        || !readString(*loki, "token_env", QStringLiteral("loki.token_env"), l.tokenEnv)
        || !readString(*loki, "user", QStringLiteral("loki.user"), l.user)
        || !readString(*loki, "password_env", QStringLiteral("loki.password_env"), l.passwordEnv)
        || !readString(*loki, "org_id", QStringLiteral("loki.org_id"), l.orgId)
        || !readInt(*loki, "lookback_days", QStringLiteral("loki.lookback_days"), l.lookbackDays, 1, 3650)
        || !readInt(*loki, "limit", QStringLiteral("loki.limit"), l.limit, 1, 100000)
        || !readString(*loki, "datasource_uid", QStringLiteral("loki.datasource_uid"), l.datasourceUid)
        || !readString(*loki, "pull_nothing_pattern", QStringLiteral("loki.pull_nothing_pattern"), l.pullNothingPattern)
        || !readString(*loki, "id_set_pattern", QStringLiteral("loki.id_set_pattern"), l.idSetPattern))
        return false;
    QUrl explore;
    if (!readHttpUrl(*loki, "explore_url", QStringLiteral("loki.explore_url"), explore))
        return false;
    l.exploreUrl = explore.toString();
    const std::pair<const char *, QString *> envs[] = {{"token_env", &l.tokenEnv}, {"password_env", &l.passwordEnv}};
    for (const auto &[key, env] : envs) {
        if (!env->isEmpty() && !isEnvName(*env))
            return fail(keyPath(QStringLiteral("loki"), key), QStringLiteral("expected an environment variable name, got \"%1\"").arg(*env));
    }
    const std::pair<const char *, QString *> patterns[] = {{"pull_nothing_pattern", &l.pullNothingPattern}, {"id_set_pattern", &l.idSetPattern}};
    for (const auto &[key, pattern] : patterns) {
        const QRegularExpression re(*pattern);
        if (!pattern->isEmpty() && !re.isValid())
            return fail(keyPath(QStringLiteral("loki"), key), QStringLiteral("expected a regular expression: %1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset()));
    }
    return true;
}

bool ProfileParser::parseSentry(const Json &root, Profile &profile)
{
    const Json *sentry = readObject(root, "sentry", QStringLiteral("sentry"));
    if (!sentry)
        return !m_error;
    SentryProfile &s = profile.sentry;
    if (!readHttpUrl(*sentry, "base_url", QStringLiteral("sentry.base_url"), s.baseUrl)
        || !readString(*sentry, "org", QStringLiteral("sentry.org"), s.org)
        || !readString(*sentry, "project", QStringLiteral("sentry.project"), s.project)
        || !readString(*sentry, "token_env", QStringLiteral("sentry.token_env"), s.tokenEnv)
        || !readString(*sentry, "stats_period", QStringLiteral("sentry.stats_period"), s.statsPeriod)
        || !readInt(*sentry, "retention_days", QStringLiteral("sentry.retention_days"), s.retentionDays, 1, 3650))
        return false;
    if (!s.baseUrl.isEmpty() && (s.org.isEmpty() || s.project.isEmpty()))
        return fail(s.org.isEmpty() ? QStringLiteral("sentry.org") : QStringLiteral("sentry.project"), QStringLiteral("is required when sentry.base_url is set"));
    if (!isEnvName(s.tokenEnv))
        return fail(QStringLiteral("sentry.token_env"), QStringLiteral("expected an environment variable name, got \"%1\"").arg(s.tokenEnv));
    static const QRegularExpression period(QStringLiteral("^[0-9]{1,4}[smhdw]$"));
    // Empty (the default): Sentry is asked for the therapist's own window, capped by retention_days.
    if (!s.statsPeriod.isEmpty() && !period.match(s.statsPeriod).hasMatch())
        return fail(QStringLiteral("sentry.stats_period"), QStringLiteral("expected a period like 14d or 24h, got \"%1\"").arg(s.statsPeriod));
    return true;
}

bool ProfileParser::parseResync(const Json &root, Profile &profile)
{
    const Json *resync = readObject(root, "resync", QStringLiteral("resync"));
    if (!resync)
        return !m_error;
    ResyncProfile &r = profile.resync;
    if (!readString(*resync, "object", QStringLiteral("resync.object"), r.object)
        || !readString(*resync, "label", QStringLiteral("resync.label"), r.label))
        return false;
    const ObjectTypeProfile *object = profile.objectByName(r.object);
    if (!object) {
        QStringList names;
        for (const ObjectTypeProfile &o : profile.objects)
            names << o.name;
        return fail(QStringLiteral("resync.object"), QStringLiteral("expected one of the object types in objects (%1), got \"%2\"").arg(names.join(QStringLiteral(", ")), r.object));
    }
    if (object->columnForLabel(r.label).isEmpty())
        return fail(QStringLiteral("resync.label"), QStringLiteral("unknown label \"%1\" for object type %2").arg(r.label, object->name));
    const auto properties = resync->find("properties");
    if (properties == resync->end() || properties->is_null())
        return true;
    if (!properties->is_object())
        return fail(QStringLiteral("resync.properties"), QStringLiteral("expected a JSON object of column → HubSpot property, got ") + describe(*properties));
    QSet<QString> seenProperties;
    for (const auto &[column, property] : properties->items()) {
        const QString columnText = QString::fromStdString(column);
        const QString at = QStringLiteral("resync.properties[\"") + columnText + QStringLiteral("\"]");
        if (!isPlausibleColumn(columnText))
            return fail(at, QStringLiteral("expected a column name as the key"));
        if (!property.is_string() || property.get<std::string>().empty())
            return fail(at, QStringLiteral("expected a HubSpot property name, got ") + describe(property));
        const QString propertyText = QString::fromStdString(property.get<std::string>());
        if (seenProperties.contains(propertyText))
            return fail(at, QStringLiteral("HubSpot property \"%1\" is written from two columns").arg(propertyText));
        seenProperties.insert(propertyText);
        r.properties.emplace_back(columnText, propertyText);
    }
    return true;
}

bool ProfileParser::checkColumnsDistinct(const Profile &profile)
{
    if (const auto duplicate = findDuplicateColumn(profile))
        return fail(duplicate->first, duplicate->second);
    return true;
}

} // namespace credsync
