// The language follows the person: --lang, else the locale variables in gettext's order; the plain
// words beside the finding codes; and the CLI speaking Spanish with no English sentence left.
#include "core/diagnosis/findingtext.h"
#include "core/evidence/timeline.h"
#include "core/export/jsonexport.h"
#include "core/export/markdownexport.h"
#include "core/fixes/auditstore.h"
#include "core/fixes/fixheadline.h"
#include "core/fixes/fixtext.h"
#include "core/fixes/fixtypes.h"
#include "core/fixes/fixwords.h"
#include "core/i18n/language.h"
#include "core/i18n/timetext.h"
#include "core/report/idcomparison.h"
#include "core/types.h"
#include "tst_diagnosis_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

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
    QString out;
    QString err;
};

Run runCredsync(const QStringList &arguments, const QMap<QString, QString> &env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("CREDSYNC_DEMO_NOW"), QStringLiteral("2026-11-23T09:30:00Z"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), privateDataHome());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), privateDataHome());
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CREDSYNC_BINARY_DIR "/bin/credsync"), arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A contact of the demo world with a missing id, a pull that ran too early and Sentry errors: most of the
// inspect text's sentences appear for it.
const QString kBrokenContact = QStringLiteral("128257657972");

class EnvironmentGuard
{
public:
    EnvironmentGuard()
    {
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            m_saved.append({QByteArray(name), qgetenv(name), qEnvironmentVariableIsSet(name)});
            qunsetenv(name);
        }
    }
    ~EnvironmentGuard()
    {
        for (const auto &[name, value, set] : m_saved) {
            if (set)
                qputenv(name.constData(), value);
            else
                qunsetenv(name.constData());
        }
    }

