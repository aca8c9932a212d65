#pragma once
// A profile says where everything lives. Its JSON keys are a contract (see README "Profiles").
#include "result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>
#include <vector>

namespace credsync {

struct LabelColumn
{
    QString label;  // "Active Attested"
    QString column; // "credentialing_active_attested_id"
};

struct ObjectTypeProfile
{
    QString name;                 // "Credentialing"
    QString typeId;               // "2-31374266"
    std::vector<LabelColumn> labels; // in the profile's order
    QStringList uniqueLabels;
    QString requiredLabel;        // may be empty
    std::vector<QStringList> exclusiveLabels;

    QString columnForLabel(const QString &label) const;
    QString labelForColumn(const QString &column) const;
    QStringList columns() const;
};

struct HubSpotProfile
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    QString portalId;             // optional: discovered from /account-info when empty
    QString uiDomain;             // optional: discovered from /account-info when empty
    QString tokenEnv = QStringLiteral("CREDSYNC_HUBSPOT_TOKEN");
    int maxConcurrentRequests = 6;
    int timeoutMs = 30000;
    // The fraction of the portal's ten-second limit a scan or bulk fix may spend; the backend's
    // workers share the same limit (`hubspot.max_share`, 0 < share <= 1).
    double maxShare = 0.5;
};

struct DatabaseProfile
{
    QString url;                  // postgresql://user@host:5432/db or sqlite:///abs/path.sqlite
    QString passwordEnv = QStringLiteral("CREDSYNC_DB_PASSWORD");
    QString table = QStringLiteral("therapists");
    QString keyColumn = QStringLiteral("id");
    QString contactColumn = QStringLiteral("hubspot_id");
    QString emailColumn = QStringLiteral("email");
    QStringList nameColumns = {QStringLiteral("first_name"), QStringLiteral("last_name")};
    QString createdColumn = QStringLiteral("created_at");
};

struct LokiProfile
{
    QUrl baseUrl;                 // empty: logs are not configured
    QString selector = QStringLiteral("{app=\"therapist-credentialing-backend\"}");
    QString tokenEnv;             // bearer token (Grafana service account), optional
    QString user;                 // basic auth user (Grafana Cloud numeric id), optional
    QString passwordEnv;          // basic auth password/token env, optional
    QString orgId;                // X-Scope-OrgID, optional
    int lookbackDays = 30;
    int limit = 500;
    QString exploreUrl;           // Grafana base URL for "open in Explore", optional
    QString datasourceUid;        // for the Explore link, optional
    // Event patterns (regular expressions); empty means the built-in defaults.
    QString pullNothingPattern;
    QString idSetPattern;
};

struct SentryProfile
{
    QUrl baseUrl;                 // empty: Sentry is not configured
    QString org;
    QString project;              // slug; resolved to its numeric id
    QString tokenEnv = QStringLiteral("CREDSYNC_SENTRY_TOKEN");
    QString statsPeriod;          // explicit: Sentry is asked for this period; empty: the therapist's window
    int retentionDays = 90;       // how far back Sentry keeps events: the cap of the therapist's window
};

struct ResyncProfile
{
    QString object = QStringLiteral("Credentialing");
    QString label = QStringLiteral("Active Attested");
    std::vector<std::pair<QString, QString>> properties; // DB column → HubSpot property, profile order
};

struct WorkspaceProfile
{
    QString url; // empty: a SQLite file in the XDG data dir
};

struct DiagnosisSettings
{
    int duplicateRunWindowSeconds = 60;
    int rapidChangeWindowSeconds = 3600;
    int freshSignupHours = 24;    // NO_OBJECTS on a younger therapist is info/wait
    int recheckSeconds = 120;
};

struct Profile
{
    QString name;                 // "name" key, else the file's base name
    QString path;                 // where it was loaded from; empty for in-memory profiles
    bool readOnly = false;
    HubSpotProfile hubspot;
    std::vector<ObjectTypeProfile> objects;
    DatabaseProfile database;
    LokiProfile loki;
    SentryProfile sentry;
    ResyncProfile resync;
    WorkspaceProfile workspace;
    DiagnosisSettings diagnosis;

    // Parses and validates; errors name the key path and what was expected, e.g.
    // "objects[0].type_id: expected an object type id like 2-31374266, got \"credentialing\"".
    static Result<Profile> fromJson(const QByteArray &json, const QString &sourceName = {});
    static Result<Profile> load(const QString &path);

    const ObjectTypeProfile *objectByName(const QString &name) const;
    const ObjectTypeProfile *objectByTypeId(const QString &typeId) const;
    // Every id column of every object type, in profile order.
    QStringList idColumns() const;
};

} // namespace credsync
