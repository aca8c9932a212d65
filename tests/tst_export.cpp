// The ticket-ready export: golden files for Markdown/CSV/JSON on a fixed world (times and zone fixed),
// the JSON as a superset of inspect --json, CSV quoting and formula defusing, Spanish output.
#include <QtTest>

#include "core/evidence/evidencewindows.h"
#include "core/export/csvexport.h"
#include "core/export/exporter.h"
#include "core/export/jsonexport.h"
#include "core/export/markdownexport.h"
#include "core/export/ticketblock.h"
#include "core/report/reportjson.h"

#include "exportfixture.h"
#include "golden.h"

using namespace credsync;
using namespace credsync::exporting;

namespace {

ExportOptions options(const char *language, const char *zone, bool redact = false)
{
    ExportOptions o;
    o.language = QString::fromLatin1(language);
    o.readerZone = QTimeZone(zone);
    o.redact = redact;
    return o;
}

// A minimal RFC 4180 reader, so that the test checks the CSV the way a spreadsheet reads it.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownGolden_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("english, New York") << QStringLiteral("export/case.en.md") << QStringLiteral("en") << QByteArray("America/New_York");
        QTest::newRow("spanish, Madrid") << QStringLiteral("export/case.es.md") << QStringLiteral("es") << QByteArray("Europe/Madrid");
        QTest::newRow("english, UTC only") << QStringLiteral("export/case.utc.md") << QStringLiteral("en") << QByteArray("UTC");
    }
    void markdownGolden()
    {
        QFETCH(QString, golden);
        QFETCH(QString, language);
        QFETCH(QByteArray, zone);
        ExportOptions o = options(language.toLatin1().constData(), zone.constData());
        CREDSYNC_COMPARE_GOLDEN(golden, markdownExport(test::exportContent(), o).toUtf8());
    }

    void csvGolden()
    {
        CREDSYNC_COMPARE_GOLDEN(QStringLiteral("export/case.csv"), csvExport(test::exportContent(), options("en", "UTC")));
    }

    void jsonGolden()
    {
        CREDSYNC_COMPARE_GOLDEN(QStringLiteral("export/case.json"), jsonExport(test::exportContent(), options("en", "America/New_York")));
    }

    // The machine's zone (TZ=America/New_York under ctest) must not leak into an export for Madrid.
    void readerZoneNotMachineZone()
    {
        const QString md = markdownExport(test::exportContent(), options("en", "Europe/Madrid"));
        QVERIFY(md.contains(QStringLiteral("| 2025-09-14 19:42:51 | `I, [2025-09-14T17:42:51.318204 #1]")));
        QVERIFY(!md.contains(QStringLiteral("EDT")));
        QVERIFY(!md.contains(QStringLiteral("13:42:51")));
    }

    void markdownHasTheTicketContent()
    {
        const QString md = markdownExport(test::exportContent(), options("en", "America/New_York"));
        QVERIFY(md.startsWith(QStringLiteral("# Case: Missing ids after sign-up — SUP-4411\n")));
        // Contact link, UUID, object record URL, DB id code block, the log line verbatim with both times.
        QVERIFY(md.contains(QStringLiteral("[161204877310](https://app.hubspot.com/contacts/4634981/record/0-1/161204877310)")));
        QVERIFY(md.contains(QStringLiteral("`6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b`")));
        QVERIFY(md.contains(QStringLiteral("[31822901245](https://app.hubspot.com/contacts/4634981/record/2-31374266/31822901245)")));
        QVERIFY(md.contains(QStringLiteral("credentialing_active_attested_id = NULL")));
        QVERIFY(md.contains(QStringLiteral("Did not found Associated Custom Objects for Hubspot ID: 161204877310")));
        QVERIFY(md.contains(QStringLiteral("| 2025-09-14 13:42:51 | `I, [2025-09-14T17:42:51.318204 #1]")));
        QVERIFY(md.contains(QStringLiteral("{app=\"therapist-credentialing-backend\"} |~ \"(?i)161204877310|6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b\"")));
        QVERIFY(md.contains(QStringLiteral("52.8 s later")));
        QVERIFY(md.contains(QStringLiteral("(https://sentry.example.com/organizations/acme/issues/4412907/)")));
        QVERIFY(md.contains(QStringLiteral("14 events")));
        QVERIFY(md.contains(QStringLiteral("**relabel** applied, by mlopez")));
        QVERIFY(md.contains(QStringLiteral("profile `acme-prod`")));
        // The pipe inside the log line is escaped so that it stays in its table cell.
        QVERIFY(md.contains(QStringLiteral("missing id \\| retry 1/3")));
    }

    // Each summary row has exactly the four cells of its header, whatever the names contain.
    void summaryTableKeepsItsShape()
    {
        ExportContent content = test::exportContent();
        content.reports[1].snapshot.therapist.name = QStringLiteral("Pipe | *Star* `Tick`");
        const QString md = markdownExport(content, options("en", "UTC"));
        const qsizetype start = md.indexOf(QStringLiteral("| Therapist | Contact id"));
        QVERIFY(start >= 0);
        const QStringList lines = md.mid(start).section(QStringLiteral("\n\n"), 0, 0).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2 + int(content.reports.size()));
        static const QRegularExpression unescapedPipe(QStringLiteral("(?<!\\\\)\\|"));
        for (const QString &line : lines)
            QCOMPARE(line.count(unescapedPipe), 5);
    }

    void spanishHeadingsIdsVerbatim()
    {
        QVERIFY2(ExportLanguage(QStringLiteral("es")).isTranslated(), "credsync_es.qm is not embedded under :/i18n");
        const QString md = markdownExport(test::exportContent(), options("es", "Europe/Madrid"));
        for (const char *heading : {"# Caso: ", "## Resumen", "### Objetos en HubSpot", "### Ids en la base de datos",
                                    "### Diagnóstico", "### Líneas de log", "### Incidencias de Sentry", "### Correcciones aplicadas",
                                    "Id de contacto", "Consulta LogQL", "14 eventos", "FALTA: HubSpot tiene 31822901245"})
            QVERIFY2(md.contains(QString::fromUtf8(heading)), heading);
        for (const char *english : {"## Summary", "### Diagnosis", "### Log lines", "Suggested fix"})
            QVERIFY2(!md.contains(QString::fromUtf8(english)), english);
        // Codes, ids, log lines and URLs stay verbatim.
        for (const char *verbatim : {"`MISSING_DB_ID`", "`PULL_BEFORE_CREATE`", "161204877310", "31822901245",
                                     "credentialing_active_attested_id = NULL",
                                     "I, [2025-09-14T17:42:51.318204 #1]  INFO -- : Did not found Associated Custom Objects for Hubspot ID: 161204877310",
                                     "https://app.hubspot.com/contacts/4634981/record/2-31374266/31822901245", "`pull-ids`"})
            QVERIFY2(md.contains(QString::fromUtf8(verbatim)), verbatim);
    }

    void englishHasNoSpanish()
    {
        const QString md = markdownExport(test::exportContent(), options("en", "UTC"));
        QVERIFY(md.contains(QStringLiteral("## Summary")));
        QVERIFY(!md.contains(QStringLiteral("Resumen")));
        QCOMPARE(ExportLanguage(QStringLiteral("fr")).code(), QStringLiteral("en"));
        QCOMPARE(ExportLanguage(QStringLiteral("es_MX")).code(), QStringLiteral("es"));
    }

    void jsonIsSupersetOfInspect()
    {
        const ExportContent content = test::exportContent();
        const nlohmann::json document = jsonExportDocument(content, options("en", "UTC"));
        QVERIFY(document.contains("unresolved"));
        QCOMPARE(document["unresolved"].size(), size_t(1));
        QCOMPARE(document["therapists"].size(), content.reports.size());
        for (size_t i = 0; i < content.reports.size(); ++i) {
            const nlohmann::json inspect = report::therapistToJson(content.reports[i], content.profile, content.account);
            const nlohmann::json &entry = document["therapists"][i];
            for (auto it = inspect.begin(); it != inspect.end(); ++it)
                QVERIFY2(entry.contains(it.key()) && entry[it.key()] == it.value(), it.key().c_str());
        }
        const nlohmann::json &ana = document["therapists"][0];
        QCOMPARE(ana["id_comparison"][0]["verdict"].get<std::string>(), std::string("missing_in_db"));
        QCOMPARE(ana["id_comparison"][0]["hubspot_object_ids"][0].get<std::string>(), std::string("31822901245"));
        QCOMPARE(ana["logql"].get<std::string>(), std::string("{app=\"therapist-credentialing-backend\"} |~ \"(?i)161204877310|6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b\""));
        QCOMPARE(document["therapists"][2]["fixes_applied"][0]["fix"].get<std::string>(), std::string("relabel"));
        QCOMPARE(document["export"]["profile"].get<std::string>(), std::string("acme-prod"));
        QCOMPARE(document["export"]["generated_at"].get<std::string>(), std::string("2025-09-15T09:30:00Z"));
        QCOMPARE(document["case"]["ticket"].get<std::string>(), std::string("SUP-4411"));
        QCOMPARE(document["summary"]["MISSING_DB_ID"].get<int>(), 1);
    }

    void csvOneRowPerTherapist()
    {
        const ExportContent content = test::exportContent();
        const QString text = QString::fromUtf8(csvExport(content, options("en", "UTC")));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), 1 + qsizetype(content.reports.size()));
        QCOMPARE(rows[0], (QStringList{QStringLiteral("contact_id"), QStringLiteral("therapist_id"), QStringLiteral("name"),
                                       QStringLiteral("credentialing_active_attested_id"), QStringLiteral("credentialing_hubspot_id"),
                                       QStringLiteral("credentialing_relocation_id"), QStringLiteral("findings"), QStringLiteral("fix_status"),
                                       QStringLiteral("evidence_incomplete"), QStringLiteral("verdict"), QStringLiteral("depth")}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows[0].size());
        QCOMPARE(rows[1][0], QStringLiteral("161204877310"));
        QCOMPARE(rows[1][6], QStringLiteral("MISSING_DB_ID;PULL_BEFORE_CREATE;SYNC_ERRORS"));
        QCOMPARE(rows[2][2], QStringLiteral("Robert \"Bobby\" O'Neil, Jr."));
        QCOMPARE(rows[3][7], QStringLiteral("relabel applied 2025-09-15T09:12:00Z"));
        QCOMPARE(rows[2][7], QStringLiteral("none"));
        // The verdict and what it rests on, as inspect --json says them (appended after the older columns).
        QCOMPARE(rows[1][9], QStringLiteral("broken"));
        QCOMPARE(rows[1][10], QStringLiteral("full"));
        QCOMPARE(rows[2][9], QStringLiteral("healthy"));
        QCOMPARE(rows[2][10], QStringLiteral("ids"));
        QCOMPARE(rows[3][9], QStringLiteral("broken"));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const nlohmann::json inspect = report::therapistToJson(content.reports[std::size_t(i - 1)], content.profile, content.account);
            QCOMPARE(rows[i][9].toStdString(), inspect.at("verdict").get<std::string>());
            QCOMPARE(rows[i][10].toStdString(), inspect.at("depth").get<std::string>());
        }
    }

    // The Markdown opens with the ticket-ready block, per therapist: what was wrong, what was done (from
    // the audit, with who and when), the state now; the full evidence comes after it.
    void markdownOpensWithTheTicketBlock()
    {
        const QString md = markdownExport(test::exportContent(), options("es", "Europe/Madrid"));
        const qsizetype block = md.indexOf(QStringLiteral("## Para el ticket\n"));
        QVERIFY2(block > 0, qPrintable(md.left(600)));
        // Right after the title, before the metadata, the summary table and every therapist's evidence.
        QCOMPARE(md.indexOf(QStringLiteral("\n\n")) + 2, block);
        QVERIFY(block < md.indexOf(QStringLiteral("- **Ticket:**")));
        QVERIFY(block < md.indexOf(QStringLiteral("## Resumen")));
        QVERIFY(block < md.indexOf(QStringLiteral("## 1. ")));
        const QString opening = md.mid(block, md.indexOf(QStringLiteral("- **Ticket:**")) - block);
        const QStringList expected{
            QStringLiteral("**Ana García Romero** · contacto [161204877310](https://app.hubspot.com/contacts/4634981/record/0-1/161204877310)"),
            QStringLiteral("- Qué fallaba: Falta el id en la base de datos; Errores de sincronización en Sentry; Ids consultados demasiado pronto."),
            QStringLiteral("- Qué se hizo: nada todavía; la corrección que hay que aplicar: traer los ids de HubSpot a la base de datos."),
            QStringLiteral("- Qué se hizo: reetiquetar (aplicada) el 2025-09-15 11:12:00 por mlopez."),
            QStringLiteral("- Estado actual: correcto, los ids de la base de datos y las etiquetas de HubSpot coinciden."),
            QStringLiteral("*Horas en Europe/Madrid."),
        };
        for (const QString &line : expected)
            QVERIFY2(opening.contains(line), qPrintable(line + QStringLiteral("\n---\n") + opening));
        // A few lines per therapist: the opening stays short whatever the evidence below holds.
        QVERIFY2(opening.count(QLatin1Char('\n')) <= 6 + 5 * int(test::exportContent().reports.size()), qPrintable(opening));
        // The opening is as Spanish as the rest: none of its English source sentences.
        for (const char *english : {"What was wrong", "What was done", "Current state", "For the ticket", "Checked in full"})
            QVERIFY2(!opening.contains(QString::fromLatin1(english)), english);

        const QString en = markdownExport(test::exportContent(), options("en", "UTC"));
        QVERIFY(en.contains(QStringLiteral("## For the ticket\n")));
        QVERIFY(en.contains(QStringLiteral("- What was done: relabel (applied) on 2025-09-15 09:12:00 by mlopez.")));
        QVERIFY(en.contains(QStringLiteral("- Current state: still wrong (Id missing in the database; Sync errors in Sentry). "
                                           "Checked in full (ids, labels, logs and Sentry) on 2025-09-15 08:30:00.")));
        QVERIFY(en.contains(QStringLiteral("*Times in UTC. The full evidence follows.*")));
    }

    // A fixed therapist reads "resolved" with what was done; a case saved before the fix says what was wrong.
    void ticketBlockAfterAFix()
    {
        ExportContent content = test::exportContent();
        TherapistReport before = content.reports[0];
        content.reports[0].findings.clear();
        content.reports[0].snapshot.therapist.columns[QStringLiteral("credentialing_active_attested_id")] = QStringLiteral("31822901245");
        content.previous[before.snapshot.therapist.id] = before;
        content.fixes[before.snapshot.therapist.id] = {{QDateTime(QDate(2025, 9, 15), QTime(9, 20), QTimeZone::utc()), QStringLiteral("pull-ids"),
                                                        QStringLiteral("applied"), QStringLiteral("dlopez"), QStringLiteral("acme-prod"), {}}};
        const std::vector<TicketLines> lines = ticketLines(content, options("en", "Europe/Madrid"));
        QCOMPARE(lines.size(), content.reports.size());
        QCOMPARE(lines[0].wrong, QStringLiteral("What was wrong: Id missing in the database; Sync errors in Sentry; Ids pulled too early."));
        QCOMPARE(lines[0].done, QStringLiteral("What was done: pull-ids (applied) on 2025-09-15 11:20:00 by dlopez."));
        QVERIFY2(lines[0].state.startsWith(QStringLiteral("Current state: resolved, the database ids and the HubSpot labels agree.")),
                 qPrintable(lines[0].state));
        // The plain-text form (Copy summary) carries the same lines without Markdown.
        const QString text = ticketBlockText(content, options("en", "Europe/Madrid"));
        QVERIFY(text.startsWith(QStringLiteral("Ana García Romero · contact 161204877310\n  What was wrong: ")));
        QVERIFY(!text.contains(QLatin1Char('*')));
        QVERIFY(text.contains(QStringLiteral("Times in Europe/Madrid.")));
    }

    // One time column, in the reader's zone, its header naming the zone once; never "UTC (UTC)", never
    // an "Etc/UTC" column, never "Etc/Created (UTC)".
    void oneTimeColumnInTheReadersZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("name");
        QTest::newRow("Madrid") << QByteArray("Europe/Madrid") << QStringLiteral("Europe/Madrid");
        QTest::newRow("New York") << QByteArray("America/New_York") << QStringLiteral("America/New_York");
        QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral("UTC");
        QTest::newRow("Etc/UTC") << QByteArray("Etc/UTC") << QStringLiteral("UTC");
    }
    void oneTimeColumnInTheReadersZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, name);
        const QString md = markdownExport(test::exportContent(), options("en", zone.constData()));
        for (const char *never : {"UTC (UTC)", "Etc/", " UTC |", "| UTC "})
            QVERIFY2(!md.contains(QString::fromLatin1(never)), never);
        QCOMPARE(md.count(QStringLiteral("| Time (%1) | Line |").arg(name)), 1);
        QCOMPARE(md.count(QStringLiteral("| Time (%1) | Source | Event |").arg(name)), 1);
        QCOMPARE(md.count(QStringLiteral("| Object | Id | Created (%1) | Labels |").arg(name)), 3);
        // Every table keeps one cell per header column: one time column, not two.
        static const QRegularExpression unescapedPipe(QStringLiteral("(?<!\\\\)\\|"));
        const QStringList lines = md.split(QLatin1Char('\n'));
        for (int i = 0; i + 1 < lines.size(); ++i) {
            if (!lines[i].startsWith(QStringLiteral("| Time (")) && !lines[i].startsWith(QStringLiteral("| Object |")))
                continue;
            const qsizetype cells = lines[i].count(unescapedPipe);
            for (int j = i + 1; j < lines.size() && lines[j].startsWith(QLatin1Char('|')); ++j)
                QVERIFY2(lines[j].count(unescapedPipe) == cells, qPrintable(lines[j]));
        }
        // Spanish names the column "Hora".
        const QString es = markdownExport(test::exportContent(), options("es", zone.constData()));
        QVERIFY(es.contains(QStringLiteral("| Hora (%1) | Línea |").arg(name)));
    }

    // Evidence past a source's retention is said in every export, never shown as "nothing found".
    void cutEvidenceWindowsAreSaid()
    {
        ExportContent content = test::exportContent();
        QVERIFY(!content.reports.empty());
        TherapistSnapshot &snapshot = content.reports.front().snapshot;
        snapshot.logs.clear();
        snapshot.errors.clear();
        const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());
        Therapist old = snapshot.therapist;
        old.createdAt = QDateTime(QDate(2026, 8, 25), QTime(14, 0), QTimeZone::utc());
        LokiProfile loki;
        loki.lookbackDays = 30;
        snapshot.evidenceWindows = {evidence::lokiWindow(loki, old, QDateTime(), now),
                                    evidence::sentryWindow(SentryProfile{}, old, QDateTime(), now)};
        const QString lokiNote = QStringLiteral("Loki keeps 30 days (since 2026-11-06); this therapist's history starts 2026-08-25, "
                                                "so the id pull of that day cannot be shown.");
        QCOMPARE(snapshot.evidenceWindows[0].note, lokiNote);

        const QString markdown = markdownExport(content, options("en", "UTC"));
        QVERIFY2(markdown.contains(lokiNote), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("Sentry keeps 90 days (since 2026-09-07)")));
        QVERIFY(markdown.contains(QStringLiteral("No log lines found in what Loki still keeps.")));
        QCOMPARE(markdown.count(QStringLiteral("No Sentry issues found in what Sentry still keeps.")), 1);

        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csvExport(content, options("en", "UTC"))));
        const qsizetype incomplete = rows[0].indexOf(QStringLiteral("evidence_incomplete"));
        QVERIFY(rows[1][incomplete].contains(lokiNote));
        QVERIFY(rows[2][incomplete].isEmpty());

        const nlohmann::json json = nlohmann::json::parse(jsonExport(content, options("en", "UTC")).toStdString());
        const auto &windows = json.at("therapists").at(0).at("evidence_windows");
        QCOMPARE(windows.size(), std::size_t(2));
        QCOMPARE(windows.at(0).at("source"), "loki");
        QCOMPARE(windows.at(0).at("complete"), false);
        QCOMPARE(windows.at(0).at("start"), "2026-11-06T12:00:00Z");
        QCOMPARE(windows.at(0).at("end"), "2026-12-06T12:00:00Z");
        QCOMPARE(QString::fromStdString(windows.at(0).at("note").get<std::string>()), lokiNote);

        // The Spanish export renders the same note through its own translator (English until translated).
        const QString spanish = markdownExport(content, options("es", "UTC"));
        QVERIFY(spanish.contains(QStringLiteral("2026-08-25")));
    }

    void csvDefusesFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("plain") << QStringLiteral("Ana") << QStringLiteral("Ana");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("empty") << QString() << QString();
    }
    void csvDefusesFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(csv::field(value), written);
    }

    void csvNameFormulaInExport()
    {
        ExportContent content = test::exportContent();
        content.reports[0].snapshot.therapist.name = QStringLiteral("=cmd|' /C calc'!A0");
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csvExport(content, options("en", "UTC"))));
        QCOMPARE(rows[1][2], QStringLiteral("'=cmd|' /C calc'!A0"));
    }

    void wasNowShowsChanges()
    {
        ExportContent content = test::exportContent();
        TherapistReport before = content.reports[0];
        before.snapshot.takenAt = QDateTime(QDate(2025, 9, 15), QTime(8, 0), QTimeZone::utc());
        // Now: the ids were pulled, the findings are gone.
        content.reports[0].snapshot.therapist.columns[QStringLiteral("credentialing_active_attested_id")] = QStringLiteral("31822901245");
        content.reports[0].findings.clear();
        content.previous[before.snapshot.therapist.id] = before;
        const QString md = markdownExport(content, options("en", "UTC"));
        QVERIFY(md.contains(QStringLiteral("### Was → now")));
        QVERIFY(md.contains(QStringLiteral("- Findings: `MISSING_DB_ID PULL_BEFORE_CREATE SYNC_ERRORS` → (none)")));
        QVERIFY(md.contains(QStringLiteral("- `credentialing_active_attested_id`: (none) → `31822901245`")));
        const nlohmann::json json = jsonExportDocument(content, options("en", "UTC"));
        QCOMPARE(json["therapists"][0]["previous"]["therapist"]["columns"]["credentialing_active_attested_id"], nlohmann::json(nullptr));
        QCOMPARE(json["therapists"][0]["changes"].size(), size_t(2));
    }

    void formats()
    {
        QCOMPARE(parseFormat(QStringLiteral("MD")), std::optional<Format>(Format::Markdown));
        QCOMPARE(parseFormat(QStringLiteral("pdf")), std::optional<Format>(Format::Pdf));
        QVERIFY(!parseFormat(QStringLiteral("docx")));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