private:
    struct Saved { QByteArray name; QByteArray value; bool set; };
    QList<Saved> m_saved;
};

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { credsync::i18n::installTranslators(QStringLiteral("en")); }

    void normalizeLanguage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("es") << "es" << "es";
        QTest::newRow("es_ES.UTF-8") << "es_ES.UTF-8" << "es";
        QTest::newRow("es-MX") << "es-MX" << "es";
        QTest::newRow("EN") << "EN" << "en";
        QTest::newRow("en_US@euro") << "en_US@euro" << "en";
        QTest::newRow("fr_FR") << "fr_FR" << "";
        QTest::newRow("C") << "C" << "";
        QTest::newRow("spanish") << "spanish" << "";
        QTest::newRow("empty") << "" << "";
    }
    void normalizeLanguage()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(credsync::i18n::normalizeLanguage(input).value_or(QString()), expected);
    }

    void environmentOrder_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lcMessages");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG only") << "" << "" << "" << "es_ES.UTF-8" << "es";
        QTest::newRow("LC_MESSAGES over LANG") << "" << "" << "en_US.UTF-8" << "es_ES.UTF-8" << "en";
        QTest::newRow("LC_ALL over LC_MESSAGES") << "" << "es_ES.UTF-8" << "en_US.UTF-8" << "en_US.UTF-8" << "es";
        QTest::newRow("LANGUAGE first") << "es:en" << "en_US.UTF-8" << "" << "en_US.UTF-8" << "es";
        QTest::newRow("LANGUAGE skips what we lack") << "fr:de:es" << "" << "" << "en_US.UTF-8" << "es";
        QTest::newRow("LANGUAGE ignored under C") << "es" << "C" << "" << "" << "en";
        QTest::newRow("unsupported locale is English") << "" << "" << "" << "fr_FR.UTF-8" << "en";
    }
    void environmentOrder()
    {
        QFETCH(QString, language);
        QFETCH(QString, lcAll);
        QFETCH(QString, lcMessages);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        EnvironmentGuard guard;
        const std::pair<const char *, QString> values[] = {
            {"LANGUAGE", language}, {"LC_ALL", lcAll}, {"LC_MESSAGES", lcMessages}, {"LANG", lang}};
        for (const auto &[name, value] : values) {
            if (!value.isEmpty())
                qputenv(name, value.toUtf8());
        }
        QCOMPARE(credsync::i18n::languageFromEnvironment(), expected);
    }

    void takeLangArgument()
    {
        QStringList arguments{QStringLiteral("credsync"), QStringLiteral("--demo"), QStringLiteral("--lang"),
                              QStringLiteral("es"), QStringLiteral("inspect"), QStringLiteral("--lang=en"), QStringLiteral("42")};
        const credsync::i18n::LangArgument lang = credsync::i18n::takeLangArgument(arguments);
        QVERIFY(lang.error.isEmpty());
        QCOMPARE(lang.language, QStringLiteral("en")); // the last one wins, as with any option
        QCOMPARE(arguments, (QStringList{QStringLiteral("credsync"), QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("42")}));

        QStringList bad{QStringLiteral("credsync"), QStringLiteral("scan"), QStringLiteral("--lang"), QStringLiteral("fr")};
        QVERIFY(!credsync::i18n::takeLangArgument(bad).error.isEmpty());
        QStringList missing{QStringLiteral("credsync"), QStringLiteral("scan"), QStringLiteral("--lang")};
        QVERIFY(!credsync::i18n::takeLangArgument(missing).error.isEmpty());
    }

    void everyCodeHasPlainWords()
    {
        for (const QString &code : credsync::FindingCode::all()) {
            const credsync::diagnosis::FindingWords *words = credsync::diagnosis::findingWords(code);
            QVERIFY2(words, qPrintable(code));
            QVERIFY2(QString::fromUtf8(words->title) != code, qPrintable(code));
            QVERIFY2(!credsync::diagnosis::findingExplanation(code).isEmpty(), qPrintable(code));
        }
        QCOMPARE(credsync::diagnosis::findingTitle(QStringLiteral("NOT_A_CODE")), QStringLiteral("NOT_A_CODE"));
    }

    void spanishWords()
    {
        credsync::i18n::installTranslators(QStringLiteral("es"));
        QCOMPARE(credsync::i18n::currentLanguage(), QStringLiteral("es"));
        QCOMPARE(credsync::diagnosis::findingTitle(QStringLiteral("MISSING_DB_ID")), QStringLiteral("Falta el id en la base de datos"));
        QCOMPARE(credsync::report::verdictName(credsync::report::IdVerdict::Stale), QStringLiteral("desactualizado"));
        QCOMPARE(credsync::report::verdictName(credsync::report::IdVerdict::Conflict), QStringLiteral("en conflicto"));
        QCOMPARE(credsync::report::verdictName(credsync::report::IdVerdict::Empty), QStringLiteral("sin objeto"));
        for (const char *id : {"healthy", "attention", "broken", "unknown", "ids", "full"}) {
            const QString word = credsync::diagnosis::verdictWord(QString::fromLatin1(id));
            QVERIFY2(word != QString::fromUtf8(credsync::diagnosis::verdictWordSource(QString::fromLatin1(id))) || word == QStringLiteral("full"),
                     id);
        }
        credsync::i18n::installTranslators(QStringLiteral("en"));
        QCOMPARE(credsync::diagnosis::findingTitle(QStringLiteral("MISSING_DB_ID")), QStringLiteral("Id missing in the database"));
        QCOMPARE(credsync::report::verdictName(credsync::report::IdVerdict::Stale), QStringLiteral("out of date"));
    }

    // The Audit tab and the timeline say how a fix ended in the window's language; the stored names stay.
    void auditOutcomesInSpanish()
    {
        using namespace credsync::fixes;
        credsync::i18n::installTranslators(QStringLiteral("es"));
        QCOMPARE(outcomeWords(QStringLiteral("applied")), QStringLiteral("aplicada"));
        QCOMPARE(outcomeWords(QString()), QStringLiteral("no terminó"));
        QCOMPARE(fixWords(QStringLiteral("relabel")), QStringLiteral("reetiquetar"));
        QCOMPARE(stepStatusWords(QStringLiteral("done")), QStringLiteral("hecho"));
        QStringList names = {QStringLiteral("interrupted"), QStringLiteral("unfinished")};
        for (FixOutcome outcome : {FixOutcome::NothingToDo, FixOutcome::Applied, FixOutcome::Refused, FixOutcome::ReadOnly,
                                   FixOutcome::ChangedSincePlanned, FixOutcome::Locked, FixOutcome::Cancelled, FixOutcome::Failed,
                                   FixOutcome::FailedNotCompensated, FixOutcome::VerifyFailed})
            names << fixOutcomeName(outcome);
        for (const QString &name : names)
            QVERIFY2(outcomeWords(name) != name, qPrintable(name));
        for (StepStatus status : {StepStatus::Planned, StepStatus::Done, StepStatus::Failed, StepStatus::Compensated,
                                  StepStatus::CompensationFailed, StepStatus::NotAttempted})
            QVERIFY2(stepStatusWords(stepStatusName(status)) != stepStatusName(status), qPrintable(stepStatusName(status)));

        AuditEntry entry;
        entry.fix = QStringLiteral("relabel");
        entry.operatorName = QStringLiteral("ana");
        entry.profile = QStringLiteral("demo");
        entry.outcome = QStringLiteral("applied");
        entry.finishedAt = credsync::test::fixtures::t0();
        QCOMPARE(AuditStore::timelineEntries({entry}).at(0).text, QStringLiteral("reetiquetar por ana (demo): aplicada"));

        // The fix output (CLI and plan dialog): its headline and each therapist's outcome.
        FixPlan plan;
        plan.kind = FixKind::Relabel;
        plan.profileName = QStringLiteral("demo");
        FixResult result;
        result.kind = FixKind::Relabel;
        TherapistResult applied;
        applied.plan.kind = FixKind::Relabel;
        applied.plan.therapist.name = QStringLiteral("Ada Lovelace");
        applied.plan.therapist.contactId = QStringLiteral("161204877310");
        applied.outcome = FixOutcome::Applied;
        applied.stateReport = {QStringLiteral("credentialing_hubspot_id = NULL")};
        result.therapists = {applied};
        QCOMPARE(resultHeadline(result, plan), QStringLiteral("reetiquetar, perfil demo: 1 aplicado(s) y verificado(s)."));
        const QString spanishResult = resultText(result, plan);
        for (const char *spanish : {"Ada Lovelace (contacto 161204877310): APLICADA", "estado actual:", "nada que hacer"})
            QVERIFY2(spanishResult.contains(QString::fromUtf8(spanish)), qPrintable(spanishResult));
        for (const char *english : {"APPLIED", "state now", "contact ", "nothing to do", "applied and verified"})
            QVERIFY2(!spanishResult.contains(QString::fromUtf8(english)), qPrintable(spanishResult));

        credsync::i18n::installTranslators(QStringLiteral("en"));
        QCOMPARE(AuditStore::timelineEntries({entry}).at(0).text, QStringLiteral("relabel by ana (demo): applied"));
        QCOMPARE(resultHeadline(result, plan), QStringLiteral("relabel, profile demo: 1 applied and verified."));
        QVERIFY(resultText(result, plan).contains(QStringLiteral("Ada Lovelace (contact 161204877310): APPLIED")));
        QCOMPARE(entry.outcome, QStringLiteral("applied"));
    }

    // A Spanish write-up from an English window: the timeline inspected in English is written in Spanish;
    // the JSON keeps the inspection's words.
    void timelineInTheWriteUpsLanguage()
    {
        namespace fx = credsync::test::fixtures;
        credsync::i18n::installTranslators(QStringLiteral("en"));
        credsync::TherapistSnapshot snapshot = fx::snapshot();
        snapshot.objects.push_back(fx::object(fx::kNew, fx::at(52), {fx::kAA}));
        snapshot.logEvents.push_back(fx::pullEvent(fx::at(1)));
        snapshot.errors.push_back(fx::sentryIssue(QStringLiteral("4412907"), fx::missingIdTitle(), 3, fx::at(7200)));
        credsync::AccountInfo account;
        account.portalId = QStringLiteral("4634981");
        credsync::TherapistReport report;
        report.snapshot = snapshot;
        report.timeline = credsync::evidence::buildTimeline(snapshot, fx::profile(), account, QStringLiteral("https://grafana.example/explore"));
        const auto texts = [](const std::vector<credsync::TimelineEntry> &timeline) {
            QStringList out;
            for (const credsync::TimelineEntry &entry : timeline)
                out << entry.text;
            return out.join(QLatin1Char('\n'));
        };
        QVERIFY2(texts(report.timeline).contains(QStringLiteral("Therapist row created")), qPrintable(texts(report.timeline)));

        credsync::exporting::ExportContent content;
        content.profile = fx::profile();
        content.account = account;
        content.reports = {report};
        content.generatedAt = fx::later();
        credsync::exporting::ExportOptions options;
        options.language = QStringLiteral("es");
        const QString markdown = credsync::exporting::markdownExport(content, options);
        for (const char *spanish : {"Fila del terapeuta creada (Ada Lovelace)", "después de que la consulta de ids no encontrara nada",
                                    "La consulta de ids no encontró objetos para el contacto", "Error de Sentry visto por primera vez"})
            QVERIFY2(markdown.contains(QString::fromUtf8(spanish)), spanish);
        for (const char *english : {"Therapist row created", "after the id pull found nothing", "Id pull found no objects",
                                    "Sentry error first seen", "now labelled"})
            QVERIFY2(!markdown.contains(QString::fromUtf8(english)), english);
        // The link of each event survives the new words.
        QVERIFY(markdown.contains(QStringLiteral("https://grafana.example/explore")));

        const nlohmann::json json = credsync::exporting::jsonExportDocument(content, options);
        QVERIFY2(QString::fromStdString(json.dump()).contains(QStringLiteral("Therapist row created (Ada Lovelace)")),
                 json.dump().c_str());

        // A timeline its snapshot cannot give back (evidence a store did not keep) keeps its own words.
        credsync::TherapistReport partial = report;
        partial.snapshot.logEvents.clear();
        QCOMPARE(texts(credsync::evidence::timelineIn(partial, fx::profile(), account, credsync::i18n::uiTranslate)), texts(report.timeline));
    }

    // One unambiguous form for the command line's times, whatever the zone: ISO date, 24-hour time, the zone.
    void isoTimeNamesItsZone()
    {
        const QDateTime summer = QDateTime::fromString(QStringLiteral("2025-09-14T17:42:51Z"), Qt::ISODate);
        const QDateTime winter = QDateTime::fromString(QStringLiteral("2026-02-10T09:05:07Z"), Qt::ISODate);
        QCOMPARE(credsync::i18n::isoTime(summer), QStringLiteral("2025-09-14 17:42:51 UTC"));
        QCOMPARE(credsync::i18n::isoTime(summer, QTimeZone("Etc/UTC")), QStringLiteral("2025-09-14 17:42:51 UTC"));
        QCOMPARE(credsync::i18n::isoTime(summer, QTimeZone("Europe/Madrid")), QStringLiteral("2025-09-14 19:42:51 +02:00"));
        QCOMPARE(credsync::i18n::isoTime(winter, QTimeZone("America/New_York")), QStringLiteral("2026-02-10 04:05:07 -05:00"));
        QCOMPARE(credsync::i18n::isoTime(winter, QTimeZone("Asia/Kolkata")), QStringLiteral("2026-02-10 14:35:07 +05:30"));
        QCOMPARE(credsync::i18n::isoTime(QDateTime()), QStringLiteral("—"));
        // The locale does not change it.
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(credsync::i18n::isoTime(winter, QTimeZone("America/New_York")), QStringLiteral("2026-02-10 04:05:07 -05:00"));
        QLocale::setDefault(QLocale::c());
    }

    // `inspect` prints its times as the fix output does, never in a locale's short form ("2/10/2026"),
    // in English (US locale) and in Spanish; TZ is set for each run, the demo's "now" is pinned.
    void inspectTimesAreIso_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("tz");
        QTest::addColumn<QString>("zone");
        QTest::newRow("en_US, UTC") << QStringLiteral("en_US.UTF-8") << QStringLiteral("UTC") << QStringLiteral(" UTC");
        QTest::newRow("es_ES, UTC") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("UTC") << QStringLiteral(" UTC");
        QTest::newRow("en_US, New York") << QStringLiteral("en_US.UTF-8") << QStringLiteral("America/New_York") << QStringLiteral(" -0");
    }
    void inspectTimesAreIso()
    {
        QFETCH(QString, lang);
        QFETCH(QString, tz);
        QFETCH(QString, zone);
        const Run run = runCredsync({QStringLiteral("--demo"), QStringLiteral("inspect"), kBrokenContact},
                                    {{QStringLiteral("LANG"), lang}, {QStringLiteral("TZ"), tz}});
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression shortDate(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"));
        const QRegularExpressionMatch shortMatch = shortDate.match(run.out);
        QVERIFY2(!shortMatch.hasMatch(), qPrintable(shortMatch.captured()));
        // The creation time on the second line, and every timeline and log line, carry the ISO form and the zone.
        const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}") + QRegularExpression::escape(zone));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > 2 && iso.match(lines.at(1)).hasMatch(), qPrintable(run.out));
        QVERIFY2(run.out.count(iso) >= 5, qPrintable(run.out));
    }

    void zoneNamedOnce()
    {
        QCOMPARE(credsync::i18n::zoneCaption(QTimeZone::utc()), QStringLiteral("Times in UTC."));
        QVERIFY(credsync::i18n::isUtc(QTimeZone("Etc/UTC")));
        QVERIFY(!credsync::i18n::isUtc(QTimeZone("Europe/Madrid")));
        const QDateTime t = QDateTime::fromString(QStringLiteral("2025-09-14T17:42:51Z"), Qt::ISODate);
        QLocale::setDefault(QLocale::c());
        // The C locale (this test's) has ISO dates; the zone is not repeated in each time.
        QCOMPARE(credsync::i18n::displayTime(t, QTimeZone("Europe/Madrid")), QStringLiteral("2025-09-14 19:42:51"));
        // A reader's locale orders the date her way, with four-digit years.
        QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
        QCOMPARE(credsync::i18n::displayTime(t, QTimeZone("Europe/Madrid")), QStringLiteral("14/9/2025 19:42:51"));
    }

    void cliUnknownLanguageIsUsageError()
    {
        for (const QString &command : {QStringLiteral("inspect"), QStringLiteral("scan"), QStringLiteral("doctor"), QStringLiteral("fix"),
                                       QStringLiteral("export"), QStringLiteral("case"), QStringLiteral("sandbox")}) {
            const Run bad = runCredsync({QStringLiteral("--lang"), QStringLiteral("fr"), command, QStringLiteral("--help")});
            QVERIFY2(bad.exitCode == 2, qPrintable(command));
            QVERIFY2(bad.err.contains(QStringLiteral("fr")), qPrintable(bad.err));
            for (const QString &language : {QStringLiteral("es"), QStringLiteral("en")}) {
                const Run good = runCredsync({command, QStringLiteral("--help"), QStringLiteral("--lang"), language});
                QVERIFY2(good.exitCode == 0, qPrintable(command + QLatin1Char(' ') + language + QLatin1Char(' ') + good.err));
            }
        }
    }

    void inspectInSpanish_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lang");
        QTest::newRow("--lang es") << QStringList{QStringLiteral("--lang"), QStringLiteral("es")} << QStringLiteral("en_US.UTF-8");
        QTest::newRow("LANG=es_ES") << QStringList{} << QStringLiteral("es_ES.UTF-8");
    }
    void inspectInSpanish()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lang);
        const Run run = runCredsync(QStringList{QStringLiteral("--demo"), QStringLiteral("inspect"), kBrokenContact} + arguments,
                                 {{QStringLiteral("LANG"), lang}});
        QCOMPARE(run.exitCode, 0);
        for (const char *spanish : {"Hallazgos", "Falta el id en la base de datos", "Corrección sugerida", "Línea de tiempo",
                                    "falta en la base de datos", "Horas en UTC."})
            QVERIFY2(run.out.contains(QString::fromUtf8(spanish)), spanish);
        // Sentences the English output has; the backend's own log lines ("Therapist … created") stay quoted.
        for (const char *english : {"Findings", "Suggested fix", "Timeline", "Objects in HubSpot", "(created ", " labels: ",
                                    "missing in the database", "object created", "Sentry error", "Times in", "HEALTHY", "BROKEN",
                                    "evidence:", "VERDICT"})
            QVERIFY2(!run.out.contains(QString::fromUtf8(english)), english);
        QVERIFY(run.out.contains(QStringLiteral("[MISSING_DB_ID]"))); // the code stays, for the engineers
    }

    void inspectInEnglishByDefault()
    {
        const Run run = runCredsync({QStringLiteral("--demo"), QStringLiteral("inspect"), kBrokenContact}, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Id missing in the database")));
        QVERIFY(!run.out.contains(QStringLiteral("Hallazgos")));
    }

    void jsonStaysEnglishAndUtc()
    {
        const Run run = runCredsync({QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("inspect"),
                                  QStringLiteral("--json"), kBrokenContact});
        QCOMPARE(run.exitCode, 0);
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        const QJsonObject therapist = document.object().value(QStringLiteral("therapists")).toArray().at(0).toObject();
        QVERIFY(therapist.contains(QStringLiteral("findings")));
        QCOMPARE(therapist.value(QStringLiteral("findings")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("MISSING_DB_ID"));
        QVERIFY(therapist.value(QStringLiteral("objects")).toArray().at(0).toObject().value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    }

    void markdownExportInSpanish()
    {
        const Run run = runCredsync({QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("md"), kBrokenContact, QStringLiteral("100185399081")});
        QCOMPARE(run.exitCode, 0);
        for (const char *spanish : {"## Resumen", "Falta el id en la base de datos", "Id desactualizado en la base de datos", "Cronología"})
            QVERIFY2(run.out.contains(QString::fromUtf8(spanish)), spanish);
        for (const char *english : {"Detail:", "Detalle:", "object created", "Sentry error", "Therapist row created", "| db |", "| hubspot |",
                                    "The id column", "carries the label"})
            QVERIFY2(!run.out.contains(QString::fromUtf8(english)), english);
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
