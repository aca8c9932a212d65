#include <QtTest>

#include "core/db/connection.h"
#include "core/db/databaseurl.h"
#include "core/db/therapistlock.h"
#include "core/db/therapistrepository.h"
#include "core/profile.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace credsync;
using namespace credsync::db;

// The repository against a real PostgreSQL: run through tests/with-postgres.sh, which exports
// CREDSYNC_TEST_PG_URL. Locally without it the test skips; in CI (env CI set) that is a failure.
class TestPostgresRepository : public QObject
{
    Q_OBJECT
private:
    QString m_url;

    Profile profile(const QString &url, const QString &table = QStringLiteral("therapists"), const QString &extra = {}) const
    {
        const QString json = QStringLiteral("{\"hubspot\": {},"
            " \"objects\": [{\"name\": \"Credentialing\", \"type_id\": \"2-31374266\","
            "   \"labels\": {\"Active Attested\": \"credentialing_active_attested_id\", \"Active\": \"credentialing_hubspot_id\","
            "              \"Relocation\": \"credentialing_relocation_id\"}}],"
            " \"database\": {\"url\": \"%1\", \"table\": \"%2\" %3},"
            " \"resync\": {\"properties\": {\"npi_number\": \"npi\"}}}").arg(url, table, extra);
        auto parsed = Profile::fromJson(json.toUtf8());
        if (!parsed)
            qFatal("bad test profile: %s", qPrintable(parsed.error().message));
        return parsed.value();
    }

    std::unique_ptr<TherapistRepository> open(const QString &table = QStringLiteral("therapists"))
    {
        auto repository = TherapistRepository::open(profile(m_url, table), {});
        if (!repository)
            qWarning("%s", qPrintable(repository.error().message));
        return repository ? std::move(repository).value() : nullptr;
    }

