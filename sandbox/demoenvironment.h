#pragma once
// What `credsync --demo` starts: a world (generated or from a file), its therapists table as SQLite,
// and the sandbox server on 127.0.0.1, plus a CredSync profile pointing at them.
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace credsync::sandbox {

class SandboxServer;

struct DemoOptions
{
    QDateTime now;      // invalid = current UTC
    quint16 port = 0;   // 0 = ephemeral
    QString dataDir;    // where demo.sqlite goes; empty = a QTemporaryDir owned by the environment
    QString worldFile;  // empty = the generated demo world
    QString databaseFile; // optional exact SQLite path (`credsync sandbox --db`); overrides dataDir
    int generate = -1;  // >= 0: a generated large world of this many therapists instead of worldFile
    quint64 seed = 1;   // the large world's seed
};

class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Generates or loads the world, writes the SQLite file, listens on 127.0.0.1.
    bool start(const DemoOptions &options, QString *error);

    quint16 port() const;
    QString databasePath() const { return m_databasePath; }
    // A CredSync profile (the contract keys) pointing at http://127.0.0.1:<port> and sqlite:///<databasePath>.
    QByteArray profileJson() const;
    // Sets CREDSYNC_DEMO_HUBSPOT_TOKEN / CREDSYNC_DEMO_SENTRY_TOKEN; the tokens are never printed.
    void exportSecretsToEnvironment() const;
    SandboxServer *server() const { return m_server.get(); }

    static constexpr const char *kHubSpotTokenEnv = "CREDSYNC_DEMO_HUBSPOT_TOKEN";
    static constexpr const char *kSentryTokenEnv = "CREDSYNC_DEMO_SENTRY_TOKEN";

private:
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    std::unique_ptr<SandboxServer> m_server;
    QString m_databasePath;
};

// `credsync sandbox --world FILE [--port N] [--db FILE] [--write-demo-world FILE]`: serves until
// SIGINT/SIGTERM. `args` may start with the program name and/or "sandbox"; both are skipped.
int runSandboxCommand(const QStringList &args);

} // namespace credsync::sandbox
