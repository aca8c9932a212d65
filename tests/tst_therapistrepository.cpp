#include <QtTest>

#include "core/db/locktable.h"
#include "core/jsonio.h"
#include "core/platform/processinfo.h"

#include "core/db/connection.h"
#include "core/db/therapistlock.h"
#include "core/db/therapistrepository.h"
#include "core/profile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace credsync;
using namespace credsync::db;

namespace {

const char *const Schema[] = {
    // The id columns use the three storages a real schema may have; the contact column is BIGINT.
    "CREATE TABLE therapists (id TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, hubspot_id BIGINT,"
    " created_at TEXT, credentialing_active_attested_id BIGINT, credentialing_hubspot_id INTEGER,"
    " credentialing_relocation_id TEXT, npi_number TEXT, license_state TEXT NOT NULL DEFAULT 'NY')",
    "INSERT INTO therapists VALUES ('3f2c9a1e-0000-4000-8000-000000000001', 'Jane', 'Doe', 'Jane.Doe@Example.com', 161204877310,"
    " '2025-09-14 17:42:51.318204', 161204877399, 9223372036854775807, '9223372036854775807', '1234567890', 'NY')",
    "INSERT INTO therapists VALUES ('3f2c9a1e-0000-4000-8000-000000000002', 'Bob', NULL, 'bob@example.org', 161204877311,"
    " '2025-09-14T10:00:00+02:00', NULL, NULL, '', NULL, 'CA')",
    "INSERT INTO therapists VALUES ('3f2c9a1e-0000-4000-8000-000000000003', NULL, 'Smith', 'JANE.DOE@example.COM', 161204877310,"
    " 1757872800, '161204877312', 161204877313, 161204877314, NULL, 'TX')",
};

QByteArray profileJson(const QString &path, const QString &extraDatabase = {})
{
    return QStringLiteral("{\"hubspot\": {},"
        "        \"objects\": [{\"name\": \"Credentialing\", \"type_id\": \"2-31374266\","
        "                     \"labels\": {\"Active Attested\": \"credentialing_active_attested_id\", \"Active\": \"credentialing_hubspot_id\","
        "                                \"Relocation\": \"credentialing_relocation_id\"}}],"
        "        \"database\": {\"url\": \"sqlite://%1\", \"table\": \"therapists\" %2},"
        "        \"resync\": {\"properties\": {\"npi_number\": \"npi\"}}}")
        .arg(path, extraDatabase)
        .toUtf8();
}

Profile profileFor(const QString &path, const QString &extraDatabase = {})
{
    auto profile = Profile::fromJson(profileJson(path, extraDatabase));
    if (!profile)
        qFatal("bad test profile: %s", qPrintable(profile.error().message));
    return profile.value();
}

} // namespace

class TestTherapistRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    // Direct access for arranging and checking, on its own connection.
    QVariant scalar(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fixture"));
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            qWarning("fixture query failed: %s", qPrintable(query.lastError().text()));
        return query.value(0);
    }
    void exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("fixture")));
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

    std::unique_ptr<TherapistRepository> openRepository()
    {
        auto repository = TherapistRepository::open(profileFor(m_path), {});
        if (!repository)
            qWarning("%s", qPrintable(repository.error().message));
        return repository ? std::move(repository).value() : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("therapists-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
        }
        for (const char *statement : Schema)
            exec(QString::fromUtf8(statement));
    }
    void cleanup()
    {
        QSqlDatabase::database(QStringLiteral("fixture")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    }

    void schemaErrors()
    {
        auto missingFile = TherapistRepository::open(profileFor(m_dir.filePath(QStringLiteral("nope.sqlite"))), {});
        QVERIFY(!missingFile);
        QCOMPARE(missingFile.error().kind, Error::Kind::Database);
        QVERIFY2(missingFile.error().message.contains(QStringLiteral("database file not found")), qPrintable(missingFile.error().message));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.sqlite")))); // not created behind our back

        auto missingTable = TherapistRepository::open(profileFor(m_path, QStringLiteral(", \"table\": \"therapist\"")), {});
        QVERIFY(!missingTable);
        QVERIFY2(missingTable.error().message.contains(QStringLiteral("table therapist not found")), qPrintable(missingTable.error().message));

        auto missingColumns = TherapistRepository::open(profileFor(m_path, QStringLiteral(", \"name_columns\": [\"first_name\", \"surname\"], \"contact_column\": \"contact_id\"")), {});
        QVERIFY(!missingColumns);
        QVERIFY2(missingColumns.error().message.contains(QStringLiteral("has no columns contact_id, surname")), qPrintable(missingColumns.error().message));

        exec(QStringLiteral("ALTER TABLE therapists RENAME COLUMN npi_number TO npi"));
        auto missingResync = TherapistRepository::open(profileFor(m_path), {});
        QVERIFY(!missingResync);
        QVERIFY2(missingResync.error().message.contains(QStringLiteral("has no column npi_number")), qPrintable(missingResync.error().message));
    }

    void readsByKey()
    {
        auto repository = openRepository();
        QVERIFY(repository);
        QCOMPARE(repository->driverName(), QStringLiteral("QSQLITE"));
        auto found = repository->findByKey(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"));
        QVERIFY(found && found->has_value());
        const Therapist &jane = **found;
        QCOMPARE(jane.name, QStringLiteral("Jane Doe"));
        QCOMPARE(jane.email, QStringLiteral("Jane.Doe@Example.com"));
        QCOMPARE(jane.contactId, QStringLiteral("161204877310"));
        QCOMPARE(jane.createdAt, QDateTime(QDate(2025, 9, 14), QTime(17, 42, 51, 318), QTimeZone::utc()));
        QCOMPARE(jane.createdAt.timeSpec(), Qt::UTC);
        // 64-bit ids without loss in BIGINT, INTEGER and TEXT columns.
        QCOMPARE(jane.columns.at(QStringLiteral("credentialing_active_attested_id")), std::optional<QString>(QStringLiteral("161204877399")));
        QCOMPARE(jane.columns.at(QStringLiteral("credentialing_hubspot_id")), std::optional<QString>(QStringLiteral("9223372036854775807")));
        QCOMPARE(jane.columns.at(QStringLiteral("credentialing_relocation_id")), std::optional<QString>(QStringLiteral("9223372036854775807")));

        auto bob = repository->findByKey(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000002"));
        QVERIFY(bob && bob->has_value());
        QCOMPARE((*bob)->name, QStringLiteral("Bob")); // a NULL name part adds no stray space
        QCOMPARE((*bob)->createdAt, QDateTime(QDate(2025, 9, 14), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE((*bob)->columns.at(QStringLiteral("credentialing_active_attested_id")), std::nullopt);
        QCOMPARE((*bob)->columns.at(QStringLiteral("credentialing_relocation_id")), std::nullopt); // "" is no value

        auto smith = repository->findByKey(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000003"));
        QVERIFY(smith && smith->has_value());
        QCOMPARE((*smith)->name, QStringLiteral("Smith"));
        QCOMPARE((*smith)->createdAt, QDateTime(QDate(2025, 9, 14), QTime(18, 0), QTimeZone::utc())); // Unix seconds
        QCOMPARE((*smith)->columns.at(QStringLiteral("credentialing_active_attested_id")), std::optional<QString>(QStringLiteral("161204877312")));

        auto none = repository->findByKey(QStringLiteral("nope' OR '1'='1"));
        QVERIFY(none && !none->has_value());
    }

    void readsByContactAndEmail()
    {
        auto repository = openRepository();
        QVERIFY(repository);
        auto byContact = repository->findByContactId(QStringLiteral("161204877310"));
        QVERIFY(byContact);
        QCOMPARE(byContact->size(), std::size_t(2));
        QCOMPARE(byContact->at(0).id, QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"));
        QVERIFY(repository->findByContactId(QStringLiteral("1.6e11"))->empty());
        QVERIFY(repository->findByContactId(QStringLiteral("99999999999999999999"))->empty());

        auto byEmail = repository->findByEmail(QStringLiteral("  jane.doe@EXAMPLE.com "));
        QVERIFY(byEmail);
        QCOMPARE(byEmail->size(), std::size_t(2));
        QCOMPARE(repository->findByEmail(QStringLiteral("BOB@example.org"))->size(), std::size_t(1));
        QVERIFY(repository->findByEmail(QStringLiteral("%@example.org"))->empty()); // no LIKE wildcards
        QVERIFY(repository->findByEmail(QString())->empty());
    }

    void batchedContactIds()
    {
        exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) "
                            "INSERT INTO therapists (id, email, hubspot_id) SELECT printf('k%05d', i), printf('t%d@x.io', i), 200000000000 + i FROM n"));
        auto repository = openRepository();
        QVERIFY(repository);
        QStringList ids;
        for (int i = 1; i <= 1200; ++i)
            ids << QString::number(200000000000LL + i);
        ids << QStringLiteral("161204877311") << QStringLiteral("not-an-id") << QStringLiteral("200000000001"); // duplicate ignored
        auto rows = repository->findByContactIds(ids);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), std::size_t(1201));
        QCOMPARE(repository->count().value(), qint64(1203));
    }

    void keysetPaging()
    {
        exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25) "
                            "INSERT INTO therapists (id, email, hubspot_id) SELECT printf('k%03d', i), 'x@y.io', 300000000000 + i FROM n"));
        auto repository = openRepository();
        QVERIFY(repository);
        QStringList seen;
        QString after;
        int pages = 0;
        while (true) {
            auto page = repository->page(after, 10);
            QVERIFY(page);
            if (page->empty())
                break;
            ++pages;
            for (const Therapist &t : *page)
                seen << t.id;
            after = page->back().id;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 28);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(seen, sorted);
        QCOMPARE(seen.first(), QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"));
        QVERIFY(!repository->page({}, 0));
    }

    void readColumns()
    {
        auto repository = openRepository();
        QVERIFY(repository);
        auto columns = repository->readColumns(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"),
                                               {QStringLiteral("npi_number"), QStringLiteral("license_state"), QStringLiteral("credentialing_hubspot_id")});
        QVERIFY(columns);
        QCOMPARE(columns->at(QStringLiteral("npi_number")), std::optional<QString>(QStringLiteral("1234567890")));
        QCOMPARE(columns->at(QStringLiteral("credentialing_hubspot_id")), std::optional<QString>(QStringLiteral("9223372036854775807")));
        auto nulls = repository->readColumns(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000002"), {QStringLiteral("npi_number")});
        QCOMPARE(nulls->at(QStringLiteral("npi_number")), std::nullopt);
        auto unknown = repository->readColumns(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"), {QStringLiteral("password_digest")});
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("password_digest")));
        auto missing = repository->readColumns(QStringLiteral("nobody"), {QStringLiteral("npi_number")});
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void updateCommitsAndKeepsTypes()
    {
        auto repository = openRepository();
        QVERIFY(repository);
        const QString key = QStringLiteral("3f2c9a1e-0000-4000-8000-000000000002");
        const auto result = repository->updateColumns(key,
            {{QStringLiteral("credentialing_active_attested_id"), std::nullopt}, {QStringLiteral("credentialing_relocation_id"), std::nullopt}},
            {{QStringLiteral("credentialing_active_attested_id"), QStringLiteral("9223372036854775807")},
             {QStringLiteral("credentialing_hubspot_id"), QStringLiteral("161204877310")},
             {QStringLiteral("credentialing_relocation_id"), QStringLiteral("161204877311")}});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        auto bob = repository->findByKey(key);
        QCOMPARE((*bob)->columns.at(QStringLiteral("credentialing_active_attested_id")), std::optional<QString>(QStringLiteral("9223372036854775807")));
        QCOMPARE((*bob)->columns.at(QStringLiteral("credentialing_hubspot_id")), std::optional<QString>(QStringLiteral("161204877310")));
        // Written as the column's own type: integers stay integers, text stays text.
        QCOMPARE(scalar(QStringLiteral("SELECT typeof(credentialing_active_attested_id) || typeof(credentialing_hubspot_id) || typeof(credentialing_relocation_id) "
                                       "FROM therapists WHERE id = '%1'").arg(key)).toString(), QStringLiteral("integerintegertext"));
        QCOMPARE(scalar(QStringLiteral("SELECT credentialing_active_attested_id = 9223372036854775807 FROM therapists WHERE id = '%1'").arg(key)).toInt(), 1);

        // Clearing a column writes NULL.
        QVERIFY(repository->updateColumns(key, {{QStringLiteral("credentialing_hubspot_id"), QStringLiteral("161204877310")}},
                                          {{QStringLiteral("credentialing_hubspot_id"), std::nullopt}}));
        QCOMPARE(scalar(QStringLiteral("SELECT credentialing_hubspot_id IS NULL FROM therapists WHERE id = '%1'").arg(key)).toInt(), 1);
    }

    void updateRefusesWhenChangedSincePlanned()
    {
        auto repository = openRepository();
        QVERIFY(repository);
        const QString key = QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001");
        const auto result = repository->updateColumns(key,
            {{QStringLiteral("credentialing_active_attested_id"), QStringLiteral("161204877399")}, {QStringLiteral("credentialing_hubspot_id"), std::nullopt}},
            {{QStringLiteral("credentialing_active_attested_id"), QStringLiteral("161204877500")}});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Conflict);
        QCOMPARE(result.error().message, QStringLiteral("changed since planned: credentialing_hubspot_id is now 9223372036854775807 (the plan saw NULL)"));
        QCOMPARE(scalar(QStringLiteral("SELECT credentialing_active_attested_id FROM therapists WHERE id = '%1'").arg(key)).toLongLong(), 161204877399LL);
        // The transaction is gone: the next one starts cleanly and another connection can write.
        exec(QStringLiteral("UPDATE therapists SET npi_number = 'x' WHERE id = '%1'").arg(key));
        QVERIFY(repository->updateColumns(key, {{QStringLiteral("npi_number"), QStringLiteral("x")}}, {{QStringLiteral("npi_number"), QStringLiteral("y")}}));
    }

    void updateRollsBackOnFailure()
    {
        // The UPDATE itself fails halfway (a trigger aborts after the row was written): nothing remains.
        exec(QStringLiteral("CREATE TRIGGER refuse AFTER UPDATE ON therapists WHEN NEW.npi_number = 'boom' "
                            "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"));
        auto repository = openRepository();
        QVERIFY(repository);
        const QString key = QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001");
        auto failed = repository->updateColumns(key, {}, {{QStringLiteral("credentialing_relocation_id"), QStringLiteral("161204877600")},
                                                          {QStringLiteral("npi_number"), QStringLiteral("boom")}});
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, Error::Kind::Database);
        QVERIFY2(failed.error().message.contains(QStringLiteral("refused by trigger")), qPrintable(failed.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT credentialing_relocation_id FROM therapists WHERE id = '%1'").arg(key)).toString(), QStringLiteral("9223372036854775807"));
        QCOMPARE(scalar(QStringLiteral("SELECT npi_number FROM therapists WHERE id = '%1'").arg(key)).toString(), QStringLiteral("1234567890"));
        exec(QStringLiteral("UPDATE therapists SET npi_number = '1' WHERE id = '%1'").arg(key)); // no lock left behind

        auto notNull = repository->updateColumns(key, {}, {{QStringLiteral("license_state"), std::nullopt}});
        QVERIFY(!notNull);
        QCOMPARE(scalar(QStringLiteral("SELECT license_state FROM therapists WHERE id = '%1'").arg(key)).toString(), QStringLiteral("NY"));

        auto notAnInteger = repository->updateColumns(key, {}, {{QStringLiteral("credentialing_hubspot_id"), QStringLiteral("1.6e11")}});
        QCOMPARE(notAnInteger.error().kind, Error::Kind::Validation);
        auto tooBig = repository->updateColumns(key, {}, {{QStringLiteral("credentialing_hubspot_id"), QStringLiteral("9223372036854775808")}});
        QCOMPARE(tooBig.error().kind, Error::Kind::Validation);
        auto keyChange = repository->updateColumns(key, {}, {{QStringLiteral("id"), QStringLiteral("other")}});
        QCOMPARE(keyChange.error().kind, Error::Kind::Validation);
        auto gone = repository->updateColumns(QStringLiteral("nobody"), {}, {{QStringLiteral("npi_number"), QStringLiteral("1")}});
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QVERIFY(repository->updateColumns(key, {{QStringLiteral("npi_number"), QStringLiteral("1")}}, {{QStringLiteral("npi_number"), QStringLiteral("2")}}));
    }

    void refusesOtherThreads()
    {
        auto repository = openRepository();
        QVERIFY(repository);
        std::optional<Error> error;
        QThread *thread = QThread::create([&] {
            auto result = repository->count();
            if (!result)
                error = result.error();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, Error::Kind::Internal);
    }

    void sqliteLock()
    {
        auto repository = openRepository();
        QVERIFY(repository);
        {
            auto first = TherapistLock::acquire(*repository, QStringLiteral("161204877310"), QStringLiteral("credsync alice@desk1"));
            QVERIFY2(first, first ? "" : qPrintable(first.error().message));
            QVERIFY(first->isHeld());
            QCOMPARE(scalar(QStringLiteral("SELECT holder FROM credsync_locks WHERE contact_id = '161204877310'")).toString(), QStringLiteral("credsync alice@desk1"));

            // A second console (its own repository and connection) is told who holds it and since when.
            auto other = openRepository();
            auto second = TherapistLock::acquire(*other, QStringLiteral("161204877310"), QStringLiteral("credsync bob@desk2"));
            QVERIFY(!second);
            QCOMPARE(second.error().kind, Error::Kind::Locked);
            const QString expected = QStringLiteral("held by credsync alice@desk1 since ") + TherapistLock::describeSince(first->since());
            QVERIFY2(second.error().message.contains(expected), qPrintable(second.error().message));
            QVERIFY(second.error().message.endsWith(QStringLiteral(" UTC")));
            // Another therapist is not affected.
            QVERIFY(TherapistLock::acquire(*other, QStringLiteral("161204877311"), QStringLiteral("credsync bob@desk2")));
            // Meanwhile the locked therapist's row can still be read and written by the holder.
            QVERIFY(repository->updateColumns(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"), {}, {{QStringLiteral("npi_number"), QStringLiteral("9")}}));

            QVERIFY(first->release());
            QVERIFY(!first->isHeld());
            auto third = TherapistLock::acquire(*other, QStringLiteral("161204877310"), QStringLiteral("credsync bob@desk2"));
            QVERIFY(third);
            // Released on destruction at the end of this scope.
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM credsync_locks")).toInt(), 0);

        // A console that crashed leaves its row; after the stale timeout the next one takes over.
        exec(QStringLiteral("INSERT INTO credsync_locks (contact_id, holder, since) VALUES ('161204877312', 'credsync crashed@desk3', '2020-01-01T00:00:00Z')"));
        auto blocked = TherapistLock::acquire(*repository, QStringLiteral("161204877312"), {}, LockOptions{1000000000});
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains(QStringLiteral("held by credsync crashed@desk3 since 2020-01-01 00:00:00 UTC")), qPrintable(blocked.error().message));
        auto takeover = TherapistLock::acquire(*repository, QStringLiteral("161204877312"), {}, LockOptions{3600});
        QVERIFY(takeover);
        QVERIFY(takeover->holder().startsWith(QStringLiteral("credsync ")));
        QVERIFY(takeover->holder().contains(QLatin1Char('@')));

        auto invalid = TherapistLock::acquire(*repository, QStringLiteral("99999999999999999999"));
        QCOMPARE(invalid.error().kind, Error::Kind::Validation);
    }

    // Defect 1 of issue 11: a killed console's lock stayed for an hour and named no host or process.
    void sqliteLeases()
    {
        auto repository = openRepository();
        QVERIFY(repository);
        const QString host = platform::localHostName();
        {
            auto held = TherapistLock::acquire(*repository, QStringLiteral("161204877310"), QStringLiteral("ana (credsync fix relabel)"));
            QVERIFY(held);
            QCOMPARE(scalar(QStringLiteral("SELECT host FROM credsync_locks")).toString(), host);
            QCOMPARE(scalar(QStringLiteral("SELECT pid FROM credsync_locks")).toLongLong(), platform::currentProcessId());
            QCOMPARE(scalar(QStringLiteral("SELECT operator FROM credsync_locks")).toString(), QStringLiteral("ana"));
            QVERIFY(held->renew());
            // A live holder on this host within its lease is refused, and the refusal names its process and host.
            auto refused = TherapistLock::acquire(*openRepository(), QStringLiteral("161204877310"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("process %1 on %2").arg(platform::currentProcessId()).arg(host)),
                     qPrintable(refused.error().message));
            const auto listed = LockTable::list(*repository);
            QVERIFY(listed);
            QCOMPARE(listed->size(), size_t(1));
            QCOMPARE(listed->front().state, QStringLiteral("held"));
        }

        // A process that is gone on this host: taken over at once, well inside the lease, and said why.
        QProcess finished;
        finished.start(QStringLiteral("true"));
        QVERIFY(finished.waitForFinished());
        const qint64 deadPid = finished.processId() > 0 ? finished.processId() : 999999999;
        QVERIFY(!platform::processExists(deadPid));
        const QString now = isoUtc(QDateTime::currentDateTimeUtc());
        exec(QStringLiteral("INSERT INTO credsync_locks (contact_id, holder, since, operator, host, pid, renewed) "
                            "VALUES ('161204877313', 'bob (credsync fix relabel)', '%1', 'bob', '%2', %3, '%1')")
                 .arg(now, host).arg(deadPid));
        QCOMPARE(LockTable::list(*repository)->front().state, QStringLiteral("holder gone"));
        auto takeover = TherapistLock::acquire(*repository, QStringLiteral("161204877313"));
        QVERIFY2(takeover, takeover ? "" : qPrintable(takeover.error().message));
        QVERIFY(takeover->takenOver().has_value());
        QCOMPARE(takeover->takenOver()->holder, QStringLiteral("bob (credsync fix relabel)"));
        QVERIFY2(takeover->takenOver()->reason.contains(QStringLiteral("process %1 on %2 is gone").arg(deadPid).arg(host)),
                 qPrintable(takeover->takenOver()->reason));
        QVERIFY(takeover->release());

        // Another host's holder is trusted until its lease lapses (default two minutes without renewal).
        const QString fresh = isoUtc(QDateTime::currentDateTimeUtc());
        exec(QStringLiteral("INSERT INTO credsync_locks (contact_id, holder, since, operator, host, pid, renewed) "
                            "VALUES ('161204877314', 'carla', '%1', 'carla', 'elsewhere.example', 1, '%1')").arg(fresh));
        QVERIFY(!TherapistLock::acquire(*repository, QStringLiteral("161204877314")));
        const QString old = isoUtc(QDateTime::currentDateTimeUtc().addSecs(-121));
        exec(QStringLiteral("UPDATE credsync_locks SET since = '%1', renewed = '%1' WHERE contact_id = '161204877314'").arg(old));
        auto lapsed = TherapistLock::acquire(*repository, QStringLiteral("161204877314"));
        QVERIFY(lapsed);
        QVERIFY(lapsed->takenOver()->reason.contains(QStringLiteral("lease lapsed")));
        // The old holder, were it still running, finds out at its next renewal.
        exec(QStringLiteral("UPDATE credsync_locks SET holder = 'someone else' WHERE contact_id = '161204877314'"));
        const Status renewed = lapsed->renew();
        QVERIFY(!renewed);
        QCOMPARE(renewed.error().kind, Error::Kind::Locked);
        exec(QStringLiteral("UPDATE credsync_locks SET holder = 'carla' WHERE contact_id = '161204877314'"));

        // An operator release removes the row whoever holds it.
        const auto released = LockTable::release(*repository, QStringLiteral("161204877314"));
        QVERIFY(released);
        QCOMPARE(released->holder, QStringLiteral("carla"));
        QVERIFY(!LockTable::release(*repository, QStringLiteral("161204877314")));
        QCOMPARE(LockTable::release(*repository, QStringLiteral("x")).error().kind, Error::Kind::Validation);
    }

    void quotesIdentifiers()
    {
        QCOMPARE(quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(quoteTableName(QStringLiteral("public.therapists")), QStringLiteral("\"public\".\"therapists\""));
    }
};

QTEST_GUILESS_MAIN(TestTherapistRepository)
#include "tst_therapistrepository.moc"
