// Issue 11 from a terminal: a console killed in the middle of a relabel, signals, and command-line
// inputs that used to crash or pass silently. Runs the real binary against a sandbox child process.
#include <QtTest>

#include "sandboxprocess.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>

using namespace credsync;
using credsync::test::CliRun;
using credsync::test::runCredsync;

namespace {

QProcessEnvironment demoEnvironment(const QString &dataDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CREDSYNC_DEMO_NOW"), QStringLiteral("2026-11-23T09:30:00Z"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataDir);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataDir);
    return environment;
}

bool requestSeen(const test::SandboxProcess &sandbox, const QString &pathEnd)
{
    const nlohmann::json log = sandbox.admin("GET", QStringLiteral("requests"));
    const nlohmann::json entries = log.is_object() ? log.value("requests", nlohmann::json::array()) : log;
    if (!entries.is_array())
        return false;
    for (const auto &entry : entries) {
        if (entry.is_object() && QString::fromStdString(entry.value("path", std::string())).endsWith(pathEnd))
            return true;
    }
    return false;
}

nlohmann::json inspectJson(const test::SandboxProcess &sandbox, const QString &contact)
{
    const CliRun run = runCredsync({QStringLiteral("--profile"), sandbox.profilePath(), QStringLiteral("inspect"), QStringLiteral("--json"),
                                    QStringLiteral("--no-evidence"), contact},
                                   sandbox.environment());
    return nlohmann::json::parse(run.out.toStdString(), nullptr, false);
}

QStringList findingCodes(const nlohmann::json &document)
{
    QStringList codes;
    for (const auto &finding : document.at("therapists").at(0).at("findings"))
        codes << QString::fromStdString(finding.at("code").get<std::string>());
    return codes;
}

} // namespace

class TestCrashSafetyCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

