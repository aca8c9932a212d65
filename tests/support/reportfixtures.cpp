#include "reportfixtures.h"

namespace credsync::test {

namespace {

const QString kCredType = QStringLiteral("2-31374266");
const QString kLicenseType = QStringLiteral("2-31374300");
const QString kAttestedColumn = QStringLiteral("credentialing_active_attested_id");
const QString kActiveColumn = QStringLiteral("credentialing_hubspot_id");
const QString kRelocationColumn = QStringLiteral("credentialing_relocation_id");
const QString kLicenseColumn = QStringLiteral("license_hubspot_id");

QDateTime at(qint64 secondsFromNow)
{
    return fixtureNow().addSecs(secondsFromNow);
}

HubSpotObject object(const QString &id, const QString &type, qint64 created, QStringList labels)
{
    HubSpotObject o;
    o.id = id;
    o.typeId = type;
    o.createdAt = at(created);
    o.updatedAt = at(created + 120);
    o.labels = std::move(labels);
    o.properties[QStringLiteral("npi_number")] = QStringLiteral("1861234567");
    return o;
}

TherapistReport base(const QString &uuid, const QString &name, const QString &email, const QString &contact)
{
    TherapistReport r;
    r.snapshot.target = contact;
    r.snapshot.therapist.id = uuid;
    r.snapshot.therapist.name = name;
    r.snapshot.therapist.email = email;
    r.snapshot.therapist.contactId = contact;
    r.snapshot.therapist.createdAt = at(-3 * 86400);
    r.snapshot.therapist.columns[kAttestedColumn] = std::nullopt;
    r.snapshot.therapist.columns[kActiveColumn] = std::nullopt;
    r.snapshot.therapist.columns[kRelocationColumn] = std::nullopt;
    r.snapshot.therapist.columns[kLicenseColumn] = std::nullopt;
    r.snapshot.hubspotLoaded = true;
    r.snapshot.takenAt = fixtureNow();
    return r;
}

Finding finding(const QString &code, Severity severity, const QString &summary, const QString &fix,
                nlohmann::json evidence = nlohmann::json::object(), const QString &objectType = QStringLiteral("Credentialing"))
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.summary = summary;
    f.fix = fix;
    f.evidence = std::move(evidence);
    f.objectType = objectType;
    return f;
}

} // namespace

QDateTime fixtureNow()
{
    return QDateTime(QDate(2025, 9, 14), QTime(18, 0, 0), Qt::UTC);
}

Profile fixtureProfile()
{
    Profile p;
    p.name = QStringLiteral("fixture");
    ObjectTypeProfile cred;
    cred.name = QStringLiteral("Credentialing");
    cred.typeId = kCredType;
    cred.labels = {{QStringLiteral("Active Attested"), kAttestedColumn},
                   {QStringLiteral("Active"), kActiveColumn},
                   {QStringLiteral("Relocation"), kRelocationColumn}};
    cred.uniqueLabels = {QStringLiteral("Active Attested"), QStringLiteral("Active"), QStringLiteral("Relocation")};
    cred.requiredLabel = QStringLiteral("Active Attested");
    cred.exclusiveLabels = {{QStringLiteral("Active Attested"), QStringLiteral("Active")}};
    ObjectTypeProfile license;
    license.name = QStringLiteral("License");
    license.typeId = kLicenseType;
    license.labels = {{QStringLiteral("Active"), kLicenseColumn}};
    p.objects = {cred, license};
    p.resync.properties = {{QStringLiteral("npi"), QStringLiteral("npi_number")}};
    return p;
}

AccountInfo fixtureAccount()
{
    AccountInfo a;
    a.portalId = QStringLiteral("4634981");
    return a;
}

