// Cases in a team's shared PostgreSQL workspace: the same store, its own schema, migrations applied
// there. Runs through tests/with-postgres.sh (CREDSYNC_TEST_PG_URL); skipped elsewhere, failed in CI.
#include <QtTest>

#include "core/cases/casestore.h"
#include "core/cases/reportcodec.h"

#include "exportfixture.h"

#include <QSqlQuery>

using namespace credsync;
using namespace credsync::cases;

class TestCasesPostgres : public QObject
{
    Q_OBJECT
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        const QString base = qEnvironmentVariable("CREDSYNC_TEST_PG_URL");
        if (base.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("CREDSYNC_TEST_PG_URL is not set: run this test through tests/with-postgres.sh");
            QSKIP("CREDSYNC_TEST_PG_URL is not set (run through tests/with-postgres.sh)");
        }
        // A schema of its own per run: the cluster is shared with the other PostgreSQL tests.
        m_url = base + (base.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
            + QStringLiteral("schema=cases_%1").arg(QCoreApplication::applicationPid());
    }

    void storeRoundTrip()
    {
        CaseStore::registerMigrations();
        const std::vector<TherapistReport> reports = test::exportReports();
        {
            auto workspace = workspace::Workspace::open(m_url);
            QVERIFY2(workspace.ok(), workspace.ok() ? "" : qPrintable(workspace.error().message));
            QVERIFY((*workspace)->isPostgres());
            QVERIFY((*workspace)->schemaVersion() >= 200);
            CaseStore store(**workspace);
            Result<Case> created = store.create(QStringLiteral("SUP-4411"), QStringLiteral("ticket"), {}, reports, QStringLiteral("acme-prod"));
            QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
            QVERIFY(created->id > 0);
            QVERIFY(!store.create(QStringLiteral("SUP-4411"), {}, {}, {}, {}).ok());
            QVERIFY(store.create(QStringLiteral("second"), {}, {}, {reports[1]}, {}).ok());
        }
        auto workspace = workspace::Workspace::open(m_url); // reopened: migrations are not applied twice
        QVERIFY(workspace.ok());
        CaseStore store(**workspace);
        Result<Case> loaded = store.load(QStringLiteral("SUP-4411"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->members.size(), reports.size());
        for (size_t i = 0; i < reports.size(); ++i)
            QCOMPARE(encodeReport(loaded->members[i].evidence), encodeReport(reports[i]));
        QVERIFY(store.rename(QStringLiteral("SUP-4411"), QStringLiteral("SUP-4411 ids")).ok());
        QVERIFY(store.close(QStringLiteral("SUP-4411 ids")).ok());
        QCOMPARE(store.list(false)->size(), size_t(1));
        QVERIFY(store.remove(QStringLiteral("second")).ok());
        QCOMPARE(store.list(true)->size(), size_t(1));
        QCOMPARE(*store.addMembers(QStringLiteral("SUP-4411 ids"), {reports[1]}), 0); // already a member: nothing added
    }

    void cleanupTestCase()
    {
        if (m_url.isEmpty())
            return;
        auto workspace = workspace::Workspace::open(m_url);
        if (workspace) {
            QSqlQuery drop((*workspace)->database());
            drop.exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg((*workspace)->schema()));
        }
    }
};

QTEST_MAIN(TestCasesPostgres)
#include "tst_cases_postgres.moc"
