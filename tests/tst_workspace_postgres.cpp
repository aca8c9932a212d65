// Issue 11, defect 4: the PostgreSQL workspace. Four consoles opening a new schema at once must all
// succeed (migrations under a transaction-scoped advisory lock), and workspace.url's ?schema= works as
// the README says. Runs through tests/with-postgres.sh (CREDSYNC_TEST_PG_URL); skipped elsewhere.
#include <QtTest>

#include "core/cases/casestore.h"
#include "core/fixes/auditstore.h"
#include "core/workspace/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace credsync;

class TestWorkspacePostgres : public QObject
{
    Q_OBJECT
    QString m_base;
    QTemporaryDir m_dir;

    QString urlWithSchema(const QString &schema) const
    {
        return m_base + (m_base.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) + QStringLiteral("schema=") + schema;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = qEnvironmentVariable("CREDSYNC_TEST_PG_URL");
        if (m_base.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("CREDSYNC_TEST_PG_URL is not set: run this test through tests/with-postgres.sh");
            QSKIP("CREDSYNC_TEST_PG_URL is not set (run through tests/with-postgres.sh)");
        }
    }

    void schemaOptionPlacesTheTables()
    {
        fixes::AuditStore::registerMigrations();
        cases::CaseStore::registerMigrations();
        const QString schema = QStringLiteral("ws_schema_%1").arg(QCoreApplication::applicationPid());
        auto workspace = workspace::Workspace::open(urlWithSchema(schema));
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
        QCOMPARE((*workspace)->schema(), schema);
        QSqlQuery query((*workspace)->database());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name IN "
                                     "('fix_runs', 'fix_steps', 'lock_events', 'schema_migrations')"));
        query.addBindValue(schema);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        QVERIFY(!workspace::Workspace::open(urlWithSchema(QStringLiteral("bad;name"))));
    }

    void concurrentFirstUseOfANewSchema()
    {
        const QString schema = QStringLiteral("ws_race_%1").arg(QCoreApplication::applicationPid());
        QFile profile(m_dir.filePath(QStringLiteral("profile.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        const nlohmann::json document{
            {"name", "race"},
            {"hubspot", {{"base_url", "http://127.0.0.1:9"}, {"portal_id", "1"}, {"token_env", "CREDSYNC_TST_UNUSED_TOKEN"}}},
            {"objects", {{{"name", "Credentialing"}, {"type_id", "2-1"}, {"labels", {{"Active Attested", "credentialing_active_attested_id"}}}}}},
            {"database", {{"url", "sqlite://" + m_dir.filePath(QStringLiteral("therapists.sqlite")).toStdString()},
                          {"table", "therapists"}, {"key_column", "id"}, {"contact_column", "hubspot_id"}}},
            {"workspace", {{"url", urlWithSchema(schema).toStdString()}}}};
        profile.write(QByteArray::fromStdString(document.dump()));
        profile.close();

        std::vector<std::unique_ptr<QProcess>> consoles;
        for (int i = 0; i < 4; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(CREDSYNC_BINARY_DIR "/bin/credsync"),
                           {QStringLiteral("--profile"), profile.fileName(), QStringLiteral("case"), QStringLiteral("list")});
            consoles.push_back(std::move(process));
        }
        for (auto &process : consoles) {
            QVERIFY(process->waitForFinished(60000));
            const QByteArray output = process->readAllStandardOutput() + process->readAllStandardError();
            QVERIFY2(process->exitCode() == 0, output.constData());
            QVERIFY2(output.contains("No cases."), output.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePostgres)
#include "tst_workspace_postgres.moc"
