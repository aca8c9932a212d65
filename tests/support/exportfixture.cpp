#include "exportfixture.h"

#include "core/jsonio.h"

#include <QTimeZone>

namespace credsync::test {

namespace {

QDateTime at(const char *iso)
{
    return parseIsoTime(QString::fromLatin1(iso));
}

const QString kType = QStringLiteral("2-31374266");
const QString kActiveAttested = QStringLiteral("credentialing_active_attested_id");
const QString kActive = QStringLiteral("credentialing_hubspot_id");
const QString kRelocation = QStringLiteral("credentialing_relocation_id");

HubSpotObject object(const QString &id, const char *created, QStringList labels)
{
    HubSpotObject o;
    o.id = id;
    o.typeId = kType;
    o.createdAt = at(created);
    o.updatedAt = o.createdAt;
    o.labels = std::move(labels);
    return o;
}

LogLine log(const char *time, const QString &line, const char *level = "INFO")
{
    LogLine l;
    l.time = at(time);
    l.timestampNs = l.time.toMSecsSinceEpoch() * 1000000;
    l.line = line;
    l.level = QString::fromLatin1(level);
    l.message = line.section(QStringLiteral(" -- : "), 1);
    l.stream = QStringLiteral("{app=\"therapist-credentialing-backend\"}");
    return l;
}

} // namespace

Profile exportProfile()
{
    const QByteArray json = R"({"name":"acme-prod",
      "hubspot":{"base_url":"https://api.hubapi.com","portal_id":"4634981","token_env":"CREDSYNC_HUBSPOT_TOKEN"},
      "objects":[{"name":"Credentialing","type_id":"2-31374266",
        "labels":{"Active Attested":"credentialing_active_attested_id","Active":"credentialing_hubspot_id","Relocation":"credentialing_relocation_id"},
        "unique_labels":["Active Attested","Active","Relocation"],"required_label":"Active Attested",
        "exclusive_labels":[["Active Attested","Active"]]}],
      "database":{"url":"sqlite:///tmp/credsync-export-fixture.sqlite","table":"therapists"},
      "loki":{"base_url":"https://logs.example.com","selector":"{app=\"therapist-credentialing-backend\"}"}})";
    Result<Profile> profile = Profile::fromJson(json, QStringLiteral("fixture"));
    Q_ASSERT_X(profile.ok(), "exportProfile", qPrintable(profile.ok() ? QString() : profile.error().message));
    return std::move(profile).value();
}

AccountInfo exportAccount()
{
    AccountInfo account;
    account.portalId = QStringLiteral("4634981");
    account.uiDomain = QStringLiteral("app.hubspot.com");
    account.timeZone = QStringLiteral("US/Eastern");
    return account;
}