    QSqlDatabase fixture() const { return QSqlDatabase::database(QStringLiteral("fixture")); }
    void exec(const QString &sql)
    {
        QSqlQuery query(fixture());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(" in ") + sql));
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(fixture());
        if (!query.exec(sql) || !query.next())
            qWarning("fixture query failed: %s", qPrintable(query.lastError().text()));
        return query.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = qEnvironmentVariable("CREDSYNC_TEST_PG_URL");
        if (m_url.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("CREDSYNC_TEST_PG_URL is not set: run this test through tests/with-postgres.sh");
            QSKIP("CREDSYNC_TEST_PG_URL is not set (run through tests/with-postgres.sh)");
        }
        const auto url = DatabaseUrl::parse(m_url);
        QVERIFY2(url, url ? "" : qPrintable(url.error().message));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fixture"));
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setUserName(url->user);
        db.setDatabaseName(url->database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        exec(QStringLiteral("SET application_name = 'sidekiq CredentialingSyncJob'"));
    }

    void init()
    {
        exec(QStringLiteral("DROP TABLE IF EXISTS therapists, therapists_naive"));
        // NUMERIC(20) stands in for an id column typed as an arbitrary-precision number; INTEGER in
        // PostgreSQL is 32-bit, so it only holds small ids (and a HubSpot id must fail cleanly).
        exec(QStringLiteral("CREATE TABLE therapists (id UUID PRIMARY KEY, first_name TEXT, last_name TEXT, email VARCHAR(200),"
                            " hubspot_id BIGINT, created_at TIMESTAMPTZ, credentialing_active_attested_id BIGINT,"
                            " credentialing_hubspot_id NUMERIC(20), credentialing_relocation_id TEXT, npi_number TEXT, small_id INTEGER)"));
        exec(QStringLiteral("INSERT INTO therapists VALUES"
                            " ('3f2c9a1e-0000-4000-8000-000000000001', 'Jane', 'Doe', 'Jane.Doe@Example.com', 161204877310,"
                            "  '2025-09-14 17:42:51.318204+00', 9223372036854775807, 9223372036854775807, '161204877310', '123', 7),"
                            " ('3f2c9a1e-0000-4000-8000-000000000002', 'Bob', NULL, 'bob@example.org', 161204877311,"
                            "  '2025-09-14 10:00:00+02', NULL, NULL, NULL, NULL, NULL),"
                            " ('3f2c9a1e-0000-4000-8000-000000000003', NULL, 'Smith', 'JANE.DOE@EXAMPLE.COM', 161204877310,"
                            "  NULL, 161204877312, 161204877313, ' 161204877314 ', NULL, NULL)"));
        exec(QStringLiteral("CREATE TABLE therapists_naive (id BIGINT PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, hubspot_id TEXT,"
                            " created_at TIMESTAMP, credentialing_active_attested_id TEXT, credentialing_hubspot_id BIGINT,"
                            " credentialing_relocation_id BIGINT, npi_number TEXT)"));
        exec(QStringLiteral("INSERT INTO therapists_naive (id, email, hubspot_id, created_at, credentialing_hubspot_id)"
                            " VALUES (42, 'n@x.io', '161204877310', '2025-09-14 17:42:51.5', 161204877310)"));
    }

    void reads()
    {
        auto repository = open();
        QVERIFY(repository);
        QCOMPARE(repository->driverName(), QStringLiteral("QPSQL"));
        auto jane = repository->findByKey(QStringLiteral("3F2C9A1E-0000-4000-8000-000000000001"));
        QVERIFY2(jane, jane ? "" : qPrintable(jane.error().message));
        QVERIFY(jane->has_value());
        QCOMPARE((*jane)->id, QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"));
        QCOMPARE((*jane)->name, QStringLiteral("Jane Doe"));
        QCOMPARE((*jane)->contactId, QStringLiteral("161204877310"));
        QCOMPARE((*jane)->createdAt, QDateTime(QDate(2025, 9, 14), QTime(17, 42, 51, 318), QTimeZone::utc()));
        QCOMPARE((*jane)->columns.at(QStringLiteral("credentialing_active_attested_id")), std::optional<QString>(QStringLiteral("9223372036854775807")));
        QCOMPARE((*jane)->columns.at(QStringLiteral("credentialing_hubspot_id")), std::optional<QString>(QStringLiteral("9223372036854775807")));
        QCOMPARE((*jane)->columns.at(QStringLiteral("credentialing_relocation_id")), std::optional<QString>(QStringLiteral("161204877310")));
        auto bob = repository->findByKey(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000002"));
        QCOMPARE((*bob)->createdAt, QDateTime(QDate(2025, 9, 14), QTime(8, 0), QTimeZone::utc()));
        auto smith = repository->findByKey(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000003"));
        QCOMPARE((*smith)->columns.at(QStringLiteral("credentialing_relocation_id")), std::optional<QString>(QStringLiteral("161204877314")));
        QVERIFY(!(*smith)->createdAt.isValid());
        // A key that cannot be a UUID is simply not found, not a database error.
        auto notUuid = repository->findByKey(QStringLiteral("161204877310"));
        QVERIFY(notUuid && !notUuid->has_value());

        QCOMPARE(repository->findByContactId(QStringLiteral("161204877310"))->size(), std::size_t(2));
        QCOMPARE(repository->findByEmail(QStringLiteral("jane.doe@example.com"))->size(), std::size_t(2));
        QVERIFY(repository->findByContactId(QStringLiteral("abc"))->empty());
        QCOMPARE(repository->count().value(), qint64(3));
        auto page = repository->page(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"), 10);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        QCOMPARE(page->size(), std::size_t(2));
        QCOMPARE(repository->readColumns(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"), {QStringLiteral("npi_number"), QStringLiteral("small_id")})
                     ->at(QStringLiteral("small_id")), std::optional<QString>(QStringLiteral("7")));
    }

    void naiveTimestampsAndIntegerKeys()
    {
        auto repository = open(QStringLiteral("therapists_naive"));
        QVERIFY(repository);
        auto row = repository->findByKey(QStringLiteral("42"));
        QVERIFY(row && row->has_value());
        // TIMESTAMP without zone holds UTC (Rails' convention), whatever the client's TZ says.
        QCOMPARE((*row)->createdAt, QDateTime(QDate(2025, 9, 14), QTime(17, 42, 51, 500), QTimeZone::utc()));
        QCOMPARE((*row)->contactId, QStringLiteral("161204877310"));
        QVERIFY(repository->findByKey(QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001"))->has_value() == false);
        QCOMPARE(repository->findByContactIds({QStringLiteral("161204877310"), QStringLiteral("1")})->size(), std::size_t(1));
        QVERIFY(repository->updateColumns(QStringLiteral("42"), {{QStringLiteral("credentialing_hubspot_id"), QStringLiteral("161204877310")}},
                                          {{QStringLiteral("credentialing_active_attested_id"), QStringLiteral("9223372036854775807")},
                                           {QStringLiteral("credentialing_relocation_id"), QStringLiteral("9223372036854775807")}}));
        QCOMPARE(scalar(QStringLiteral("SELECT credentialing_relocation_id::text || '/' || credentialing_active_attested_id FROM therapists_naive")).toString(),
                 QStringLiteral("9223372036854775807/9223372036854775807"));
    }

    void schemaErrors()
    {
        auto missingTable = TherapistRepository::open(profile(m_url, QStringLiteral("therapist")), {});
        QVERIFY(!missingTable);
        QVERIFY2(missingTable.error().message.contains(QStringLiteral("table therapist not found")), qPrintable(missingTable.error().message));
        auto missingColumn = TherapistRepository::open(profile(m_url, QStringLiteral("therapists"), QStringLiteral(", \"created_column\": \"inserted_at\"")), {});
        QVERIFY(!missingColumn);
        QVERIFY2(missingColumn.error().message.contains(QStringLiteral("has no column inserted_at")), qPrintable(missingColumn.error().message));
        auto qualified = TherapistRepository::open(profile(m_url, QStringLiteral("public.therapists")), {});
        QVERIFY2(qualified, qualified ? "" : qPrintable(qualified.error().message));
    }

    void connectionErrors()
    {
        // Nothing listens on port 1: a quick, clear Database error.
        QElapsedTimer timer;
        timer.start();
        auto dead = TherapistRepository::open(profile(QStringLiteral("postgresql://credsync_test@127.0.0.1:1/credsync_test")), QStringLiteral("dead-server-secret"));
        QVERIFY(!dead);
        QCOMPARE(dead.error().kind, Error::Kind::Database);
        QVERIFY2(dead.error().message.contains(QStringLiteral("cannot connect to postgresql://credsync_test@127.0.0.1:1/credsync_test")), qPrintable(dead.error().message));
        QVERIFY(!dead.error().message.contains(QStringLiteral("dead-server-secret")));
        QVERIFY(timer.elapsed() < 15000);

        const QString passwordUrl = qEnvironmentVariable("CREDSYNC_TEST_PG_PASSWORD_URL");
        if (passwordUrl.isEmpty())
            QSKIP("CREDSYNC_TEST_PG_PASSWORD_URL not set: the wrong-password case needs tests/with-postgres.sh");
        auto wrong = TherapistRepository::open(profile(passwordUrl), QStringLiteral("wrong-password-value"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, Error::Kind::Database);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("password authentication failed")), qPrintable(wrong.error().message));
        QVERIFY(!wrong.error().message.contains(QStringLiteral("wrong-password-value")));
        auto right = TherapistRepository::open(profile(passwordUrl), qEnvironmentVariable("CREDSYNC_TEST_PG_PASSWORD"));
        QVERIFY2(right, right ? "" : qPrintable(right.error().message));
    }

    void updateCommitsConflictsAndRollsBack()
    {
        auto repository = open();
        QVERIFY(repository);
        const QString bob = QStringLiteral("3f2c9a1e-0000-4000-8000-000000000002");
        QVERIFY(repository->updateColumns(bob, {{QStringLiteral("credentialing_active_attested_id"), std::nullopt}},
                                          {{QStringLiteral("credentialing_active_attested_id"), QStringLiteral("161204877310")},
                                           {QStringLiteral("credentialing_hubspot_id"), QStringLiteral("9223372036854775807")},
                                           {QStringLiteral("credentialing_relocation_id"), QStringLiteral("161204877311")}}));
        QCOMPARE(scalar(QStringLiteral("SELECT credentialing_hubspot_id::text FROM therapists WHERE id = '%1'").arg(bob)).toString(), QStringLiteral("9223372036854775807"));

        auto conflict = repository->updateColumns(bob, {{QStringLiteral("credentialing_active_attested_id"), std::nullopt}},
                                                  {{QStringLiteral("credentialing_active_attested_id"), QStringLiteral("1")}});
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QCOMPARE(conflict.error().message, QStringLiteral("changed since planned: credentialing_active_attested_id is now 161204877310 (the plan saw NULL)"));

        // small_id is a 32-bit INTEGER: the statement fails inside the transaction, nothing is kept,
        // and the connection is usable afterwards (no "current transaction is aborted").
        auto failed = repository->updateColumns(bob, {}, {{QStringLiteral("npi_number"), QStringLiteral("changed")},
                                                          {QStringLiteral("small_id"), QStringLiteral("161204877310")}});
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, Error::Kind::Database);
        QVERIFY2(failed.error().message.contains(QStringLiteral("out of range")), qPrintable(failed.error().message));
        QVERIFY(scalar(QStringLiteral("SELECT npi_number IS NULL FROM therapists WHERE id = '%1'").arg(bob)).toBool());
        QCOMPARE(repository->count().value(), qint64(3));
        QVERIFY(repository->updateColumns(bob, {{QStringLiteral("npi_number"), std::nullopt}}, {{QStringLiteral("npi_number"), QStringLiteral("ok")}}));
    }

    void concurrentWriterIsNeverOverwritten()
    {
        // FOR UPDATE: a concurrent writer's change is seen by the re-read, never overwritten blindly.
        auto repository = open();
        QVERIFY(repository);
        const QString jane = QStringLiteral("3f2c9a1e-0000-4000-8000-000000000001");
        exec(QStringLiteral("BEGIN"));
        exec(QStringLiteral("UPDATE therapists SET credentialing_relocation_id = '999999' WHERE id = '%1'").arg(jane));
        // A short lock timeout proves the re-read waits on the row lock instead of reading past it.
        QSqlQuery timeout(repository->connection().database());
        QVERIFY(timeout.exec(QStringLiteral("SET lock_timeout = '200ms'")));
        auto blocked = repository->updateColumns(jane, {{QStringLiteral("credentialing_relocation_id"), QStringLiteral("161204877310")}},
                                                 {{QStringLiteral("credentialing_relocation_id"), QStringLiteral("1")}});
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains(QStringLiteral("lock timeout")), qPrintable(blocked.error().message));
        exec(QStringLiteral("COMMIT"));
        auto conflict = repository->updateColumns(jane, {{QStringLiteral("credentialing_relocation_id"), QStringLiteral("161204877310")}},
                                                  {{QStringLiteral("credentialing_relocation_id"), QStringLiteral("1")}});
        QVERIFY(!conflict);
        QVERIFY2(conflict.error().kind == Error::Kind::Conflict, qPrintable(conflict.error().message));
    }

    void advisoryLock()
    {
        auto repository = open();
        QVERIFY(repository);
        auto other = open();
        QVERIFY(other);
        {
            auto first = TherapistLock::acquire(*repository, QStringLiteral("161204877310"));
            QVERIFY2(first, first ? "" : qPrintable(first.error().message));
            QVERIFY(first->holder().startsWith(QStringLiteral("credsync ")));
            // Visible in pg_locks under the documented key, and a worker's own try fails.
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                                           " AND classid::bigint = (161204877310 >> 32) AND objid::bigint = (161204877310 & 4294967295) AND objsubid = 1")).toInt(), 1);
            QCOMPARE(scalar(QStringLiteral("SELECT pg_try_advisory_lock(161204877310)")).toBool(), false);

            auto second = TherapistLock::acquire(*other, QStringLiteral("161204877310"), QStringLiteral("credsync bob@desk2"));
            QVERIFY(!second);
            QCOMPARE(second.error().kind, Error::Kind::Locked);
            QVERIFY2(second.error().message.contains(QStringLiteral("held by ") + first->holder() + QStringLiteral(" since ")), qPrintable(second.error().message));
            QVERIFY(second.error().message.endsWith(QStringLiteral(" UTC")));
            QVERIFY(TherapistLock::acquire(*other, QStringLiteral("161204877311")));
        }
        // Released on destruction: a worker can take it now, and then the console is refused with the worker named.
        QCOMPARE(scalar(QStringLiteral("SELECT pg_try_advisory_lock(161204877310)")).toBool(), true);
        auto refused = TherapistLock::acquire(*repository, QStringLiteral("161204877310"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("held by sidekiq CredentialingSyncJob since")), qPrintable(refused.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT pg_advisory_unlock(161204877310)")).toBool(), true);

        auto lock = TherapistLock::acquire(*repository, QStringLiteral("9223372036854775807"));
        QVERIFY(lock);
        QVERIFY(lock->release());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'")).toInt(), 0);
        QVERIFY(!TherapistLock::acquire(*repository, QStringLiteral("not-a-contact")));
    }

    void cleanupTestCase()
    {
        if (QSqlDatabase::contains(QStringLiteral("fixture"))) {
            {
                QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fixture"), false);
                if (db.isOpen()) {
                    QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS therapists, therapists_naive"));
                    db.close();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresRepository)
#include "tst_postgres_repository.moc"