TherapistReport healthyReport()
{
    TherapistReport r = base(QStringLiteral("0b6f7c1e-0000-4000-8000-000000000001"), QStringLiteral("Ada Lovelace"),
                             QStringLiteral("ada@example.org"), QStringLiteral("161204877301"));
    r.snapshot.objects = {object(QStringLiteral("30001000001"), kCredType, -3 * 86400 + 90, {QStringLiteral("Active Attested")}),
                          object(QStringLiteral("30001000002"), kLicenseType, -3 * 86400 + 95, {QStringLiteral("Active")})};
    r.snapshot.therapist.columns[kAttestedColumn] = QStringLiteral("30001000001");
    r.snapshot.therapist.columns[kLicenseColumn] = QStringLiteral("30001000002");
    return r;
}

TherapistReport missingIdReport()
{
    TherapistReport r = base(QStringLiteral("0b6f7c1e-0000-4000-8000-000000000002"), QStringLiteral("Grace Hopper"),
                             QStringLiteral("grace@example.org"), QStringLiteral("161204877310"));
    const qint64 signup = -2 * 86400;
    r.snapshot.therapist.createdAt = at(signup);
    r.snapshot.objects = {object(QStringLiteral("30002000001"), kCredType, signup + 112, {QStringLiteral("Active Attested")})};
    LogLine pull;
    pull.time = at(signup + 60);
    pull.timestampNs = pull.time.toMSecsSinceEpoch() * 1000000;
    pull.level = QStringLiteral("INFO");
    pull.worker = QStringLiteral("PullHubspotIdsJob");
    pull.message = QStringLiteral("Did not found Associated Custom Objects for Hubspot ID: 161204877310");
    pull.line = QStringLiteral("I, [2025-09-12T18:01:00.000000 #1]  INFO -- : ") + pull.message;
    LogLine sync = pull;
    sync.time = at(signup + 3600);
    sync.timestampNs = sync.time.toMSecsSinceEpoch() * 1000000;
    sync.level = QStringLiteral("ERROR");
    sync.worker = QStringLiteral("SyncCredentialingJob");
    sync.message = QStringLiteral("Missing definitive_hubspot_credentialing_id for Therapist 161204877310");
    sync.line = QStringLiteral("E, [2025-09-12T19:00:00.000000 #1] ERROR -- : ") + sync.message;
    r.snapshot.logs = {sync, pull}; // out of order on purpose: the model sorts
    LogEvent event;
    event.kind = LogEvent::Kind::PullFoundNothing;
    event.time = pull.time;
    event.contactId = r.snapshot.therapist.contactId;
    r.snapshot.logEvents = {event};
    SentryIssue issue;
    issue.id = QStringLiteral("4001");
    issue.title = QStringLiteral("HubspotCustomObjects::HubspotCredentialingObjectSyncException: Missing "
                                 "definitive_hubspot_credentialing_id for Therapist 161204877310");
    issue.permalink = QStringLiteral("https://sentry.example.org/issues/4001/");
    issue.count = 14;
    issue.status = QStringLiteral("unresolved");
    issue.firstSeen = at(signup + 3600);
    issue.lastSeen = at(-1800);
    r.snapshot.errors = {issue};
    r.findings = {finding(QStringLiteral("MISSING_DB_ID"), Severity::Error,
                          QStringLiteral("HubSpot has the Active Attested object but the database column is empty."),
                          QStringLiteral("pull-ids"),
                          {{"label", "Active Attested"}, {"column", "credentialing_active_attested_id"}, {"object_id", "30002000001"}}),
                  finding(QStringLiteral("PULL_BEFORE_CREATE"), Severity::Error,
                          QStringLiteral("The id pull ran 52 s before HubSpot created the object."),
                          QStringLiteral("pull-ids"), {{"delta_seconds", 52}}),
                  finding(QStringLiteral("SYNC_ERRORS"), Severity::Warning,
                          QStringLiteral("Sentry holds 14 sync errors for this contact."), QStringLiteral("resync"),
                          {{"count", 14}})};
    return r;
}

