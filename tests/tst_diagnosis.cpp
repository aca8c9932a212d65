#include <QtTest>

#include "core/diagnosis/diagnosis.h"
#include "core/jsonio.h"
#include "tst_diagnosis_fixtures.h"

#include <algorithm>
#include <random>

using namespace credsync;
using namespace credsync::test::fixtures;

Q_DECLARE_METATYPE(credsync::TherapistSnapshot)

namespace {

QStringList codes(const std::vector<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

const Finding *find(const std::vector<Finding> &findings, const QString &code)
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

std::vector<Finding> run(const TherapistSnapshot &s, const Profile &p = profile(), const QDateTime &now = later())
{
    return diagnosis::diagnose(s, p, now);
}

// Old object from the previous cycle (months ago) and the new one from this cycle.
TherapistSnapshot cycle(const QStringList &oldLabels, const QStringList &newLabels, bool dbAfterCycle)
{
    TherapistSnapshot s = snapshot();
    s.objects = {object(kOld, at(-200LL * 86400), oldLabels), object(kNew, at(-10LL * 86400), newLabels)};
    // After the cycle the backend records new → Active Attested, old → Active; before it, old → Active Attested.
    return dbAfterCycle ? withColumns(s, kNew, kOld) : withColumns(s, kOld, std::nullopt);
}

TherapistSnapshot healthy()
{
    return cycle({kActive}, {kAA}, true);
}

TherapistSnapshot missingId(qint64 pullSecond, qint64 createdMs)
{
    TherapistSnapshot s = snapshot();
    s.objects = {object(kNew, atMs(createdMs), {kAA})};
    s.logEvents = {pullEvent(at(pullSecond))};
    return s;
}

TherapistSnapshot duplicateRun(qint64 gapSeconds)
{
    TherapistSnapshot s = snapshot();
    s.objects = {object(kOld, at(0), {kActive}), object(kNew, at(gapSeconds), {kAA})};
    return withColumns(s, kNew, kOld);
}

TherapistSnapshot flipping(const std::vector<std::pair<qint64, QString>> &sets)
{
    TherapistSnapshot s = healthy();
    for (const auto &[second, value] : sets)
        s.logEvents.push_back(setEvent(at(second), kColActive, value));
    return s;
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endStates_data()
    {
        QTest::addColumn<TherapistSnapshot>("snapshot");
        QTest::addColumn<QStringList>("expected"); // codes in the order diagnose() must return them
        const QString MISSING = FindingCode::MissingDbId, STALE = FindingCode::StaleDbId,
                      MULTI = FindingCode::MultipleUniqueLabel, NOREQ = FindingCode::MissingUniqueLabel,
                      CONFLICT = FindingCode::ConflictingLabels, PULL = FindingCode::PullBeforeCreate,
                      DUP = FindingCode::DuplicateRun, RAPID = FindingCode::RapidIdChanges,
                      SYNC = FindingCode::SyncErrors, NONE = FindingCode::NoObjects;

        // domain.md's table, with the DB as the backend leaves it after a completed cycle ...
        QTest::newRow("all steps ok") << healthy() << QStringList{};
        QTest::newRow("step 3 failed") << cycle({kActive, kAA}, {kAA}, true) << QStringList{MULTI, CONFLICT};
        QTest::newRow("step 2 failed") << cycle({kAA}, {kAA}, true) << QStringList{STALE, MULTI};
        QTest::newRow("step 4 failed") << cycle({kActive}, {}, true) << QStringList{STALE, NOREQ};
        QTest::newRow("steps 2+3 failed") << cycle({kAA}, {kAA}, true) << QStringList{STALE, MULTI};
        // ... and as it was before the cycle (the worker died before writing the DB).
        QTest::newRow("all steps ok, db before") << cycle({kActive}, {kAA}, false) << QStringList{STALE, MISSING};
        QTest::newRow("step 3 failed, db before") << cycle({kActive, kAA}, {kAA}, false)
                                                  << QStringList{MISSING, MULTI, CONFLICT};
        QTest::newRow("step 2 failed, db before") << cycle({kAA}, {kAA}, false) << QStringList{MULTI};
        QTest::newRow("step 4 failed, db before") << cycle({kActive}, {}, false) << QStringList{STALE, MISSING, NOREQ};

        TherapistSnapshot dup = snapshot();
        dup.objects = {object(kDupA, at(0), {kActive}), object(kDupB, at(1), {kActive})};
        dup = withColumns(dup, std::nullopt, kDupB);
        for (const auto &[second, value] : std::vector<std::pair<qint64, QString>>{
                 {2, kDupA}, {300, kDupB}, {1200, kDupA}, {2520, kDupB}})
            dup.logEvents.push_back(setEvent(at(second), kColActive, value));
        QTest::newRow("duplicate run, both Active") << dup << QStringList{MULTI, NOREQ, DUP, RAPID};

        TherapistSnapshot pulled = missingId(60, 112000);
        pulled.errors = {sentryIssue(QStringLiteral("42"), missingIdTitle(), 14, at(3600))};
        QTest::newRow("missing id: pull before create") << pulled << QStringList{MISSING, PULL, SYNC};

        TherapistSnapshot none = snapshot();
        QTest::newRow("no objects, old signup") << none << QStringList{NONE};
        TherapistSnapshot allArchived = snapshot();
        allArchived.objects = {object(kNew, at(100), {kAA}, true)};
        QTest::newRow("only an archived object") << allArchived << QStringList{NONE};

        // HubSpot unreadable: nothing HubSpot-based, but logs and Sentry still speak.
        TherapistSnapshot unread = cycle({kAA}, {kAA}, true);
        unread.hubspotLoaded = false;
        QTest::newRow("hubspot not loaded") << unread << QStringList{};
        TherapistSnapshot unreadEvidence = dup;
        unreadEvidence.hubspotLoaded = false;
        unreadEvidence.errors = {sentryIssue(QStringLiteral("7"), QStringLiteral("Timeout"), 1, at(60))};
        QTest::newRow("hubspot not loaded, logs and sentry") << unreadEvidence << QStringList{RAPID, SYNC};

        // Near-misses.
        QTest::newRow("pull at creation (delta 0)") << missingId(112, 112000) << QStringList{MISSING};
        QTest::newRow("pull after creation") << missingId(120, 112000) << QStringList{MISSING};
        QTest::newRow("pull 1 ms before") << missingId(112, 112001) << QStringList{MISSING, PULL};
        QTest::newRow("pull more than a day before") << missingId(0, (86400 + 1) * 1000LL) << QStringList{MISSING};
        QTest::newRow("pull exactly a day before") << missingId(0, 86400 * 1000LL) << QStringList{MISSING, PULL};
        TherapistSnapshot otherContact = missingId(60, 112000);
        otherContact.logEvents = {pullEvent(at(60), QStringLiteral("99999999999"))};
        QTest::newRow("pull for another contact") << otherContact << QStringList{MISSING};
        QTest::newRow("pull before create, id filled since")
            << withColumns(missingId(60, 112000), kNew, std::nullopt) << QStringList{PULL};

        QTest::newRow("duplicate 59 s") << duplicateRun(59) << QStringList{DUP};
        QTest::newRow("duplicate 60 s (boundary counts)") << duplicateRun(60) << QStringList{DUP};
        QTest::newRow("duplicate 61 s") << duplicateRun(61) << QStringList{};
        TherapistSnapshot dupArchived = duplicateRun(1);
        dupArchived.objects.push_back(object(kDupA, at(2), {}, true));
        QTest::newRow("duplicate with an archived third") << dupArchived << QStringList{DUP};

        QTest::newRow("rapid: 2 changes within the hour")
            << flipping({{0, kOld}, {600, kNew}, {1800, kOld}}) << QStringList{RAPID};
        QTest::newRow("rapid: changes exactly an hour apart")
            << flipping({{0, kOld}, {600, kNew}, {4200, kOld}}) << QStringList{RAPID};
        QTest::newRow("rapid: changes just outside the hour")
            << flipping({{0, kOld}, {600, kNew}, {4201, kOld}}) << QStringList{};
        QTest::newRow("rapid: same value set three times")
            << flipping({{0, kOld}, {60, kOld}, {120, kOld}}) << QStringList{};
        QTest::newRow("rapid: one real change") << flipping({{0, kNew}, {60, kNew}, {120, kOld}}) << QStringList{};

        TherapistSnapshot archivedCarrier = cycle({kActive}, {kAA}, true);
        archivedCarrier.objects[1].archived = true;
        QTest::newRow("archived object carries the label") << archivedCarrier << QStringList{STALE, NOREQ};

        QTest::newRow("column NULL") << withColumns(missingId(0, 0), std::nullopt, std::nullopt)
                                     << QStringList{MISSING};
        QTest::newRow("column empty string") << withColumns(missingId(0, 0), QString(), std::nullopt)
                                             << QStringList{MISSING};
        QTest::newRow("column blank") << withColumns(missingId(0, 0), QStringLiteral("  "), std::nullopt)
                                      << QStringList{MISSING};
        TherapistSnapshot gone = healthy();
        gone.therapist.columns[kColRelocation] = QStringLiteral("999999999999");
        QTest::newRow("column points at an object not associated") << gone << QStringList{STALE};
    }

    void endStates()
    {
        QFETCH(TherapistSnapshot, snapshot);
        QFETCH(QStringList, expected);
        const std::vector<Finding> findings = run(snapshot);
        if (qEnvironmentVariableIsSet("CREDSYNC_DUMP_FINDINGS")) {
            for (const Finding &f : findings)
                qInfo("%s", nlohmann::json(f).dump().c_str());
        }
        QCOMPARE(codes(findings), expected);
    }

    void staleReasons_data()
    {
        QTest::addColumn<TherapistSnapshot>("snapshot");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("labelsOnThatObject");
        QTest::addColumn<QString>("fix");
        QTest::newRow("unlabelled") << cycle({kActive}, {}, true) << kColAA << QStringLiteral("unlabelled")
                                    << QStringList{} << QStringLiteral("relabel");
        QTest::newRow("other-label") << cycle({kAA}, {kAA}, true) << kColActive << QStringLiteral("other-label")
                                     << QStringList{kAA} << QStringLiteral("relabel");
        TherapistSnapshot archived = cycle({kActive}, {kAA}, true);
        archived.objects[1].archived = true;
        QTest::newRow("archived") << archived << kColAA << QStringLiteral("archived") << QStringList{kAA}
                                  << QStringLiteral("relabel");
        TherapistSnapshot gone = healthy();
        gone.therapist.columns[kColAA] = QStringLiteral("999999999999");
        QTest::newRow("not-associated") << gone << kColAA << QStringLiteral("not-associated") << QStringList{}
                                        << QStringLiteral("pull-ids");
        QTest::newRow("one carrier: pull ids")
            << cycle({kActive}, {kAA}, false) << kColAA << QStringLiteral("other-label") << QStringList{kActive}
            << QStringLiteral("pull-ids");
    }

    void staleReasons()
    {
        QFETCH(TherapistSnapshot, snapshot);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        QFETCH(QStringList, labelsOnThatObject);
        QFETCH(QString, fix);
        const std::vector<Finding> findings = run(snapshot);
        const Finding *stale = find(findings, FindingCode::StaleDbId);
        QVERIFY(stale);
        QCOMPARE(QString::fromStdString(stale->evidence.at("column").get<std::string>()), column);
        QCOMPARE(QString::fromStdString(stale->evidence.at("reason").get<std::string>()), reason);
        QStringList labels;
        for (const auto &l : stale->evidence.at("labels_on_that_object"))
            labels << QString::fromStdString(l.get<std::string>());
        QCOMPARE(labels, labelsOnThatObject);
        QVERIFY(stale->evidence.contains("db_value"));
        QCOMPARE(stale->fix, fix);
        QCOMPARE(stale->severity, Severity::Error);
        QCOMPARE(stale->objectType, QStringLiteral("Credentialing"));
    }

    void evidenceKeys_data()
    {
        QTest::addColumn<TherapistSnapshot>("snapshot");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("fix");
        TherapistSnapshot pulled = missingId(60, 112000);
        pulled.errors = {sentryIssue(QStringLiteral("42"), missingIdTitle(), 14, at(3600))};
        const int error = int(Severity::Error), warning = int(Severity::Warning), info = int(Severity::Info);
        QTest::newRow("MISSING_DB_ID") << pulled << FindingCode::MissingDbId
                                       << QStringList{QStringLiteral("column"), QStringLiteral("label"),
                                                      QStringLiteral("object_id"), QStringLiteral("object_created_at")}
                                       << error << QStringLiteral("pull-ids");
        QTest::newRow("STALE_DB_ID") << cycle({kActive}, {}, true) << FindingCode::StaleDbId
                                     << QStringList{QStringLiteral("column"), QStringLiteral("db_value"),
                                                    QStringLiteral("reason"), QStringLiteral("labels_on_that_object"),
                                                    QStringLiteral("object_id")}
                                     << error << QStringLiteral("relabel");
        QTest::newRow("NO_OBJECTS") << snapshot() << FindingCode::NoObjects
                                    << QStringList{QStringLiteral("type_id"), QStringLiteral("therapist_created_at"),
                                                   QStringLiteral("age_hours")}
                                    << error << QStringLiteral("none");
        QTest::newRow("MULTIPLE_UNIQUE_LABEL") << cycle({kAA}, {kAA}, false) << FindingCode::MultipleUniqueLabel
                                               << QStringList{QStringLiteral("label"), QStringLiteral("object_ids"),
                                                              QStringLiteral("created_at")}
                                               << error << QStringLiteral("relabel");
        QTest::newRow("MISSING_UNIQUE_LABEL") << cycle({kActive}, {}, true) << FindingCode::MissingUniqueLabel
                                              << QStringList{QStringLiteral("label"), QStringLiteral("object_ids"),
                                                             QStringLiteral("created_at")}
                                              << error << QStringLiteral("relabel");
        QTest::newRow("CONFLICTING_LABELS") << cycle({kActive, kAA}, {kAA}, true) << FindingCode::ConflictingLabels
                                            << QStringList{QStringLiteral("object_id"), QStringLiteral("labels"),
                                                           QStringLiteral("exclusive_labels")}
                                            << error << QStringLiteral("relabel");
        QTest::newRow("PULL_BEFORE_CREATE") << pulled << FindingCode::PullBeforeCreate
                                            << QStringList{QStringLiteral("pull_time"), QStringLiteral("object_id"),
                                                           QStringLiteral("object_created_at"),
                                                           QStringLiteral("delta_seconds"), QStringLiteral("column")}
                                            << warning << QStringLiteral("pull-ids");
        QTest::newRow("DUPLICATE_RUN") << duplicateRun(1) << FindingCode::DuplicateRun
                                       << QStringList{QStringLiteral("object_ids"), QStringLiteral("created_at"),
                                                      QStringLiteral("gap_seconds")}
                                       << warning << QStringLiteral("relabel");
        QTest::newRow("RAPID_ID_CHANGES") << flipping({{0, kOld}, {600, kNew}, {1800, kOld}})
                                          << FindingCode::RapidIdChanges
                                          << QStringList{QStringLiteral("column"), QStringLiteral("sequence"),
                                                         QStringLiteral("window_seconds")}
                                          << warning << QStringLiteral("none");
        QTest::newRow("SYNC_ERRORS") << pulled << FindingCode::SyncErrors
                                     << QStringList{QStringLiteral("count"), QStringLiteral("last_seen"),
                                                    QStringLiteral("titles"), QStringLiteral("urls")}
                                     << warning << QStringLiteral("pull-ids");
        TherapistSnapshot fresh = snapshot();
        QTest::newRow("NO_OBJECTS fresh") << fresh << FindingCode::NoObjects << QStringList{QStringLiteral("age_hours")}
                                          << info << QStringLiteral("wait");
    }

    void evidenceKeys()
    {
        QFETCH(TherapistSnapshot, snapshot);
        QFETCH(QString, code);
        QFETCH(QStringList, keys);
        QFETCH(int, severity);
        QFETCH(QString, fix);
        // The fresh row is judged 3 hours after sign-up; every other row a month later.
        const QDateTime now = QByteArray(QTest::currentDataTag()).endsWith("fresh") ? at(3 * 3600) : later();
        const std::vector<Finding> findings = run(snapshot, profile(), now);
        const Finding *finding = find(findings, code);
        QVERIFY2(finding, qPrintable(codes(findings).join(QLatin1Char(','))));
        for (const QString &key : keys)
            QVERIFY2(finding->evidence.contains(key.toStdString()), qPrintable(key));
        QCOMPARE(int(finding->severity), severity);
        QCOMPARE(finding->fix, fix);
        QVERIFY(!finding->summary.isEmpty());
        QVERIFY(!finding->summary.contains(QLatin1Char('\n')));
    }

    void pullBeforeCreateDelta_data()
    {
        QTest::addColumn<qint64>("createdMs");
        QTest::addColumn<QString>("deltaJson");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("52 s") << qint64(112000) << QStringLiteral("52") << QStringLiteral("52 s");
        QTest::newRow("52.3 s") << qint64(112300) << QStringLiteral("52.3") << QStringLiteral("52.3 s");
        QTest::newRow("rounds to whole") << qint64(112040) << QStringLiteral("52") << QStringLiteral("52 s");
        QTest::newRow("2 minutes") << qint64(180000) << QStringLiteral("120") << QStringLiteral("2 min");
        QTest::newRow("1 ms") << qint64(60001) << QStringLiteral("0") << QStringLiteral("less than 0.1 s");
    }

    void pullBeforeCreateDelta()
    {
        QFETCH(qint64, createdMs);
        QFETCH(QString, deltaJson);
        QFETCH(QString, spoken);
        TherapistSnapshot s = missingId(60, createdMs);
        // An earlier pull (the first attempt) must not win over the one closest to creation.
        s.logEvents.insert(s.logEvents.begin(), pullEvent(at(10)));
        const std::vector<Finding> findings = run(s);
        const Finding *pull = find(findings, FindingCode::PullBeforeCreate);
        QVERIFY(pull);
        QCOMPARE(QString::fromStdString(pull->evidence.at("delta_seconds").dump()), deltaJson);
        QCOMPARE(pull->evidence.at("delta_ms").get<qint64>(), createdMs - 60000);
        QCOMPARE(pull->evidence.at("pull_time").get<std::string>(), std::string("2025-09-14T17:01:00Z"));
        QCOMPARE(QString::fromStdString(pull->evidence.at("object_id").get<std::string>()), kNew);
        const QString phrase = QStringLiteral("the id pull ran ") + spoken
            + QStringLiteral(" before HubSpot's workflow created the");
        QVERIFY2(pull->summary.contains(phrase, Qt::CaseInsensitive), qPrintable(pull->summary));
        // The MISSING_DB_ID it explains says so too.
        const Finding *missing = find(findings, FindingCode::MissingDbId);
        QVERIFY(missing);
        QVERIFY2(missing->summary.contains(phrase, Qt::CaseInsensitive), qPrintable(missing->summary));
        QCOMPARE(missing->evidence.at("explained_by").get<std::string>(), std::string("PULL_BEFORE_CREATE"));
    }

    void duplicateRunEvidence()
    {
        const std::vector<Finding> findings = run(duplicateRun(1));
        const Finding *dup = find(findings, FindingCode::DuplicateRun);
        QVERIFY(dup);
        QCOMPARE(dup->evidence.at("object_ids"), nlohmann::json({kOld.toStdString(), kNew.toStdString()}));
        QCOMPARE(dup->evidence.at("gap_seconds"), nlohmann::json(1));
        QCOMPARE(dup->evidence.at("created_at").at(1).get<std::string>(), std::string("2025-09-14T17:00:01Z"));
    }

    void rapidChangesSequence()
    {
        TherapistSnapshot s = flipping({{0, kOld}, {300, kNew}, {1200, kOld}, {2520, kNew}});
        const std::vector<Finding> findings = run(s);
        const Finding *rapid = find(findings, FindingCode::RapidIdChanges);
        QVERIFY(rapid);
        const nlohmann::json &sequence = rapid->evidence.at("sequence");
        QCOMPARE(sequence.size(), std::size_t(4));
        QCOMPARE(sequence.at(2).at("value").get<std::string>(), kOld.toStdString());
        QCOMPARE(sequence.at(2).at("time").get<std::string>(), std::string("2025-09-14T17:20:00Z"));
        QCOMPARE(sequence.at(2).at("worker").get<std::string>(), std::string("CredentialingCycleWorker"));
        QCOMPARE(rapid->evidence.at("changes").get<int>(), 3);
        QCOMPARE(rapid->evidence.at("window_seconds").get<int>(), 3600);
        QVERIFY2(rapid->summary.contains(QStringLiteral("3 times in 37 min")), qPrintable(rapid->summary));
        // The DB holds what the Active label says: it settled right, nothing to do.
        QCOMPARE(rapid->fix, QStringLiteral("none"));
        // Settled on the object that lost the label: the column must be pulled again.
        s.therapist.columns[kColActive] = kNew;
        const std::vector<Finding> unsettled = run(s);
        QCOMPARE(codes(unsettled), (QStringList{FindingCode::StaleDbId, FindingCode::RapidIdChanges}));
        QCOMPARE(unsettled[1].fix, QStringLiteral("pull-ids"));
    }

    void windowsFollowSettings()
    {
        Profile p = profile();
        p.diagnosis.duplicateRunWindowSeconds = 5;
        p.diagnosis.rapidChangeWindowSeconds = 100;
        QVERIFY(!find(run(duplicateRun(6), p), FindingCode::DuplicateRun));
        QVERIFY(find(run(duplicateRun(5), p), FindingCode::DuplicateRun));
        QVERIFY(!find(run(flipping({{0, kOld}, {10, kNew}, {111, kOld}}), p), FindingCode::RapidIdChanges));
        QVERIFY(find(run(flipping({{0, kOld}, {10, kNew}, {110, kOld}}), p), FindingCode::RapidIdChanges));
        p.diagnosis.freshSignupHours = 1;
        // The findings must outlive the pointer find() returns into them (AddressSanitizer: a temporary
        // vector here was read after it was freed).
        const std::vector<Finding> fresh = run(snapshot(), p, at(3 * 3600));
        const Finding *none = find(fresh, FindingCode::NoObjects);
        QVERIFY(none);
        QCOMPARE(none->severity, Severity::Error);
    }

    void syncErrors()
    {
        TherapistSnapshot s = healthy();
        s.errors = {sentryIssue(QStringLiteral("1"), QStringLiteral("Net::ReadTimeout"), 3, at(7200)),
                    sentryIssue(QStringLiteral("2"), QStringLiteral("Faraday::ServerError"), 9000000000LL, at(9000))};
        const std::vector<Finding> findings = run(s);
        QCOMPARE(codes(findings), QStringList{FindingCode::SyncErrors});
        const Finding &sync = findings.front();
        QCOMPARE(sync.evidence.at("count").get<qint64>(), 9000000003LL);
        QCOMPARE(sync.evidence.at("last_seen").get<std::string>(), std::string("2025-09-14T19:30:00Z"));
        QCOMPARE(sync.evidence.at("titles").size(), std::size_t(2));
        QCOMPARE(sync.evidence.at("urls").at(1).get<std::string>(),
                 std::string("https://sentry.example.com/organizations/acme/issues/2/"));
        QCOMPARE(sync.fix, QStringLiteral("resync"));
        QVERIFY(sync.objectType.isEmpty());
    }

    void orderIsBySeverityAndStable()
    {
        TherapistSnapshot s = snapshot(); // fresh: NO_OBJECTS is info
        s.errors = {sentryIssue(QStringLiteral("1"), QStringLiteral("Timeout"), 1, at(60))};
        Profile p = profile();
        ObjectTypeProfile license;
        license.name = QStringLiteral("License");
        license.typeId = kLicenseType;
        license.labels = {{kActive, kColLicense}};
        license.uniqueLabels = {kActive};
        p.objects.push_back(license);
        s.objects = {object(QStringLiteral("170000000001"), at(5), {kActive}, false, kLicenseType)};
        const std::vector<Finding> findings = run(s, p, at(3600));
        // License error first, then the Sentry warning, then the fresh Credentialing info.
        QCOMPARE(codes(findings),
                 (QStringList{FindingCode::MissingDbId, FindingCode::SyncErrors, FindingCode::NoObjects}));
        QCOMPARE(findings[0].objectType, QStringLiteral("License"));
        QCOMPARE(findings[2].severity, Severity::Info);
        QCOMPARE(findings[2].fix, QStringLiteral("wait"));
    }

    void independentOfInputOrder()
    {
        TherapistSnapshot s = cycle({kActive, kAA}, {kAA}, false);
        s.objects.push_back(object(kDupA, at(-10LL * 86400 + 3), {kRelocation}));
        s.logEvents = {setEvent(at(0), kColAA, kOld), setEvent(at(60), kColAA, kNew), setEvent(at(120), kColAA, kOld)};
        const nlohmann::json reference = run(s);
        std::mt19937 shuffle(7);
        for (int i = 0; i < 5; ++i) {
            std::shuffle(s.objects.begin(), s.objects.end(), shuffle);
            std::shuffle(s.logEvents.begin(), s.logEvents.end(), shuffle);
            QCOMPARE(nlohmann::json(run(s)).dump(), reference.dump());
        }
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
