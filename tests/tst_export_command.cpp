// `credsync export` and `credsync case` end to end on the demo world (sandbox over loopback): the
// demo's missing-id ticket written up in one command, saved as a case, reopened as was → now.
#include <QtTest>

#include "app/casecommand.h"
#include "app/commandcontext.h"
#include "app/commands.h"
#include "core/export/redactor.h"
#include "sandbox/demoenvironment.h"

#include <QTemporaryDir>

using namespace credsync;

namespace {

int run(int (*command)(const QStringList &), QStringList arguments)
{
    arguments.prepend(QStringLiteral("credsync command"));
    arguments << QStringLiteral("--demo");
    return command(arguments);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_ticket; // the demo world's PULL_BEFORE_CREATE contacts: "this week's ticket"

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        // The workspace (cases) goes to a fresh data dir, never the developer's own.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        const QString world = path("world.json");
        QCOMPARE(sandbox::runSandboxCommand({QStringLiteral("sandbox"), QStringLiteral("--write-demo-world"), world}), 0);
        const nlohmann::json json = nlohmann::json::parse(readFile(world).toStdString());
        for (const nlohmann::json &scenario : json.at("scenarios"))
            if (scenario.value("scenario", "") == "PULL_BEFORE_CREATE")
                m_ticket << QString::fromStdString(scenario.at("contactId").get<std::string>());
        QVERIFY2(m_ticket.size() >= 2, "the demo world has no missing-id ticket");
    }

    void markdownOfTheMissingIdTicket()
    {
        const QString out = path("ticket.md");
        QStringList args{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--tz"), QStringLiteral("Europe/Madrid"),
                         QStringLiteral("-o"), out};
        QCOMPARE(run(&app::runExportCommand, args + m_ticket), int(app::ExitOk));
        const QString md = QString::fromUtf8(readFile(out));
        QVERIFY(md.startsWith(QStringLiteral("# Therapist write-up: %1 therapists").arg(m_ticket.size())));
        for (const QString &contact : m_ticket) {
            QVERIFY2(md.contains(QStringLiteral("Did not found Associated Custom Objects for Hubspot ID: ") + contact), qPrintable(contact));
            QVERIFY(md.contains(QStringLiteral("/record/0-1/") + contact + QLatin1Char(')')));
        }
        QCOMPARE(md.count(QStringLiteral("(`PULL_BEFORE_CREATE`, ")), m_ticket.size());
        QCOMPARE(md.count(QStringLiteral("# Active Attested: MISSING: HubSpot has ")) + md.count(QStringLiteral("Credentialing / Active Attested: MISSING")),
                 m_ticket.size());
        QVERIFY(md.contains(QStringLiteral("Europe/Madrid")));
        QVERIFY(md.contains(QStringLiteral("s later: the pull ran too early.")));
        QVERIFY(md.contains(QStringLiteral("- **Profile:** `demo`")));
        QVERIFY(!md.contains(QStringLiteral("token")));
    }

    void spanishRedacted()
    {
        const QString out = path("ticket.es.md");
        QCOMPARE(run(&app::runExportCommand, QStringList{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--lang"),
                                                          QStringLiteral("es"), QStringLiteral("--redact"), QStringLiteral("-o"), out}
                                                  + m_ticket),
                 int(app::ExitOk));
        const QString md = QString::fromUtf8(readFile(out));
        QVERIFY(md.contains(QStringLiteral("## Resumen")));
        QVERIFY(md.contains(QStringLiteral("Terapeuta 1")));
        QVERIFY(!exporting::Redactor::emailPattern().match(md).hasMatch());
        QVERIFY(md.contains(m_ticket.first()));
    }