std::vector<TherapistReport> exportReports()
{
    std::vector<TherapistReport> reports;

    { // The ticket's subject: the id pull ran 53 s before the workflow created the object.
        TherapistReport r;
        TherapistSnapshot &s = r.snapshot;
        s.target = QStringLiteral("ana.garcia@example.com");
        s.takenAt = at("2025-09-15T08:30:00Z");
        s.hubspotLoaded = true;
        s.evidenceRead = true; // inspected in full: Loki and Sentry answered for her whole history
        s.therapist.id = QStringLiteral("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
        s.therapist.name = QStringLiteral("Ana García Romero");
        s.therapist.email = QStringLiteral("ana.garcia@example.com");
        s.therapist.contactId = QStringLiteral("161204877310");
        s.therapist.createdAt = at("2025-09-14T17:41:50Z");
        s.therapist.columns = {{kActiveAttested, std::nullopt}, {kActive, std::nullopt}, {kRelocation, std::nullopt}};
        s.objects.push_back(object(QStringLiteral("31822901245"), "2025-09-14T17:43:44.120Z", {QStringLiteral("Active Attested")}));
        s.logs.push_back(log("2025-09-14T17:41:51.002Z", QStringLiteral("I, [2025-09-14T17:41:51.002311 #1]  INFO -- : Scheduled PullHubspotIdsJob for Hubspot ID: 161204877310 (ana.garcia@example.com) in 60s")));
        s.logs.push_back(log("2025-09-14T17:42:51.318Z", QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : Did not found Associated Custom Objects for Hubspot ID: 161204877310")));
        s.logs.push_back(log("2025-09-14T18:05:12.774Z", QStringLiteral("E, [2025-09-14T18:05:12.774120 #1] ERROR -- : Credentialing sync failed for Ana García Romero: missing id | retry 1/3"), "ERROR"));
        SentryIssue issue;
        issue.id = QStringLiteral("4412907");
        issue.shortId = QStringLiteral("CRED-BACKEND-7K");
        issue.title = QStringLiteral("HubspotCustomObjects::HubspotCredentialingObjectSyncException: Missing definitive_hubspot_credentialing_id for Therapist 161204877310");
        issue.permalink = QStringLiteral("https://sentry.example.com/organizations/acme/issues/4412907/");
        issue.level = QStringLiteral("error");
        issue.status = QStringLiteral("unresolved");
        issue.count = 14;
        issue.firstSeen = at("2025-09-14T18:05:13Z");
        issue.lastSeen = at("2025-09-15T07:58:02Z");
        s.errors.push_back(issue);

        Finding missing;
        missing.code = FindingCode::MissingDbId;
        missing.severity = Severity::Error;
        missing.summary = QStringLiteral("Active Attested is on object 31822901245 but credentialing_active_attested_id is empty");
        missing.evidence = {{"column", "credentialing_active_attested_id"}, {"label", "Active Attested"}, {"object_id", "31822901245"},
                            {"object_created_at", "2025-09-14T17:43:44.120Z"}, {"explained_by", "PULL_BEFORE_CREATE"}};
        missing.fix = QStringLiteral("pull-ids");
        missing.objectType = QStringLiteral("Credentialing");
        Finding pull;
        pull.code = FindingCode::PullBeforeCreate;
        pull.severity = Severity::Warning;
        pull.summary = QStringLiteral("The id pull found nothing 52.8 s before HubSpot created object 31822901245");
        pull.evidence = {{"pull_time", "2025-09-14T17:42:51.318Z"}, {"object_id", "31822901245"},
                         {"object_created_at", "2025-09-14T17:43:44.120Z"}, {"delta_seconds", 52.8}, {"delta_ms", 52802},
                         {"column", "credentialing_active_attested_id"}, {"label", "Active Attested"}};
        pull.fix = QStringLiteral("pull-ids");
        pull.objectType = QStringLiteral("Credentialing");
        Finding sync;
        sync.code = FindingCode::SyncErrors;
        sync.severity = Severity::Error;
        sync.summary = QStringLiteral("14 sync errors in Sentry, last 2025-09-15 07:58 UTC");
        sync.evidence = {{"count", 14}, {"last_seen", "2025-09-15T07:58:02Z"}, {"issue_ids", {"4412907"}}};
        sync.fix = QStringLiteral("pull-ids");
        r.findings = {missing, pull, sync};

        r.timeline = {
            {at("2025-09-14T17:41:50Z"), QStringLiteral("db"), QStringLiteral("Therapist row created"), {}},
            {at("2025-09-14T17:42:51.318Z"), QStringLiteral("log"), QStringLiteral("Id pull found nothing for 161204877310"), {}},
            {at("2025-09-14T17:43:44.120Z"), QStringLiteral("hubspot"), QStringLiteral("Credentialing 31822901245 created (52.8 s after the pull)"),
             QStringLiteral("https://app.hubspot.com/contacts/4634981/record/2-31374266/31822901245")},
            {at("2025-09-14T18:05:13Z"), QStringLiteral("sentry"), QStringLiteral("First sync error (CRED-BACKEND-7K)"), issue.permalink},
        };
        reports.push_back(std::move(r));
    }

    { // Healthy, with a name that needs quoting in CSV and escaping in Markdown.
        TherapistReport r;
        TherapistSnapshot &s = r.snapshot;
        s.target = QStringLiteral("161204877455");
        s.takenAt = at("2025-09-15T08:30:01Z");
        s.hubspotLoaded = true;
        s.therapist.id = QStringLiteral("0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d");
        s.therapist.name = QStringLiteral("Robert \"Bobby\" O'Neil, Jr.");
        s.therapist.email = QStringLiteral("bobby.oneil@example.org");
        s.therapist.contactId = QStringLiteral("161204877455");
        s.therapist.createdAt = at("2025-08-02T12:00:00Z");
        s.therapist.columns = {{kActiveAttested, QStringLiteral("31822900001")}, {kActive, std::nullopt}, {kRelocation, std::nullopt}};
        s.objects.push_back(object(QStringLiteral("31822900001"), "2025-08-02T12:01:10Z", {QStringLiteral("Active Attested")}));
        reports.push_back(std::move(r));
    }

    { // Step 3 of a new cycle failed: the old object kept Active Attested beside Active.
        TherapistReport r;
        TherapistSnapshot &s = r.snapshot;
        s.target = QStringLiteral("https://app.hubspot.com/contacts/4634981/record/0-1/161204877502");
        s.takenAt = at("2025-09-15T08:30:02Z");
        s.hubspotLoaded = true;
        s.therapist.id = QStringLiteral("9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a");
        s.therapist.name = QStringLiteral("Lucía Fernández");
        s.therapist.email = QStringLiteral("lucia.fernandez@example.net");
        s.therapist.contactId = QStringLiteral("161204877502");
        s.therapist.createdAt = at("2024-03-11T09:15:00Z");
        s.therapist.columns = {{kActiveAttested, QStringLiteral("31822907777")}, {kActive, QStringLiteral("31822903333")}, {kRelocation, std::nullopt}};
        s.objects.push_back(object(QStringLiteral("31822903333"), "2024-03-11T09:16:02Z", {QStringLiteral("Active"), QStringLiteral("Active Attested")}));
        s.objects.push_back(object(QStringLiteral("31822907777"), "2025-09-10T14:00:31Z", {QStringLiteral("Active Attested")}));
        Finding multiple;
        multiple.code = FindingCode::MultipleUniqueLabel;
        multiple.summary = QStringLiteral("Active Attested is on 2 objects: 31822903333, 31822907777");
        multiple.evidence = {{"label", "Active Attested"}, {"object_ids", {"31822903333", "31822907777"}},
                             {"created_at", {"2024-03-11T09:16:02Z", "2025-09-10T14:00:31Z"}}};
        multiple.fix = QStringLiteral("relabel");
        multiple.objectType = QStringLiteral("Credentialing");
        Finding conflicting;
        conflicting.code = FindingCode::ConflictingLabels;
        conflicting.summary = QStringLiteral("Object 31822903333 carries both Active and Active Attested");
        conflicting.evidence = {{"object_id", "31822903333"}, {"labels", {"Active", "Active Attested"}}};
        conflicting.fix = QStringLiteral("relabel");
        conflicting.objectType = QStringLiteral("Credentialing");
        r.findings = {multiple, conflicting};
        reports.push_back(std::move(r));
    }
    return reports;
}

exporting::ExportContent exportContent()
{
    exporting::ExportContent content;
    content.profile = exportProfile();
    content.account = exportAccount();
    content.reports = exportReports();
    content.caseHeader = exporting::CaseHeader{QStringLiteral("Missing ids after sign-up"), QStringLiteral("SUP-4411"),
                                               QStringLiteral("Reported by Success on Monday.\nAna's sync errors started at sign-up."),
                                               at("2025-09-15T08:25:00Z"), {}};
    content.fixes[QStringLiteral("9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a")] = {
        {at("2025-09-15T09:12:00Z"), QStringLiteral("relabel"), QStringLiteral("applied"), QStringLiteral("mlopez"),
         QStringLiteral("acme-prod"), QStringLiteral("Active Attested removed from 31822903333; kept on 31822907777")}};
    content.unresolved = {{QStringLiteral("jdoe@example.com"), QStringLiteral("no therapist with this email")}};
    content.generatedAt = at("2025-09-15T09:30:00Z");
    content.generator = QStringLiteral("CredSync Console (tests)");
    return content;
}

std::vector<TherapistReport> manyReports(int count, int logLinesEach)
{
    std::vector<TherapistReport> reports;
    const QDateTime base = at("2025-09-01T10:00:00Z");
    for (int i = 0; i < count; ++i) {
        TherapistReport r;
        TherapistSnapshot &s = r.snapshot;
        s.takenAt = base;
        s.hubspotLoaded = true;
        s.therapist.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        s.therapist.name = QStringLiteral("Therapist Number%1").arg(i);
        s.therapist.contactId = QString::number(161204870000LL + i);
        s.therapist.columns = {{kActiveAttested, std::nullopt}, {kActive, std::nullopt}, {kRelocation, std::nullopt}};
        for (int k = 0; k < logLinesEach; ++k) {
            const QDateTime t = base.addSecs(k);
            LogLine l;
            l.time = t;
            l.line = QStringLiteral("I, [%1 #1]  INFO -- : Sync step %2 for Hubspot ID: %3").arg(isoUtc(t)).arg(k).arg(s.therapist.contactId);
            s.logs.push_back(l);
        }
        reports.push_back(std::move(r));
    }
    return reports;
}

} // namespace credsync::test
