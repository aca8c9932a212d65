// Cases in the workspace (SQLite file): stored with their evidence, surviving a restart, reopened to
// show what was seen then beside a fresh inspection; rename, notes, ticket, close, members.
#include <QtTest>

#include "core/cases/caseexport.h"
#include "core/cases/casestore.h"
#include "core/cases/reportcodec.h"
#include "core/export/markdownexport.h"
#include "core/jsonio.h"

#include "exportfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace credsync;
using namespace credsync::cases;

namespace {

const QDateTime kOpened = QDateTime(QDate(2025, 9, 15), QTime(8, 25), QTimeZone::utc());

template<typename T>
const char *why(const Result<T> &result)
{
    static QByteArray message;
    message = result.ok() ? QByteArray() : result.error().message.toUtf8();
    return message.constData();
}

} // namespace

#define VERIFY_OK(expression)                                                                                  \
    do {                                                                                                       \
        const auto verifyResult = (expression);                                                                \
        QVERIFY2(verifyResult.ok(), why(verifyResult));                                                        \
    } while (false)

class TestCases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString url() const { return QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("workspace.sqlite")); }

    std::unique_ptr<workspace::Workspace> openWorkspace()
    {
        CaseStore::registerMigrations();
        auto opened = workspace::Workspace::open(url());
        if (!opened)
            qWarning("%s", qPrintable(opened.error().message));
        return opened ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("workspace.sqlite")));
    }

    void codecRoundTripsEverything()
    {
        std::vector<TherapistReport> reports = test::exportReports();
        TherapistReport &r = reports[0];
        r.snapshot.objects[0].properties[QStringLiteral("npi_number")] = QStringLiteral("1234567890");
        r.snapshot.objects[0].properties[QStringLiteral("license_state")] = std::nullopt;
        r.snapshot.logs[1].timestampNs = 1757871771318204123LL; // beyond 2^53: must survive as text
        r.snapshot.logEvents.push_back({LogEvent::Kind::IdColumnSet, r.snapshot.logs[1].time, {}, QStringLiteral("credentialing_hubspot_id"),
                                        QStringLiteral("31822901245"), QStringLiteral("SyncWorker"), r.snapshot.logs[1].line});
        r.snapshot.errors[0].eventTimes = {r.snapshot.errors[0].firstSeen, r.snapshot.errors[0].lastSeen};
        r.snapshot.problems.push_back({QStringLiteral("loki"), QStringLiteral("logs unavailable: Loki answered 401")});

        const nlohmann::json encoded = encodeReport(r);
        Result<TherapistReport> decoded = decodeReport(nlohmann::json::parse(encoded.dump()));
        QVERIFY(decoded.ok());
        QCOMPARE(encodeReport(*decoded), encoded);
        QCOMPARE(decoded->snapshot.logs[1].timestampNs, 1757871771318204123LL);
        QCOMPARE(decoded->snapshot.logs[1].time, r.snapshot.logs[1].time); // milliseconds kept
        QCOMPARE(decoded->snapshot.objects[0].properties.at(QStringLiteral("npi_number")), std::optional<QString>(QStringLiteral("1234567890")));
        QVERIFY(!decoded->snapshot.objects[0].properties.at(QStringLiteral("license_state")));
        QVERIFY(!decoded->snapshot.therapist.columns.at(QStringLiteral("credentialing_active_attested_id")));
        QCOMPARE(decoded->snapshot.logEvents.size(), size_t(1));
        QCOMPARE(decoded->snapshot.logEvents[0].kind, LogEvent::Kind::IdColumnSet);
        QCOMPARE(decoded->findings[1].severity, Severity::Warning);
        QCOMPARE(decoded->findings[1].evidence["delta_ms"].get<int>(), 52802);
        QCOMPARE(decoded->snapshot.errors[0].count, qint64(14));
        QCOMPARE(decoded->snapshot.errors[0].eventTimes.size(), size_t(2));
    }

    void codecRejectsWhatItCannotRead()
    {
        QVERIFY(!decodeReport(nlohmann::json::array()).ok());
        QVERIFY(!decodeReport(nlohmann::json{{"format", 99}}).ok());
        QVERIFY(!decodeReport(nlohmann::json{{"format", 1}}).ok()); // no therapist
    }

    void migrationRegistered()
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        QVERIFY(workspace->schemaVersion() >= 200);
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = 200")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // The heart of it: a case saved, the program restarted, the case reopened shows what was seen then.
    void caseSurvivesRestartWithItsEvidence()
    {
        const std::vector<TherapistReport> reports = test::exportReports();
        {
            auto workspace = openWorkspace();
            QVERIFY(workspace);
            CaseStore store(*workspace);
            store.setClock([] { return kOpened; });
            Result<Case> created = store.create(QStringLiteral("SUP-4411 missing ids"), QStringLiteral("https://tracker.example/SUP-4411"),
                                                QStringLiteral("From the Monday ticket"), reports, QStringLiteral("acme-prod"));
            QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
            QCOMPARE(created->members.size(), reports.size());
        }
        auto workspace = openWorkspace(); // a new connection: nothing cached in memory
        QVERIFY(workspace);
        CaseStore store(*workspace);
        Result<Case> loaded = store.load(QStringLiteral("SUP-4411 missing ids"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->ticket, QStringLiteral("https://tracker.example/SUP-4411"));
        QCOMPARE(loaded->notes, QStringLiteral("From the Monday ticket"));
        QCOMPARE(loaded->profileName, QStringLiteral("acme-prod"));
        QCOMPARE(loaded->openedAt, kOpened);
        QVERIFY(loaded->isOpen());
        QCOMPARE(loaded->targets(), (QStringList{QStringLiteral("161204877310"), QStringLiteral("161204877455"), QStringLiteral("161204877502")}));
        for (size_t i = 0; i < reports.size(); ++i) {
            QVERIFY(loaded->members[i].evidenceLoaded);
            QCOMPARE(loaded->members[i].capturedAt, kOpened);
            QCOMPARE(encodeReport(loaded->members[i].evidence), encodeReport(reports[i]));
        }
        // The stored log line and the finding are there, word for word.
        QCOMPARE(loaded->members[0].evidence.snapshot.logs[1].line, reports[0].snapshot.logs[1].line);
        QCOMPARE(loaded->members[0].evidence.findings[0].code, FindingCode::MissingDbId);
    }

    void reopenedCaseShowsWasBesideNow()
    {
        auto workspace = openWorkspace();
        CaseStore store(*workspace);
        store.setClock([] { return kOpened; });
        VERIFY_OK(store.create(QStringLiteral("case"), QStringLiteral("SUP-4411"), {}, test::exportReports(), QStringLiteral("acme-prod")));
        Result<Case> loaded = store.load(QStringLiteral("case"));
        QVERIFY(loaded.ok());

        // A month later: Ana's id was pulled, Lucía is gone from the database.
        std::vector<TherapistReport> fresh = test::exportReports();
        fresh[0].snapshot.therapist.columns[QStringLiteral("credentialing_active_attested_id")] = QStringLiteral("31822901245");
        fresh[0].findings.clear();
        fresh[0].snapshot.takenAt = kOpened.addDays(30);
        fresh.pop_back();

        exporting::ExportContent content = caseContent(*loaded, fresh, test::exportProfile(), test::exportAccount());
        QCOMPARE(content.reports.size(), size_t(3));
        QCOMPARE(content.previous.size(), size_t(2));
        QCOMPARE(content.caseHeader->ticket, QStringLiteral("SUP-4411"));
        const QString md = exporting::markdownExport(content, exporting::ExportOptions{});
        QVERIFY(md.contains(QStringLiteral("### Was → now")));
        QVERIFY(md.contains(QStringLiteral("- `credentialing_active_attested_id`: (none) → `31822901245`")));
        QVERIFY(md.contains(QStringLiteral("Seen when the case was saved: 2025-09-15 08:30:00; inspected again: 2025-10-15 08:25:00.")));
        // The ticket-ready opening says what the case was opened for, from the evidence saved with it.
        QVERIFY(md.contains(QStringLiteral("- What was wrong: Id missing in the database; Sync errors in Sentry; Ids pulled too early.\n")));
        QVERIFY(md.contains(QStringLiteral("Nothing changed since the case was saved."))); // the healthy therapist
        QVERIFY(md.contains(QStringLiteral("not found when inspected again")));           // Lucía, from the stored evidence

        // Without a fresh inspection the export is the stored evidence alone.
        exporting::ExportContent stored = caseContent(*loaded, {}, test::exportProfile(), test::exportAccount());
        QVERIFY(stored.previous.empty());
        QCOMPARE(stored.reports[0].findings.size(), size_t(3));
    }

    void renameNotesTicketClose()
    {
        auto workspace = openWorkspace();
        CaseStore store(*workspace);
        QDateTime clock = kOpened;
        store.setClock([&] { return clock; });
        VERIFY_OK(store.create(QStringLiteral("first"), {}, {}, test::exportReports(), {}));
        VERIFY_OK(store.create(QStringLiteral("second"), {}, {}, {}, {}));

        const Result<Case> duplicate = store.create(QStringLiteral("first"), {}, {}, {}, {});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, Error::Kind::Conflict);
        QCOMPARE(store.rename(QStringLiteral("first"), QStringLiteral("second")).error().kind, Error::Kind::Conflict);
        QCOMPARE(store.rename(QStringLiteral("nope"), QStringLiteral("third")).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.rename(QStringLiteral("first"), QStringLiteral("  ")).error().kind, Error::Kind::Validation);

        VERIFY_OK(store.rename(QStringLiteral("first"), QStringLiteral("SUP-4411")));
        QCOMPARE(store.load(QStringLiteral("first")).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.load(QStringLiteral("SUP-4411"))->members.size(), size_t(3)); // members follow the rename

        QVERIFY(store.setNotes(QStringLiteral("SUP-4411"), QStringLiteral("Pulled ids for Ana; Lucía relabelled.")).ok());
        VERIFY_OK(store.setTicket(QStringLiteral("SUP-4411"), QStringLiteral("https://tracker.example/SUP-4411")));
        clock = kOpened.addSecs(3600);
        VERIFY_OK(store.close(QStringLiteral("SUP-4411")));
        Result<Case> closed = store.load(QStringLiteral("SUP-4411"));
        QCOMPARE(closed->notes, QStringLiteral("Pulled ids for Ana; Lucía relabelled."));
        QCOMPARE(closed->ticket, QStringLiteral("https://tracker.example/SUP-4411"));
        QCOMPARE(closed->closedAt, kOpened.addSecs(3600));
        QVERIFY(!closed->isOpen());

        QCOMPARE(store.list(false)->size(), size_t(1));
        QCOMPARE(store.list(true)->size(), size_t(2));
        VERIFY_OK(store.reopen(QStringLiteral("SUP-4411")));
        QCOMPARE(store.list(false)->size(), size_t(2));
        QVERIFY(store.load(QStringLiteral("SUP-4411"))->isOpen());

        VERIFY_OK(store.remove(QStringLiteral("second")));
        QCOMPARE(store.list(true)->size(), size_t(1));
        QCOMPARE(store.setNotes(QStringLiteral("second"), QStringLiteral("x")).error().kind, Error::Kind::NotFound);
    }

    void draftsKeepTheNewestAndBecomeCasesWhenNamed()
    {
        auto workspace = openWorkspace();
        CaseStore store(*workspace);
        QDateTime clock = kOpened;
        store.setClock([&] { return clock; });
        VERIFY_OK(store.create(QStringLiteral("SUP-1"), {}, {}, {}, {}));
        const std::vector<TherapistReport> reports = test::exportReports();
        for (int i = 1; i <= 4; ++i) {
            clock = kOpened.addSecs(i);
            Result<Case> draft = store.createDraft(QStringLiteral("draft %1").arg(i), QStringLiteral("ticket text %1").arg(i),
                                                   {reports[0]}, QStringLiteral("demo"), 3);
            QVERIFY(draft.ok());
            QVERIFY(draft->draft);
            QCOMPARE(draft->notes, QStringLiteral("ticket text %1").arg(i));
            QCOMPARE(draft->members.size(), size_t(1));
        }
        // Drafts stay out of the ordinary list; only the newest three are kept; cases are never pruned.
        QCOMPARE(store.list(true)->size(), size_t(1));
        const Result<std::vector<Case>> all = store.list(true, true);
        QStringList names;
        for (const Case &c : *all)
            names << c.name;
        QCOMPARE(names, QStringList({QStringLiteral("draft 4"), QStringLiteral("draft 3"), QStringLiteral("draft 2"), QStringLiteral("SUP-1")}));

        VERIFY_OK(store.promote(QStringLiteral("draft 3"), QStringLiteral("SUP-48213")));
        const Result<Case> saved = store.load(QStringLiteral("SUP-48213"));
        QVERIFY(saved.ok());
        QVERIFY(!saved->draft);
        QCOMPARE(saved->members.size(), size_t(1));
        QCOMPARE(store.list(true)->size(), size_t(2));
        QCOMPARE(store.promote(QStringLiteral("nope"), QStringLiteral("x")).error().kind, Error::Kind::NotFound);
    }

    void addingMembersKeepsFirstEvidence()
    {
        auto workspace = openWorkspace();
        CaseStore store(*workspace);
        std::vector<TherapistReport> reports = test::exportReports();
        VERIFY_OK(store.create(QStringLiteral("c"), {}, {}, {reports[0]}, {}));

        TherapistReport changed = reports[0];
        changed.findings.clear();
        Result<int> added = store.addMembers(QStringLiteral("c"), {changed, reports[2], reports[2]});
        QVERIFY(added.ok());
        QCOMPARE(*added, 1);
        Result<Case> loaded = store.load(QStringLiteral("c"));
        QCOMPARE(loaded->members.size(), size_t(2));
        QCOMPARE(loaded->members[0].evidence.findings.size(), size_t(3)); // what was seen first stays
        QCOMPARE(loaded->members[1].therapistId, reports[2].snapshot.therapist.id);

        VERIFY_OK(store.removeMember(QStringLiteral("c"), reports[0].snapshot.therapist.id));
        QCOMPARE(store.load(QStringLiteral("c"))->members.size(), size_t(1));
        QCOMPARE(store.removeMember(QStringLiteral("c"), QStringLiteral("nobody")).error().kind, Error::Kind::NotFound);
    }

    void damagedEvidenceIsAnErrorNotACrash()
    {
        auto workspace = openWorkspace();
        CaseStore store(*workspace);
        VERIFY_OK(store.create(QStringLiteral("c"), {}, {}, test::exportReports(), {}));
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE case_members SET evidence = '{not json'")));
        Result<Case> loaded = store.load(QStringLiteral("c"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(QStringLiteral("case \"c\"")));
        QCOMPARE(store.list()->front().members.size(), size_t(3)); // the list still works
    }
};

QTEST_MAIN(TestCases)
#include "tst_cases.moc"
