#pragma once
// The domain's value types. Plain structs; JSON conversion lives in jsonio.h/.cpp.
// Ids are QStrings of decimal digits: HubSpot ids are 64-bit and must never pass through int or double.
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

namespace credsync {

// True for a non-empty string of at most 19 decimal digits that fits in a signed 64-bit integer.
bool isHubSpotId(const QString &text);

// A row of the therapists table, reduced to what the console needs.
struct Therapist
{
    QString id;         // the key column (a UUID in production)
    QString name;       // name columns joined with a space
    QString email;
    QString contactId;  // HubSpot contact id; empty when the column is NULL
    QDateTime createdAt; // UTC; invalid when the column is missing or NULL
    // Every id column named by the profile's objects → its value (std::nullopt for NULL / empty).
    std::map<QString, std::optional<QString>> columns;
};

// One label of a contact→object association (v4). The unlabeled association has an empty label.
struct AssociationType
{
    QString category; // HUBSPOT_DEFINED | USER_DEFINED | INTEGRATOR_DEFINED
    qint64 typeId = 0;
    QString label;    // empty for the unlabeled type

    bool operator==(const AssociationType &) const = default;
};

// A label definition of the portal (GET /crm/v4/associations/{from}/{to}/labels).
using LabelDefinition = AssociationType;

// Per-label cap from the association limit configurations.
struct AssociationLimit
{
    QString category;
    qint64 typeId = 0;
    QString label;
    std::optional<qint64> maxToObjectIds; // userEnforcedMaxToObjectIds, when set
};

// The contact's association to one object, as read from v4 associations.
struct AssociatedObject
{
    QString toObjectId;
    std::vector<AssociationType> types;

