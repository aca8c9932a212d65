// The triage window's models, without any widget: structure checked by QAbstractItemModelTester,
// contents compared as the same text dumps "copy pane" produces.
#include "models/errorsmodel.h"
#include "models/findingsmodel.h"
#include "models/glyphicon.h"
#include "models/idsmodel.h"
#include "models/logsmodel.h"
#include "models/modeltext.h"
#include "models/objectsmodel.h"
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "models/therapiststatus.h"
#include "models/timelinemodel.h"
#include "models/unresolvedmodel.h"
#include "support/reportfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace credsync;
using namespace credsync::test;

namespace {

QString column(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data().toString();
    return values.join(QLatin1Char('|'));
}

QString row(const QAbstractItemModel &model, int r)
{
    QStringList values;
    for (int col = 0; col < model.columnCount(); ++col)
        values << model.index(r, col).data().toString();
    return values.join(QLatin1Char('|'));
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Dumps hold local times: pin the zone whatever the machine says (CTest sets it too).
        qputenv("TZ", "America/New_York");
        tzset();
    }

    void listModelDump()
    {
        TherapistListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(fixtureReports());
        const QString expected = QStringLiteral(
            "Status\tName\tEmail\tContact id\tFindings\tLast error\n"
            "ids and labels OK\tAda Lovelace\tada@example.org\t161204877301\t\t\n"
            "Broken\tGrace Hopper\tgrace@example.org\t161204877310\tMISSING_DB_ID, PULL_BEFORE_CREATE, SYNC_ERRORS\t2025-09-14 13:30:00\n"
            "Broken\tAlan Turing\talan@example.org\t161204877320\tMULTIPLE_UNIQUE_LABEL\t\n"
            "Broken\tEdsger Dijkstra\tedsger@example.org\t161204877330\tCONFLICTING_LABELS, STALE_DB_ID\t\n"
            "Waiting\tBarbara Liskov\tbarbara@example.org\t161204877340\tNO_OBJECTS\t\n"
            "Unknown\tKen Thompson\tken@example.org\t161204877350\t\t\n");
        QCOMPARE(modelToText(model), expected);
        QCOMPARE(model.index(1, TherapistListModel::ContactIdColumn).data(TherapistListModel::UrlRole).toString(),
                 QString()); // no account yet: no link rather than a broken one
        model.setAccount(fixtureAccount());
        QCOMPARE(model.index(1, 0).data(TherapistListModel::UrlRole).toString(),
                 QStringLiteral("https://app.hubspot.com/contacts/4634981/record/0-1/161204877310"));
    }