TherapistReport twoActiveAttestedReport()
{
    TherapistReport r = base(QStringLiteral("0b6f7c1e-0000-4000-8000-000000000003"), QStringLiteral("Alan Turing"),
                             QStringLiteral("alan@example.org"), QStringLiteral("161204877320"));
    r.snapshot.objects = {object(QStringLiteral("30003000001"), kCredType, -40 * 86400, {QStringLiteral("Active Attested")}),
                          object(QStringLiteral("30003000002"), kCredType, -86400, {QStringLiteral("Active Attested")})};
    r.snapshot.therapist.columns[kAttestedColumn] = QStringLiteral("30003000001");
    r.findings = {finding(QStringLiteral("MULTIPLE_UNIQUE_LABEL"), Severity::Error,
                          QStringLiteral("Two objects carry Active Attested; exactly one should."), QStringLiteral("relabel"),
                          {{"label", "Active Attested"}, {"objects", {"30003000001", "30003000002"}}})};
    return r;
}

TherapistReport conflictingLabelsReport()
{
    TherapistReport r = base(QStringLiteral("0b6f7c1e-0000-4000-8000-000000000004"), QStringLiteral("Edsger Dijkstra"),
                             QStringLiteral("edsger@example.org"), QStringLiteral("161204877330"));
    r.snapshot.objects = {object(QStringLiteral("30004000001"), kCredType, -30 * 86400,
                                 {QStringLiteral("Active"), QStringLiteral("Active Attested")}),
                          object(QStringLiteral("30004000002"), kCredType, -2 * 86400, {})};
    r.snapshot.therapist.columns[kAttestedColumn] = QStringLiteral("30004000002");
    r.snapshot.therapist.columns[kActiveColumn] = QStringLiteral("30004000001");
    r.findings = {finding(QStringLiteral("CONFLICTING_LABELS"), Severity::Error,
                          QStringLiteral("Object 30004000001 is both Active and Active Attested."), QStringLiteral("relabel")),
                  finding(QStringLiteral("STALE_DB_ID"), Severity::Warning,
                          QStringLiteral("The Active Attested column points at an object without that label."),
                          QStringLiteral("pull-ids"))};
    return r;
}

TherapistReport waitingReport()
{
    TherapistReport r = base(QStringLiteral("0b6f7c1e-0000-4000-8000-000000000005"), QStringLiteral("Barbara Liskov"),
                             QStringLiteral("barbara@example.org"), QStringLiteral("161204877340"));
    r.snapshot.therapist.createdAt = at(-300);
    r.findings = {finding(QStringLiteral("NO_OBJECTS"), Severity::Info,
                          QStringLiteral("Signed up 5 min ago; HubSpot has not created the objects yet."), QStringLiteral("wait"))};
    return r;
}

TherapistReport incompleteReport()
{
    TherapistReport r = base(QStringLiteral("0b6f7c1e-0000-4000-8000-000000000006"), QStringLiteral("Ken Thompson"),
                             QStringLiteral("ken@example.org"), QStringLiteral("161204877350"));
    r.snapshot.hubspotLoaded = false;
    r.snapshot.therapist.columns[kAttestedColumn] = QStringLiteral("30006000001");
    r.snapshot.problems = {{QStringLiteral("hubspot"), QStringLiteral("HubSpot unavailable: 503 after 4 retries")}};
    return r;
}

std::vector<TherapistReport> fixtureReports()
{
    return {healthyReport(), missingIdReport(), twoActiveAttestedReport(), conflictingLabelsReport(), waitingReport(),
            incompleteReport()};
}

std::vector<TherapistReport> generatedReports(int count, int firstIndex)
{
    std::vector<TherapistReport> out;
    out.reserve(size_t(count));
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        TherapistReport r = base(QStringLiteral("00000000-0000-4000-9000-%1").arg(i, 12, 10, QLatin1Char('0')),
                                 QStringLiteral("Therapist %1").arg(i), QStringLiteral("t%1@example.org").arg(i),
                                 QString::number(170000000000LL + i));
        if (i % 7 == 0)
            r.findings = {finding(QStringLiteral("MISSING_DB_ID"), Severity::Error, QStringLiteral("missing"),
                                  QStringLiteral("pull-ids"))};
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace credsync::test