    void pdfAndUsageErrors()
    {
        const QString pdf = path("ticket.pdf");
        QCOMPARE(run(&app::runExportCommand, QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf} + m_ticket),
                 int(app::ExitOk));
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        QCOMPARE(run(&app::runExportCommand, QStringList{QStringLiteral("--format"), QStringLiteral("pdf")} + m_ticket), int(app::ExitUsage));
        QCOMPARE(run(&app::runExportCommand, QStringList{QStringLiteral("--format"), QStringLiteral("docx")} + m_ticket), int(app::ExitUsage));
        QCOMPARE(run(&app::runExportCommand, {QStringLiteral("--format"), QStringLiteral("md")}), int(app::ExitUsage));
        QCOMPARE(run(&app::runExportCommand, m_ticket), int(app::ExitUsage));
        QCOMPARE(run(&app::runExportCommand, {QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--case"), QStringLiteral("no such case")}),
                 int(app::ExitUsage));
    }

    void saveCaseThenExportItAgain()
    {
        QCOMPARE(run(&app::runExportCommand, QStringList{QStringLiteral("--save-case"), QStringLiteral("SUP-4411"), QStringLiteral("--ticket"),
                                                          QStringLiteral("https://tracker.example/SUP-4411")}
                                                  + m_ticket),
                 int(app::ExitOk));
        const QString json = path("case.json");
        QCOMPARE(run(&app::runExportCommand, {QStringLiteral("--case"), QStringLiteral("SUP-4411"), QStringLiteral("--format"),
                                               QStringLiteral("json"), QStringLiteral("-o"), json}),
                 int(app::ExitOk));
        const nlohmann::json document = nlohmann::json::parse(readFile(json).toStdString());
        QCOMPARE(document["case"]["name"].get<std::string>(), std::string("SUP-4411"));
        QCOMPARE(document["case"]["ticket"].get<std::string>(), std::string("https://tracker.example/SUP-4411"));
        QCOMPARE(document["therapists"].size(), size_t(m_ticket.size()));
        for (const nlohmann::json &entry : document["therapists"]) {
            QVERIFY(entry.contains("previous"));                 // the stored evidence, beside…
            QCOMPARE(entry["changes"].size(), size_t(0));         // …a fresh inspection that found the same
            QVERIFY(entry["previous"]["logs"].size() > 0);
        }
        const QString csv = path("case.csv");
        QCOMPARE(run(&app::runExportCommand, {QStringLiteral("--case"), QStringLiteral("SUP-4411"), QStringLiteral("--stored"),
                                               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv}),
                 int(app::ExitOk));
        QCOMPARE(readFile(csv).count("\r\n"), m_ticket.size() + 1);
    }

    void caseCommand()
    {
        QCOMPARE(run(&app::runCaseCommand, QStringList{QStringLiteral("new"), QStringLiteral("demo case"), QStringLiteral("--ticket"),
                                                        QStringLiteral("SUP-1")} + m_ticket.mid(0, 1)),
                 int(app::ExitOk));
        QCOMPARE(run(&app::runCaseCommand, QStringList{QStringLiteral("add"), QStringLiteral("demo case")} + m_ticket.mid(1, 1)), int(app::ExitOk));
        QCOMPARE(run(&app::runCaseCommand, {QStringLiteral("rename"), QStringLiteral("demo case"), QStringLiteral("SUP-1 ids")}), int(app::ExitOk));
        QCOMPARE(run(&app::runCaseCommand, {QStringLiteral("notes"), QStringLiteral("SUP-1 ids"), QStringLiteral("Pulled ids.")}), int(app::ExitOk));
        QCOMPARE(run(&app::runCaseCommand, {QStringLiteral("close"), QStringLiteral("SUP-1 ids")}), int(app::ExitOk));
        QCOMPARE(run(&app::runCaseCommand, {QStringLiteral("close"), QStringLiteral("nope")}), int(app::ExitUsage));
        QCOMPARE(run(&app::runCaseCommand, {QStringLiteral("new"), QStringLiteral("SUP-1 ids"), m_ticket.first()}), int(app::ExitUsage));
        QCOMPARE(run(&app::runCaseCommand, {QStringLiteral("frobnicate")}), int(app::ExitUsage));

        const QString md = path("closed.md");
        QCOMPARE(run(&app::runExportCommand, {QStringLiteral("--case"), QStringLiteral("SUP-1 ids"), QStringLiteral("--stored"),
                                               QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), md}),
                 int(app::ExitOk));
        const QString text = QString::fromUtf8(readFile(md));
        QVERIFY(text.startsWith(QStringLiteral("# Case: SUP-1 ids\n"))); // named after its ticket: not repeated
        QVERIFY(text.contains(QStringLiteral("- **Ticket:** SUP-1\n")));
        QVERIFY(text.contains(QStringLiteral("- **Case closed:**")));
        QVERIFY(text.contains(QStringLiteral("> Pulled ids.")));
        QVERIFY(text.contains(m_ticket[0]) && text.contains(m_ticket[1]));
    }
};

QTEST_MAIN(TestExportCommand)
#include "tst_export_command.moc"