    void listModelAppendsAndUpdatesInPlace()
    {
        TherapistListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports({healthyReport(), missingIdReport()});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Grace again, now fixed; and a new therapist: one update in place and one insert.
        TherapistReport fixed = missingIdReport();
        fixed.findings.clear();
        model.addReports({fixed, twoActiveAttestedReport()});

        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(TherapistListModel::SortRole));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(column(model, TherapistListModel::StatusColumn), QStringLiteral("ids and labels OK|ids and labels OK|Broken"));
        QCOMPARE(model.rowOfKey(TherapistStatus::key(twoActiveAttestedReport())), 2);
    }

    void listModelBatchesLargeAppends()
    {
        TherapistListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addReports(generatedReports(500));
        model.addReports(generatedReports(500, 500));
        QCOMPARE(inserted.count(), 2); // one insertRows per batch, not per therapist
        QCOMPARE(model.rowCount(), 1000);
    }

    void proxySortsByRawRole()
    {
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<TherapistReport> reports = generatedReports(3);
        reports[0].snapshot.therapist.contactId = QStringLiteral("99999999999");   // 11 digits
        reports[1].snapshot.therapist.contactId = QStringLiteral("100000000000");  // 12 digits
        reports[2].snapshot.therapist.contactId = QStringLiteral("9223372036854775807"); // int64 max
        model.setReports(reports);
        proxy.sort(TherapistListModel::ContactIdColumn, Qt::AscendingOrder);
        // As text "100…" < "922…" < "999…"; as numbers the 11-digit id comes first.
        QCOMPARE(column(proxy, TherapistListModel::ContactIdColumn),
                 QStringLiteral("99999999999|100000000000|9223372036854775807"));

        model.setReports(fixtureReports());
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, TherapistListModel::NameColumn).section(QLatin1Char('|'), 0, 0),
                 QStringLiteral("Grace Hopper")); // broken with the most findings first
        QCOMPARE(column(proxy, TherapistListModel::StatusColumn),
                 QStringLiteral("Broken|Broken|Broken|Unknown|Waiting|ids and labels OK"));
    }

    void proxyFilters()
    {
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(fixtureReports());
        QCOMPARE(proxy.rowCount(), 6);
        QVERIFY(!proxy.isFiltering());

        proxy.setFindingCode(QStringLiteral("STALE_DB_ID"));
        QCOMPARE(column(proxy, TherapistListModel::NameColumn), QStringLiteral("Edsger Dijkstra"));
        proxy.setFindingCode({});

        proxy.setSeverity(TherapistFilterProxy::SeverityFilter::Errors);
        QCOMPARE(column(proxy, TherapistListModel::NameColumn),
                 QStringLiteral("Grace Hopper|Alan Turing|Edsger Dijkstra"));
        proxy.setSeverity(TherapistFilterProxy::SeverityFilter::Warnings);
        QCOMPARE(column(proxy, TherapistListModel::NameColumn), QStringLiteral("Grace Hopper|Edsger Dijkstra"));
        proxy.setSeverity(TherapistFilterProxy::SeverityFilter::Healthy);
        QCOMPARE(column(proxy, TherapistListModel::NameColumn), QStringLiteral("Ada Lovelace|Ken Thompson"));
        proxy.setSeverity(TherapistFilterProxy::SeverityFilter::Any);

        // Words are ANDed, case-insensitive, and match ids the row does not display (an object id).
        proxy.setText(QStringLiteral("  GRACE  example "));
        QCOMPARE(column(proxy, TherapistListModel::NameColumn), QStringLiteral("Grace Hopper"));
        proxy.setText(QStringLiteral("30003000002"));
        QCOMPARE(column(proxy, TherapistListModel::NameColumn), QStringLiteral("Alan Turing"));
        proxy.setText(QStringLiteral("grace turing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});

        proxy.setObjectType(QStringLiteral("License"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setObjectType(QStringLiteral("Credentialing"));
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(proxy.isFiltering());

        // A streamed append that matches the active filter shows up; one that does not stays hidden.
        std::vector<TherapistReport> more = generatedReports(8);
        model.addReports(std::move(more));
        QCOMPARE(proxy.rowCount(), 6); // two generated therapists (0 and 7) have a Credentialing finding
    }

    void idsVerdicts_data()
    {
        QTest::addColumn<int>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("healthy") << 0 << QStringLiteral(
            "Credentialing|Active Attested|credentialing_active_attested_id|30001000001|30001000001|2025-09-11 14:01:30|matches\n"
            "Credentialing|Active|credentialing_hubspot_id|NULL|—||no object\n"
            "Credentialing|Relocation|credentialing_relocation_id|NULL|—||no object\n"
            "License|Active|license_hubspot_id|30001000002|30001000002|2025-09-11 14:01:35|matches\n");
        QTest::newRow("missing id") << 1 << QStringLiteral(
            "Credentialing|Active Attested|credentialing_active_attested_id|NULL|30002000001|2025-09-12 14:01:52|missing in the database\n"
            "Credentialing|Active|credentialing_hubspot_id|NULL|—||no object\n"
            "Credentialing|Relocation|credentialing_relocation_id|NULL|—||no object\n"
            "License|Active|license_hubspot_id|NULL|—||no object\n");
        QTest::newRow("two active attested") << 2 << QStringLiteral(
            "Credentialing|Active Attested|credentialing_active_attested_id|30003000001|30003000001, 30003000002|2025-08-05 14:00:00, 2025-09-13 14:00:00|in conflict\n"
            "Credentialing|Active|credentialing_hubspot_id|NULL|—||no object\n"
            "Credentialing|Relocation|credentialing_relocation_id|NULL|—||no object\n"
            "License|Active|license_hubspot_id|NULL|—||no object\n");
        QTest::newRow("conflicting labels") << 3 << QStringLiteral(
            "Credentialing|Active Attested|credentialing_active_attested_id|30004000002|30004000001|2025-08-15 14:00:00|out of date · label conflict\n"
            "Credentialing|Active|credentialing_hubspot_id|30004000001|30004000001|2025-08-15 14:00:00|matches · label conflict\n"
            "Credentialing|Relocation|credentialing_relocation_id|NULL|—||no object\n"
            "License|Active|license_hubspot_id|NULL|—||no object\n");
        QTest::newRow("hubspot unavailable") << 5 << QStringLiteral(
            "Credentialing|Active Attested|credentialing_active_attested_id|30006000001|—||unknown\n"
            "Credentialing|Active|credentialing_hubspot_id|NULL|—||unknown\n"
            "Credentialing|Relocation|credentialing_relocation_id|NULL|—||unknown\n"
            "License|Active|license_hubspot_id|NULL|—||unknown\n");
    }

    void idsVerdicts()
    {
        QFETCH(int, fixture);
        QFETCH(QString, expected);
        IdsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(fixtureReports().at(size_t(fixture)), fixtureProfile(), fixtureAccount());
        QString dump;
        for (int r = 0; r < model.rowCount(); ++r)
            dump += row(model, r) + QLatin1Char('\n');
        QCOMPARE(dump, expected);
    }

    void idsStaleAndLinks()
    {
        IdsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TherapistReport report = healthyReport();
        report.snapshot.therapist.columns[QStringLiteral("credentialing_active_attested_id")] = QStringLiteral("30001999999");
        model.setReport(report, fixtureProfile(), fixtureAccount());
        QCOMPARE(model.verdictAt(0), IdsModel::Verdict::Stale);
        QCOMPARE(model.index(0, IdsModel::VerdictColumn).data(IdsModel::ToneRole).toInt(), int(Tone::Warn));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("30001000001")));
        QCOMPARE(model.index(0, IdsModel::ObjectColumn).data(IdsModel::UrlRole).toString(),
                 QStringLiteral("https://app.hubspot.com/contacts/4634981/record/2-31374266/30001000001"));
        // Copy gives the bare value, not the placeholder the cell shows.
        QCOMPARE(model.index(1, IdsModel::DbValueColumn).data(IdsModel::CopyRole).toString(), QString());
        QVERIFY(!model.index(1, IdsModel::VerdictColumn).data(IdsModel::ToneRole).isValid()); // "no object" is not an alarm
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void objectsModel()
    {
        ObjectsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(conflictingLabelsReport(), fixtureProfile(), fixtureAccount());
        QCOMPARE(modelToText(model), QStringLiteral(
            "Object type\tObject id\tLabels\tCreated\tUpdated\tState\tProperties resync compares\n"
            "Credentialing\t30004000001\tActive, Active Attested\t2025-08-15 14:00:00\t2025-08-15 14:02:00\tactive\tnpi_number=1861234567\n"
            "Credentialing\t30004000002\t(no label)\t2025-09-12 14:00:00\t2025-09-12 14:02:00\tactive\tnpi_number=1861234567\n"));
        QCOMPARE(model.index(1, ObjectsModel::LabelsColumn).data(ObjectsModel::CopyRole).toString(), QString());
        QCOMPARE(model.index(0, 0).data(ObjectsModel::LabelsRole).toStringList().size(), 2);
    }

    void findingsModel()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(missingIdReport());
        QCOMPARE(column(model, FindingsModel::CodeColumn), QStringLiteral("MISSING_DB_ID|PULL_BEFORE_CREATE|SYNC_ERRORS"));
        QCOMPARE(column(model, FindingsModel::FixColumn), QStringLiteral("Pull ids|Pull ids|Resync"));
        QCOMPARE(column(model, FindingsModel::SeverityColumn), QStringLiteral("error|error|warning"));
        QCOMPARE(model.index(0, FindingsModel::EvidenceColumn).data().toString(),
                 QStringLiteral("column: credentialing_active_attested_id · label: Active Attested · object_id: 30002000001"));
        QCOMPARE(FindingsModel::evidenceText({{"ids", {"1", "2"}}, {"n", 3}}), QStringLiteral("ids: 1, 2 · n: 3"));
    }

    void logsAndErrors()
    {
        LogsModel logs;
        ErrorsModel errors;
        QAbstractItemModelTester logsTester(&logs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester errorsTester(&errors, QAbstractItemModelTester::FailureReportingMode::QtTest);
        logs.setReport(missingIdReport());
        errors.setReport(missingIdReport());
        QCOMPARE(column(logs, LogsModel::LevelColumn), QStringLiteral("INFO|ERROR")); // sorted by time
        QCOMPARE(logs.index(1, 0).data(LogsModel::ToneRole).toInt(), int(Tone::Bad));
        QCOMPARE(logs.index(0, LogsModel::MessageColumn).data(LogsModel::HighlightRole).toString(),
                 QStringLiteral("161204877310"));
        QCOMPARE(row(errors, 0), QStringLiteral("HubspotCustomObjects::HubspotCredentialingObjectSyncException: Missing "
                                                "definitive_hubspot_credentialing_id for Therapist 161204877310|14|"
                                                "2025-09-12 15:00:00|2025-09-14 13:30:00|unresolved"));
        QCOMPARE(errors.index(0, 0).data(ErrorsModel::UrlRole).toString(), QStringLiteral("https://sentry.example.org/issues/4001/"));
        logs.clear();
        errors.clear();
        QCOMPARE(logs.rowCount() + errors.rowCount(), 0);
    }

    void timelineFromSnapshot()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(missingIdReport());
        QCOMPARE(modelToText(model), QStringLiteral(
            "Time\tSource\tSince previous\tWhat happened\n"
            "2025-09-12 14:00:00\tDatabase\t\tTherapist row created\n"
            "2025-09-12 14:01:00\tLogs\t+1 min\tDid not found Associated Custom Objects for Hubspot ID: 161204877310\n"
            "2025-09-12 14:01:52\tHubSpot\t+52 s\tObject 30002000001 created\n"
            "2025-09-12 15:00:00\tLogs\t+58 min 8 s\tMissing definitive_hubspot_credentialing_id for Therapist 161204877310\n"
            "2025-09-14 13:30:00\tSentry\t+1 d 22 h\tHubspotCustomObjects::HubspotCredentialingObjectSyncException: "
            "Missing definitive_hubspot_credentialing_id for Therapist 161204877310\n"));
        QCOMPARE(model.spans().size(), size_t(1));
        QCOMPARE(model.spans().front().text, QStringLiteral("object created 52 s after the pull"));

        // The inspector's own timeline wins over the derived one.
        TherapistReport report = missingIdReport();
        report.timeline = {{fixtureNow(), QStringLiteral("audit"), QStringLiteral("pull ids applied"), {}}};
        model.setReport(report);
        QCOMPARE(column(model, TimelineModel::SourceColumn), QStringLiteral("Audit"));
    }

    void timelineSourceTones()
    {
        // One tone per lane, shared by the table's markers and the painted axis (TimelineWidget).
        QSet<int> tones;
        for (const QString &lane : TimelineModel::sources())
            tones.insert(int(TimelineModel::sourceTone(lane)));
        QCOMPARE(tones.size(), int(TimelineModel::sources().size()));
        QCOMPARE(TimelineModel::sourceTone(QStringLiteral("sentry")), Tone::Bad);
        QCOMPARE(TimelineModel::sourceTone(QStringLiteral("hubspot")), Tone::Good);
    }

    void timelineDuplicateRunSpan()
    {
        TherapistReport report = twoActiveAttestedReport();
        report.snapshot.objects[1].createdAt = report.snapshot.objects[0].createdAt.addSecs(1);
        const auto spans = TimelineModel::spansFor(report);
        QCOMPARE(spans.size(), size_t(1));
        QCOMPARE(spans.front().text, QStringLiteral("second object 1 s after the first"));
    }

    void unresolvedEditInPlace()
    {
        UnresolvedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({QStringLiteral("grace@exampel.org"), QStringLiteral("no therapist with this email")});
        model.append({QStringLiteral("12"), QStringLiteral("not a contact id")});
        model.append({QStringLiteral("12"), QStringLiteral("still not a contact id")}); // same target: updated
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, UnresolvedModel::ReasonColumn).data().toString(), QStringLiteral("still not a contact id"));
        QVERIFY(model.flags(model.index(0, UnresolvedModel::TargetColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, UnresolvedModel::ReasonColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(0, 0), QStringLiteral(" grace@example.org ")));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("   ")));
        QCOMPARE(model.targets(), QStringList({QStringLiteral("grace@example.org"), QStringLiteral("12")}));
        QVERIFY(model.index(0, 0).data(UnresolvedModel::EditedRole).toBool());
        model.removeTargets({QStringLiteral("grace@example.org")});
        QCOMPARE(model.targets(), QStringList({QStringLiteral("12")}));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