private Q_SLOTS:
    // Defect 1: kill -9 in the middle of a relabel, then the same fix again on the same contact.
    void killedRelabelIsFinishedByTheNextApply()
    {
        test::SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString contact = QStringLiteral("102644552057"); // two objects carry Active Attested
        QVERIFY(findingCodes(inspectJson(sandbox, contact)).contains(QStringLiteral("MULTIPLE_UNIQUE_LABEL")));

        // The second write (batch/create) is held back long enough to kill the console after the first.
        sandbox.admin("POST", QStringLiteral("faults"), {{"method", "POST"}, {"path", "batch/create$"}, {"delayMs", 60000}});
        QProcess apply;
        apply.setProcessEnvironment(sandbox.environment());
        apply.start(QStringLiteral(CREDSYNC_BINARY_DIR "/bin/credsync"),
                    {QStringLiteral("--profile"), sandbox.profilePath(), QStringLiteral("fix"), QStringLiteral("relabel"),
                     QStringLiteral("--apply"), contact});
        QTRY_VERIFY_WITH_TIMEOUT(requestSeen(sandbox, QStringLiteral("batch/create")), 60000);
        ::kill(pid_t(apply.processId()), SIGKILL);
        QVERIFY(apply.waitForFinished(10000));
        sandbox.admin("DELETE", QStringLiteral("faults"));

        // inspect names the interrupted run: who, when, which steps.
        const nlohmann::json inspected = inspectJson(sandbox, contact);
        const auto &interrupted = inspected.at("therapists").at(0).at("interrupted_fixes");
        QCOMPARE(int(interrupted.size()), 1);
        const QString summary = QString::fromStdString(interrupted.at(0).at("summary").get<std::string>());
        QVERIFY2(summary.startsWith(QStringLiteral("interrupted fix of ")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("step 1 done, 2 not done")), qPrintable(summary));
        QCOMPARE(interrupted.at(0).at("steps_done"), nlohmann::json::array({1}));
        const CliRun text = runCredsync({QStringLiteral("--profile"), sandbox.profilePath(), QStringLiteral("inspect"),
                                         QStringLiteral("--no-evidence"), contact}, sandbox.environment());
        QVERIFY2(text.out.contains("interrupted fix of "), text.out.constData());

        // The same command again: the dead holder's lock is taken over, HubSpot is read, the run finished.
        const CliRun again = runCredsync({QStringLiteral("--profile"), sandbox.profilePath(), QStringLiteral("fix"), QStringLiteral("relabel"),
                                          QStringLiteral("--apply"), contact}, sandbox.environment());
        QVERIFY2(again.exitCode == 0, QByteArray(again.out + again.err).constData());
        QVERIFY2(again.out.contains("APPLIED"), again.out.constData());
        const nlohmann::json after = inspectJson(sandbox, contact);
        QVERIFY(!findingCodes(after).contains(QStringLiteral("MULTIPLE_UNIQUE_LABEL")));
        QVERIFY(!findingCodes(after).contains(QStringLiteral("MISSING_UNIQUE_LABEL")));
        QVERIFY(after.at("therapists").at(0).at("interrupted_fixes").empty());

        // The journal tells the story: the killed run, how it ended, and the lock take-over.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
            db.setDatabaseName(sandbox.dir() + QStringLiteral("/xdg/credsync/workspace.sqlite"));
            QVERIFY(db.open());
            QSqlQuery runs(db);
            QVERIFY(runs.exec(QStringLiteral("SELECT id, outcome, message, resumed_by FROM fix_runs ORDER BY id")));
            QVERIFY(runs.next());
            QCOMPARE(runs.value(1).toString(), QStringLiteral("interrupted"));
            QVERIFY2(runs.value(2).toString().contains(QStringLiteral("finished it: applied and verified")), qPrintable(runs.value(2).toString()));
            const qint64 resumedBy = runs.value(3).toLongLong();
            QVERIFY(runs.next());
            QCOMPARE(runs.value(0).toLongLong(), resumedBy);
            QCOMPARE(runs.value(1).toString(), QStringLiteral("applied"));
            QSqlQuery events(db);
            QVERIFY(events.exec(QStringLiteral("SELECT action, detail FROM lock_events")));
            QVERIFY(events.next());
            QCOMPARE(events.value(0).toString(), QStringLiteral("take-over"));
            QVERIFY2(events.value(1).toString().contains(QStringLiteral("is gone")), qPrintable(events.value(1).toString()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("journal"));
        const CliRun locks = runCredsync({QStringLiteral("--profile"), sandbox.profilePath(), QStringLiteral("lock"), QStringLiteral("list")},
                                         sandbox.environment());
        QCOMPARE(locks.exitCode, 0);
        QVERIFY2(locks.out.contains("No therapist is locked"), locks.out.constData());
    }

    // Defect 1 (signals): SIGTERM during an apply stops between steps, undoes, releases, exits 143.
    void sigtermStopsBetweenStepsAndUndoes()
    {
        test::SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString contact = QStringLiteral("180210713769");
        const QStringList before = findingCodes(inspectJson(sandbox, contact));
        sandbox.admin("POST", QStringLiteral("faults"), {{"method", "POST"}, {"path", "labels/archive$"}, {"delayMs", 3000}});
        QProcess apply;
        apply.setProcessEnvironment(sandbox.environment());
        apply.start(QStringLiteral(CREDSYNC_BINARY_DIR "/bin/credsync"),
                    {QStringLiteral("--profile"), sandbox.profilePath(), QStringLiteral("fix"), QStringLiteral("relabel"),
                     QStringLiteral("--apply"), contact});
        QTRY_VERIFY_WITH_TIMEOUT(requestSeen(sandbox, QStringLiteral("labels/archive")), 60000);
        ::kill(pid_t(apply.processId()), SIGTERM);
        QVERIFY(apply.waitForFinished(60000));
        QCOMPARE(apply.exitStatus(), QProcess::NormalExit);
        QCOMPARE(apply.exitCode(), 143);
        const QByteArray out = apply.readAllStandardOutput();
        const QByteArray err = apply.readAllStandardError();
        QVERIFY2(out.contains("stopped by SIGTERM before step 2"), out.constData());
        QVERIFY2(err.contains("stopped by SIGTERM"), err.constData());
        sandbox.admin("DELETE", QStringLiteral("faults"));
        const nlohmann::json after = inspectJson(sandbox, contact);
        QCOMPARE(findingCodes(after), before); // undone: as it was
        QVERIFY(after.at("therapists").at(0).at("interrupted_fixes").empty()); // the run has its outcome
        const CliRun locks = runCredsync({QStringLiteral("--profile"), sandbox.profilePath(), QStringLiteral("lock"), QStringLiteral("list")},
                                         sandbox.environment());
        QVERIFY2(locks.out.contains("No therapist is locked"), locks.out.constData());
    }

    // Defect 3: --log-file naming a directory aborted with exit 134.
    void logFileThatCannotBeOpened()
    {
        const CliRun run = runCredsync({QStringLiteral("--demo"), QStringLiteral("--log-file"), m_data.path(), QStringLiteral("doctor")},
                                       demoEnvironment(m_data.path()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("cannot write the log file") && run.err.contains("directory"), run.err.constData());
    }

    // Defect 5: --log-level loud was accepted silently.
    void unknownLogLevel()
    {
        const CliRun run = runCredsync({QStringLiteral("--demo"), QStringLiteral("--log-level"), QStringLiteral("loud"), QStringLiteral("doctor")},
                                       demoEnvironment(m_data.path()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("unknown --log-level \"loud\""), run.err.constData());
    }

    // Defect 5: `credsync --profile P inspect -- -5` said "no profile".
    void doubleDashEndsOptions()
    {
        const CliRun run = runCredsync({QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("--no-evidence"), QStringLiteral("--"),
                                        QStringLiteral("-5")},
                                       demoEnvironment(m_data.path()));
        QVERIFY2(!run.err.contains("no profile"), run.err.constData());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("-5"), run.err.constData()); // reported as a target that did not resolve
    }

    // Defect 5: `case new X "<text>"` with nothing resolvable saved an empty case and exited 0.
    void emptyCaseIsRefused()
    {
        const QProcessEnvironment environment = demoEnvironment(m_data.path());
        const CliRun run = runCredsync({QStringLiteral("--demo"), QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("EMPTY-1"),
                                        QStringLiteral("hello, nothing to see here")}, environment);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("nothing was saved"), run.err.constData());
        const CliRun list = runCredsync({QStringLiteral("--demo"), QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--all")}, environment);
        QVERIFY2(!list.out.contains("EMPTY-1"), list.out.constData());
    }

    // Defect 3: profile and world files 50,000 levels deep crashed with SIGSEGV.
    void deepFilesAreErrorsNotCrashes()
    {
        const QByteArray deep = QByteArray(50000, '[') + QByteArray(50000, ']');
        QFile profile(m_data.filePath(QStringLiteral("deep-profile.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(deep);
        profile.close();
        const CliRun inspect = runCredsync({QStringLiteral("--profile"), profile.fileName(), QStringLiteral("inspect"), QStringLiteral("1")},
                                           demoEnvironment(m_data.path()));
        QCOMPARE(inspect.exitCode, 3);
        QVERIFY2(inspect.err.contains("nested deeper than 64"), inspect.err.constData());
        QFile world(m_data.filePath(QStringLiteral("deep-world.json")));
        QVERIFY(world.open(QIODevice::WriteOnly));
        world.write("{\"contacts\":" + deep + "}");
        world.close();
        const CliRun sandbox = runCredsync({QStringLiteral("sandbox"), QStringLiteral("--world"), world.fileName(), QStringLiteral("--port"),
                                            QStringLiteral("0")}, demoEnvironment(m_data.path()));
        QCOMPARE(sandbox.exitCode, 1);
        QVERIFY2(sandbox.err.contains("nested deeper than 64"), sandbox.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafetyCli)
#include "tst_crashsafety_cli.moc"
