// The headless commands as a user runs them: the real binary, its exit codes, and the JSON contract.
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

// Each run of the test gets its own data and settings folders: a workspace left by another build (or
// another checkout on the same machine) must not decide what this one sees.
QString privateDataHome()
{
    static QTemporaryDir directory;
    return directory.path();
}

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run credsync(const QStringList &arguments, const QByteArray &timeZone = "UTC", const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QString::fromLatin1(timeZone));
    environment.insert(QStringLiteral("CREDSYNC_DEMO_NOW"), QStringLiteral("2026-11-23T09:30:00Z"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), privateDataHome());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CREDSYNC_BINARY_DIR "/bin/credsync"), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool isUtcTime(const nlohmann::json &value)
{
    if (value.is_null())
        return true;
    if (!value.is_string())
        return false;
    const std::string text = value.get<std::string>();
    return !text.empty() && text.back() == 'Z' && text.find('T') == 10;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QString m_missingIdContact;
    QString m_oldTicketContact;

private Q_SLOTS:
    void initTestCase()
    {
        const Run scan = credsync({QStringLiteral("--demo"), QStringLiteral("scan"), QStringLiteral("--json")});
        QCOMPARE(scan.exitCode, 0);
        const auto document = nlohmann::json::parse(scan.out.toStdString());
        // The newest MISSING_DB_ID is this week's ticket (pull before create); the oldest, the 120-day-old one.
        std::string newest;
        std::string oldest;
        for (const auto &therapist : document.at("therapists")) {
            for (const auto &finding : therapist.at("findings")) {
                if (finding.at("code") != "MISSING_DB_ID")
                    continue;
                const std::string created = therapist.at("therapist").at("created_at").get<std::string>();
                const QString contact = QString::fromStdString(therapist.at("therapist").at("contact_id").get<std::string>());
                if (newest.empty() || created > newest) {
                    newest = created;
                    m_missingIdContact = contact;
                }
                if (oldest.empty() || created < oldest) {
                    oldest = created;
                    m_oldTicketContact = contact;
                }
            }
            QVERIFY(therapist.contains("evidence_windows") && therapist.at("evidence_windows").is_array());
        }
        QVERIFY(!m_missingIdContact.isEmpty());
        QVERIFY(m_oldTicketContact != m_missingIdContact);
    }

    void versionAndHelp()
    {
        const Run version = credsync({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("credsync "));
        for (const QString &command : {QStringLiteral("inspect"), QStringLiteral("scan"), QStringLiteral("doctor"),
                                       QStringLiteral("fix"), QStringLiteral("export"), QStringLiteral("sandbox")}) {
            const Run help = credsync({command, QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, qPrintable(command));
            QVERIFY2(help.out.contains("--profile") || help.out.contains("--world"), qPrintable(command));
        }
    }

    void sandboxHelpNamesTheCommand()
    {
        const Run help = credsync({QStringLiteral("sandbox"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QByteArray usage = help.out.left(help.out.indexOf('\n'));
        QVERIFY2(usage.contains("credsync sandbox [options]"), usage.constData());
        QVERIFY2(!usage.contains(CREDSYNC_BINARY_DIR), usage.constData()); // not the executable's full path
    }

    // Every command's usage line names it as a person types it, never the executable's path.
    void everyHelpNamesItsCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"inspect", "scan", "doctor", "fix", "export", "report", "watch", "case", "lock", "sandbox"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }
    void everyHelpNamesItsCommand()
    {
        QFETCH(QString, command);
        const Run help = credsync({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QByteArray usage = help.out.left(help.out.indexOf('\n'));
        QVERIFY2(usage.contains(QByteArray("credsync " + command.toUtf8() + " [options]")), usage.constData());
        QVERIFY2(!usage.contains(CREDSYNC_BINARY_DIR), usage.constData());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(credsync({QStringLiteral("inspect")}).exitCode, 2);
        QCOMPARE(credsync({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(credsync({QStringLiteral("--demo"), QStringLiteral("scan"), QStringLiteral("--limit"), QStringLiteral("many")}).exitCode, 2);
    }

    void badProfileExitsThreeWithTheReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"hubspot\": {\"base_url\": \"https://api.hubapi.com\"}, \"objects\": [{\"name\": \"Credentialing\", \"type_id\": \"credentialing\"}]}");
        file.close();
        const Run run = credsync({QStringLiteral("inspect"), QStringLiteral("--profile"), path, QStringLiteral("161204877310")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("type_id"), run.err.constData());
        const Run missing = credsync({QStringLiteral("inspect"), QStringLiteral("--profile"), dir.filePath(QStringLiteral("nope.json")),
                                      QStringLiteral("161204877310")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(!missing.err.isEmpty());
    }

    // The inspect --json contract, whatever the machine's time zone.
    void inspectJsonContract()
    {
        const QStringList arguments{QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("--json"),
                                    m_missingIdContact, QStringLiteral("not-a-target@")};
        const Run run = credsync(arguments, "Asia/Tokyo");
        QCOMPARE(run.exitCode, 0);
        const auto document = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(document.at("therapists").size(), size_t(1));
        const auto &entry = document.at("therapists").at(0);
        for (const char *key : {"target", "therapist", "objects", "findings", "logs", "errors", "timeline"})
            QVERIFY2(entry.contains(key), key);
        const auto &therapist = entry.at("therapist");
        for (const char *key : {"id", "name", "email", "contact_id", "columns"})
            QVERIFY2(therapist.contains(key), key);
        QCOMPARE(QString::fromStdString(therapist.at("contact_id").get<std::string>()), m_missingIdContact);
        QVERIFY(therapist.at("columns").is_object());
        QVERIFY(!entry.at("objects").empty());
        for (const auto &object : entry.at("objects")) {
            QVERIFY(object.at("id").is_string());
            QVERIFY(isUtcTime(object.at("created_at")));
            QVERIFY(object.at("labels").is_array());
            QVERIFY(QString::fromStdString(object.at("url").get<std::string>())
                        .endsWith(QStringLiteral("/") + QString::fromStdString(object.at("id").get<std::string>())));
        }
        QStringList codes;
        for (const auto &finding : entry.at("findings")) {
            for (const char *key : {"code", "severity", "summary", "evidence", "fix"})
                QVERIFY2(finding.contains(key), key);
            codes << QString::fromStdString(finding.at("code").get<std::string>());
        }
        QVERIFY(codes.contains(QStringLiteral("MISSING_DB_ID")));
        QVERIFY(codes.contains(QStringLiteral("PULL_BEFORE_CREATE")));
        QVERIFY(!entry.at("logs").empty());
        for (const auto &line : entry.at("logs")) {
            QVERIFY(isUtcTime(line.at("time")));
            QVERIFY(line.contains("line") && line.contains("level") && line.contains("stream"));
        }
        for (const auto &error : entry.at("errors")) {
            for (const char *key : {"title", "count", "first_seen", "last_seen", "url"})
                QVERIFY2(error.contains(key), key);
        }
        for (const auto &event : entry.at("timeline")) {
            QVERIFY(isUtcTime(event.at("time")));
            QVERIFY(event.contains("source") && event.contains("text") && event.contains("url"));
        }
        QCOMPARE(document.at("unresolved").size(), size_t(1));
        QVERIFY(document.at("unresolved").at(0).contains("reason"));

        // Same answer in another zone: times are data, not display.
        const Run utc = credsync(arguments, "UTC");
        const auto other = nlohmann::json::parse(utc.out.toStdString());
        QCOMPARE(other.at("therapists").at(0).at("objects"), entry.at("objects"));
    }

    // A ticket 120 days old: the JSON says which evidence windows retention cut, the text says it in words.
    void oldTicketEvidenceWindows()
    {
        const Run run = credsync({QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("--json"), m_oldTicketContact});
        QCOMPARE(run.exitCode, 0);
        const auto document = nlohmann::json::parse(run.out.toStdString());
        const auto &entry = document.at("therapists").at(0);
        std::set<std::string> sources;
        for (const auto &window : entry.at("evidence_windows")) {
            for (const char *key : {"source", "start", "end", "complete", "note"})
                QVERIFY2(window.contains(key), key);
            sources.insert(window.at("source").get<std::string>());
            QVERIFY(isUtcTime(window.at("start")) && !window.at("start").is_null());
            QVERIFY(isUtcTime(window.at("end")) && !window.at("end").is_null());
            QCOMPARE(window.at("complete").get<bool>(), false);
            QVERIFY(window.at("note").get<std::string>().find("cannot be shown") != std::string::npos);
        }
        QCOMPARE(sources, (std::set<std::string>{"loki", "sentry"}));
        bool missingId = false;
        for (const auto &finding : entry.at("findings"))
            missingId = missingId || finding.at("code") == "MISSING_DB_ID";
        QVERIFY(missingId); // the DB/HubSpot finding stands

        const Run text = credsync({QStringLiteral("--demo"), QStringLiteral("inspect"), m_oldTicketContact});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Loki keeps 30 days (since 2026-10-24)"), text.out.constData());
        QVERIFY2(text.out.contains("Sentry keeps 90 days (since 2026-08-25)"), text.out.constData());

        // A recent ticket's windows are complete.
        const Run recent = credsync({QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("--json"), m_missingIdContact});
        const auto recentDocument = nlohmann::json::parse(recent.out.toStdString());
        const auto &windows = recentDocument.at("therapists").at(0).at("evidence_windows");
        QCOMPARE(windows.size(), size_t(2));
        for (const auto &window : windows)
            QCOMPARE(window.at("complete").get<bool>(), true);
    }

    void ticketFromStdin()
    {
        const QByteArray ticket = "Hola equipo, the therapist https://app.hubspot.com/contacts/24681357/record/0-1/"
            + m_missingIdContact.toLatin1() + "/view/1 still shows the old credentialing.\n";
        const Run run = credsync({QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("-")},
                                 "UTC", ticket);
        QCOMPARE(run.exitCode, 0);
        const auto document = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(document.at("therapists").size(), size_t(1));
    }

    void scanJsonSummaryCountsTherapists()
    {
        const Run run = credsync({QStringLiteral("--demo"), QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("10")});
        QCOMPARE(run.exitCode, 0);
        const auto document = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(document.at("therapists").size(), size_t(10));
        std::map<std::string, int> counted;
        for (const auto &therapist : document.at("therapists")) {
            std::set<std::string> codes;
            for (const auto &finding : therapist.at("findings"))
                codes.insert(finding.at("code").get<std::string>());
            for (const std::string &code : codes)
                ++counted[code];
        }
        QCOMPARE(document.at("summary"), nlohmann::json(counted));
    }

    // Issue 10's contract: a verdict and its depth per therapist, counts per verdict, "healthy" only for
    // the verdict healthy; a scan is ids depth, an inspection with evidence full.
    void verdictsAndCounts()
    {
        const Run run = credsync({QStringLiteral("--demo"), QStringLiteral("scan"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto document = nlohmann::json::parse(run.out.toStdString());
        const auto &counts = document.at("counts");
        std::map<std::string, int> byVerdict;
        for (const auto &therapist : document.at("therapists")) {
            const std::string verdict = therapist.at("verdict").get<std::string>();
            QVERIFY(verdict == "healthy" || verdict == "attention" || verdict == "broken" || verdict == "unknown");
            QCOMPARE(therapist.at("depth"), "ids");
            QCOMPARE(therapist.at("healthy").get<bool>(), verdict == "healthy");
            for (const auto &problem : therapist.at("unavailable"))
                QVERIFY(problem.contains("source") && problem.contains("reason"));
            ++byVerdict[verdict];
        }
        QCOMPARE(counts.at("therapists").get<int>(), int(document.at("therapists").size()));
        for (const char *verdict : {"healthy", "attention", "broken", "unknown"})
            QCOMPARE(counts.at(verdict).get<int>(), byVerdict[verdict]);
        QCOMPARE(counts.at("unknown").get<int>(), 0);
        QVERIFY(counts.at("healthy").get<int>() > 0);

        const Run text = credsync({QStringLiteral("--demo"), QStringLiteral("scan")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("with ids and labels OK"), text.out.constData());
        QVERIFY2(text.out.contains(", 0 unknown."), text.out.constData());

        const Run inspect = credsync({QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("--json"), m_missingIdContact});
        QCOMPARE(inspect.exitCode, 0);
        const auto inspected = nlohmann::json::parse(inspect.out.toStdString()).at("therapists").at(0);
        QCOMPARE(inspected.at("depth"), "full");
        QCOMPARE(inspected.at("verdict"), "broken");
        QCOMPARE(inspected.at("healthy"), false);
    }

    void doctorOnTheDemoPasses()
    {
        const Run run = credsync({QStringLiteral("--demo"), QStringLiteral("doctor")});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY(run.out.contains("token accepted"));
        QVERIFY(run.out.contains("Active Attested"));
        QVERIFY(run.out.contains("organization readable"));
        QVERIFY(run.out.contains("issues readable"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
