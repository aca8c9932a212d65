#include <QtTest>

#include "core/logging.h"
#include "core/secrets.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>

using namespace credsync;

// Run with DBUS_SESSION_BUS_ADDRESS unset (the tests unset it themselves): no keyring must mean a clear
// error within the bounded wait, never a hang.
class TestSecrets : public QObject
{
    Q_OBJECT
private:
    static void noBus()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
    }

    QByteArray m_realBus;

private Q_SLOTS:
    void initTestCase() { m_realBus = qgetenv("DBUS_SESSION_BUS_ADDRESS"); }

    void init()
    {
        qunsetenv("CREDSYNC_TEST_HUBSPOT_TOKEN");
        noBus();
    }

    void environmentFirst()
    {
        qputenv("CREDSYNC_TEST_HUBSPOT_TOKEN", "pat-na1-0f4e-test-secret");
        const auto secret = readSecret(QStringLiteral("CREDSYNC_TEST_HUBSPOT_TOKEN"), QStringLiteral("hubspot-token"));
        QVERIFY2(secret, secret ? "" : qPrintable(secret.error().message));
        QCOMPARE(secret.value(), QStringLiteral("pat-na1-0f4e-test-secret"));
        // Registered: no log line can carry it any more.
        const QString redacted = logging::redact(QStringLiteral("retrying with pat-na1-0f4e-test-secret now"));
        QVERIFY(!redacted.contains(QStringLiteral("pat-na1-0f4e-test-secret")));
        QVERIFY(redacted.contains(QStringLiteral("***")));
    }

    void missingNamesTheVariableWithoutHanging()
    {
        QElapsedTimer timer;
        timer.start();
        const auto secret = readSecret(QStringLiteral("CREDSYNC_TEST_HUBSPOT_TOKEN"), QStringLiteral("hubspot-token"));
        QVERIFY(!secret);
        QCOMPARE(secret.error().kind, Error::Kind::Config);
        QVERIFY2(secret.error().message.startsWith(QStringLiteral(
                     "HubSpot token not found: set CREDSYNC_TEST_HUBSPOT_TOKEN or store it in the keyring (service credsync, key hubspot-token)")),
                 qPrintable(secret.error().message));
        QVERIFY2(secret.error().message.contains(QStringLiteral("no D-Bus session bus")), qPrintable(secret.error().message));
        QVERIFY(timer.elapsed() < 1000);

        qputenv("CREDSYNC_TEST_HUBSPOT_TOKEN", ""); // set but empty is as good as missing
        QVERIFY(!readSecret(QStringLiteral("CREDSYNC_TEST_HUBSPOT_TOKEN"), QStringLiteral("hubspot-token")));
    }

    void deadBusSocket()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/credsync/bus");
        QElapsedTimer timer;
        timer.start();
        const auto secret = readSecret(QStringLiteral("CREDSYNC_DB_PASSWORD_FOR_TEST"), QStringLiteral("db-password"));
        QVERIFY(!secret);
        QVERIFY2(secret.error().message.startsWith(QStringLiteral("database password not found: set CREDSYNC_DB_PASSWORD_FOR_TEST")), qPrintable(secret.error().message));
        QVERIFY(timer.elapsed() < 1000);
    }

    void storeWithoutKeyring()
    {
        const Status stored = storeSecret(QStringLiteral("hubspot-token"), QStringLiteral("pat-na1-store-test"));
        QVERIFY(!stored);
        QCOMPARE(stored.error().kind, Error::Kind::Config);
        QVERIFY2(stored.error().message.contains(QStringLiteral("cannot store the secret in the keyring (service credsync, key hubspot-token)")),
                 qPrintable(stored.error().message));
        QVERIFY(stored.error().message.contains(QStringLiteral("set the environment variable instead")));
        QVERIFY(!stored.error().message.contains(QStringLiteral("pat-na1-store-test")));
        QVERIFY(!storeSecret(QStringLiteral("hubspot-token"), QString()));
    }

    void asynchronous()
    {
        qputenv("CREDSYNC_TEST_HUBSPOT_TOKEN", "pat-na1-async");
        std::optional<Result<QString>> got;
        readSecretAsync(QStringLiteral("CREDSYNC_TEST_HUBSPOT_TOKEN"), QStringLiteral("hubspot-token"), this,
                        [&](const Result<QString> &result) { got = result; });
        QVERIFY(!got.has_value()); // never re-entrant into the caller
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->value(), QStringLiteral("pat-na1-async"));

        qunsetenv("CREDSYNC_TEST_HUBSPOT_TOKEN");
        got.reset();
        readSecretAsync(QStringLiteral("CREDSYNC_TEST_HUBSPOT_TOKEN"), QStringLiteral("hubspot-token"), this,
                        [&](const Result<QString> &result) { got = result; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QVERIFY(got->error().message.contains(QStringLiteral("CREDSYNC_TEST_HUBSPOT_TOKEN")));
    }

    void describesSecrets_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("description");
        QTest::newRow("hubspot") << QStringLiteral("CREDSYNC_HUBSPOT_TOKEN") << QStringLiteral("HubSpot token");
        QTest::newRow("db") << QStringLiteral("CREDSYNC_DB_PASSWORD") << QStringLiteral("database password");
        QTest::newRow("sentry") << QStringLiteral("CREDSYNC_SENTRY_TOKEN") << QStringLiteral("Sentry token");
        QTest::newRow("loki") << QStringLiteral("CREDSYNC_LOKI_PASSWORD") << QStringLiteral("Loki password");
        QTest::newRow("other") << QStringLiteral("MY_VAR") << QStringLiteral("Secret MY_VAR");
    }
    void describesSecrets()
    {
        QFETCH(QString, env);
        QFETCH(QString, description);
        QCOMPARE(describeSecret(env), description);
    }

    // Under dbus-run-session (a real bus, maybe with an activatable keyring): bounded, never a hang.
    void realSessionBusIsBounded()
    {
        if (m_realBus.isEmpty())
            QSKIP("no session bus in the environment (try: dbus-run-session -- tst_secrets)");
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_realBus);
        QElapsedTimer timer;
        timer.start();
        const auto secret = readSecret(QStringLiteral("CREDSYNC_TEST_HUBSPOT_TOKEN"), QStringLiteral("credsync-test-entry-that-does-not-exist"));
        QVERIFY(!secret);
        qInfo("keyring said: %s (%lld ms)", qPrintable(secret.error().message), timer.elapsed());
        QVERIFY(timer.elapsed() < 4000);
    }

    // Last: a session bus that accepts the connection and never says a word. The read must give up
    // within the bounded wait instead of hanging the console.
    void silentBusIsBounded()
    {
        QTemporaryDir dir;
        QLocalServer server;
        const QString path = dir.filePath(QStringLiteral("bus"));
        QVERIFY(server.listen(path));
        std::vector<QLocalSocket *> clients;
        connect(&server, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *socket = server.nextPendingConnection())
                clients.push_back(socket);
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", (QStringLiteral("unix:path=") + path).toLocal8Bit());
        QElapsedTimer timer;
        timer.start();
        const auto secret = readSecret(QStringLiteral("CREDSYNC_TEST_HUBSPOT_TOKEN"), QStringLiteral("hubspot-token"));
        QVERIFY(!secret);
        QVERIFY2(secret.error().message.startsWith(QStringLiteral("HubSpot token not found")), qPrintable(secret.error().message));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
