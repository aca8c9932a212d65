#pragma once
// A `credsync sandbox` child process for tests that kill consoles: it outlives them. Starts on a free
// port with its own SQLite therapists database and profile; admin calls go to /__sandbox/.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

namespace credsync::test {

class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();

    bool start(QString *error);
    int port() const { return m_port; }
    QString profilePath() const;
    QString dir() const { return m_dir.path(); }
    // The environment a console needs: the sandbox's tokens, a private XDG data dir, a pinned clock.
    QProcessEnvironment environment() const;

    // A blocking admin call; null on failure.
    nlohmann::json admin(const QByteArray &method, const QString &path, const nlohmann::json &body = {}) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QProcessEnvironment m_environment;
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs build/.../bin/credsync to the end (2 minutes at most).
CliRun runCredsync(const QStringList &arguments, const QProcessEnvironment &environment);

} // namespace credsync::test