    // Labels only (the unlabeled type dropped), in the order HubSpot returned them.
    QStringList labels() const;
};

struct HubSpotObject
{
    QString id;
    QString typeId;      // "0-1" for contacts, "2-NNNN" for custom objects
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    bool archived = false;
    std::map<QString, std::optional<QString>> properties;
    QStringList labels;  // labels on the contact→object association; filled by the inspector
};

struct AccountInfo
{
    QString portalId;
    QString uiDomain = QStringLiteral("app.hubspot.com");
    QString timeZone;
};

// A backend log line from Loki, parsed where it is a Ruby Logger line.
struct LogLine
{
    QDateTime time;    // Loki's timestamp (UTC, nanoseconds truncated to ms in QDateTime)
    qint64 timestampNs = 0; // Loki's exact timestamp, for de-duplication and ordering
    QString line;      // verbatim
    QString level;     // DEBUG INFO WARN ERROR FATAL ANY; empty when unparsable
    QString message;   // the message part (tags stripped) or the whole line when unparsable
    QString stream;    // the stream's label set, rendered as {k="v",...}
    QString worker;    // progname or a worker class named in the line, when known
};

// Something a log line says happened.
struct LogEvent
{
    enum class Kind { PullFoundNothing, IdColumnSet };
    Kind kind = Kind::PullFoundNothing;
    QDateTime time;
    QString contactId; // for PullFoundNothing
    QString column;    // for IdColumnSet
    QString value;     // for IdColumnSet
    QString worker;
    QString line;      // the line it came from
};

struct SentryIssue
{
    QString id;
    QString shortId;
    QString title;
    QString culprit;
    QString permalink;
    QString level;
    QString status;
    qint64 count = 0; // Sentry sends it as a string
    QDateTime firstSeen;
    QDateTime lastSeen;
    std::vector<QDateTime> eventTimes; // events that mention the contact, when read
};

struct TimelineEntry
{
    QDateTime time;
    QString source; // db | hubspot | log | sentry | audit
    QString text;
    QString url;
};

enum class Severity { Info, Warning, Error };
QString severityName(Severity severity);

struct Finding
{
    QString code;        // MISSING_DB_ID, STALE_DB_ID, ... (a contract)
    Severity severity = Severity::Error;
    QString summary;     // one line a Success person understands
    nlohmann::json evidence = nlohmann::json::object(); // ids, labels, columns and times it rests on
    QString fix;         // pull-ids | relabel | resync | wait | none
    QString objectType;  // the profile's object name ("Credentialing"), empty when not object-specific
};

namespace FindingCode {
inline const QString MissingDbId = QStringLiteral("MISSING_DB_ID");
inline const QString StaleDbId = QStringLiteral("STALE_DB_ID");
inline const QString NoObjects = QStringLiteral("NO_OBJECTS");
inline const QString MultipleUniqueLabel = QStringLiteral("MULTIPLE_UNIQUE_LABEL");
inline const QString MissingUniqueLabel = QStringLiteral("MISSING_UNIQUE_LABEL");
inline const QString ConflictingLabels = QStringLiteral("CONFLICTING_LABELS");
inline const QString PullBeforeCreate = QStringLiteral("PULL_BEFORE_CREATE");
inline const QString DuplicateRun = QStringLiteral("DUPLICATE_RUN");
inline const QString RapidIdChanges = QStringLiteral("RAPID_ID_CHANGES");
inline const QString SyncErrors = QStringLiteral("SYNC_ERRORS");
QStringList all();
} // namespace FindingCode

// Where a piece of evidence could not be had: shown on the therapist, never fatal.
struct SourceProblem
{
    QString source;  // hubspot | loki | sentry | db
    QString message; // "logs unavailable: Loki answered 401 (credentials rejected)"
};

// The window one evidence source (Loki, Sentry) was asked for, for one therapist: from the start of the
// therapist's history (minus ten minutes) to now, capped by what the source keeps. `complete` is false
// exactly when the cap cut the needed window; `note` says so in plain words (evidence/evidencewindows.h).
struct EvidenceWindow
{
    QString source;         // loki | sentry
    QDateTime start;        // UTC
    QDateTime end;          // UTC
    bool complete = true;
    QString note;
    QDateTime historyStart; // the row's or first object's creation; invalid when unknown
    QDateTime keptSince;    // what the source still keeps (or the explicit stats_period reaches)
    int keptDays = 0;       // loki.lookback_days / sentry.retention_days; 0 with an explicit stats_period
    QString statsPeriod;    // sentry.stats_period when it set the window
};

// Everything known about one therapist at one moment: the input of diagnosis.
struct TherapistSnapshot
{
    QString target;                       // what the person typed that led here
    Therapist therapist;
    std::vector<HubSpotObject> objects;   // every associated object of every profile object type
    bool hubspotLoaded = false;           // false when HubSpot could not be read for this contact
    std::vector<LogLine> logs;
    std::vector<LogEvent> logEvents;
    std::vector<SentryIssue> errors;
    std::vector<SourceProblem> problems;  // sources that failed for this therapist
    std::vector<EvidenceWindow> evidenceWindows; // what Loki and Sentry were asked for
    QDateTime takenAt;                    // UTC
    bool evidenceRead = false;            // Loki and Sentry were asked for this therapist (depth "full" if both answered)
    // When the last fix on this therapist was verified (from the audit): evidence from before it is
    // history, not a finding. Invalid when no verified fix is recorded.
    QDateTime fixVerifiedAt;
};

// A snapshot with its diagnosis and timeline: what inspect prints and the GUI shows.
struct TherapistReport
{
    TherapistSnapshot snapshot;
    std::vector<Finding> findings;
    std::vector<TimelineEntry> timeline;
    // True only for the verdict "healthy" (report/verdict.h): no finding, and nothing the diagnosis of
    // ids and labels needs was missing.
    bool healthy() const;
};

struct UnresolvedTarget
{
    QString target;
    QString reason;
};

} // namespace credsync

namespace credsync {
// https://{uiDomain}/contacts/{portalId}/record/{objectTypeId}/{objectId}
QString recordUrl(const AccountInfo &account, const QString &objectTypeId, const QString &objectId);
} // namespace credsync
