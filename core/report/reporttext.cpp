#include "reporttext.h"

#include "idcomparison.h"
#include "verdict.h"
#include "../diagnosis/diagnosis.h"

#include <QCoreApplication>

#include "../diagnosis/findingtext.h"
#include "../export/diagnosistext.h"
#include "../i18n/language.h"
#include "../i18n/timetext.h"

#include <QCoreApplication>

#include <QStringList>

namespace credsync::report {

namespace {

QString paint(const QString &text, const char *code, bool color)
{
    if (!color)
        return text;
    return QStringLiteral("\x1b[%1m").arg(QLatin1String(code)) + text + QStringLiteral("\x1b[0m");
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString severityMark(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("ReportText", "ERROR");
    case Severity::Warning: return QCoreApplication::translate("ReportText", "WARNING");
    case Severity::Info: return QCoreApplication::translate("ReportText", "INFO");
    }
    return {};
}

const char *severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "31";
    case Severity::Warning: return "33";
    case Severity::Info: return "36";
    }
    return "0";
}

QString idTable(const TherapistSnapshot &snapshot, const Profile &profile, const QTimeZone &zone, bool color)
{
    const std::vector<IdRow> rows = compareIds(snapshot, profile);
    struct Cells { QString type, label, column, value, carrier, verdict; IdVerdict v; };
    std::vector<Cells> cells;
    for (const IdRow &row : rows) {
        QStringList carriers;
        for (const HubSpotObject *object : row.carriers)
            carriers << QCoreApplication::translate("ReportText", "%1 (created %2)").arg(object->id, displayTime(object->createdAt, zone));
        cells.push_back({row.objectType, row.label, row.column, row.dbValue.value_or(QStringLiteral("NULL")),
                         carriers.isEmpty() ? QStringLiteral("—") : carriers.join(QStringLiteral(", ")),
                         verdictName(row.verdict), row.verdict});
    }
    const QString hType = QCoreApplication::translate("ReportText", "OBJECT"), hLabel = QCoreApplication::translate("ReportText", "LABEL"), hColumn = QCoreApplication::translate("ReportText", "DB COLUMN"), hValue = QCoreApplication::translate("ReportText", "DB VALUE"),
                  hCarrier = QCoreApplication::translate("ReportText", "HUBSPOT OBJECT"), hVerdict = QCoreApplication::translate("ReportText", "VERDICT");
    int wType = int(hType.size()), wLabel = int(hLabel.size()), wColumn = int(hColumn.size()), wValue = int(hValue.size()),
        wCarrier = int(hCarrier.size());
    for (const Cells &c : cells) {
        wType = std::max(wType, int(c.type.size()));
        wLabel = std::max(wLabel, int(c.label.size()));
        wColumn = std::max(wColumn, int(c.column.size()));
        wValue = std::max(wValue, int(c.value.size()));
        wCarrier = std::max(wCarrier, int(c.carrier.size()));
    }
    const QString gap = QStringLiteral("  ");
    QString out = gap + pad(hType, wType) + gap + pad(hLabel, wLabel) + gap + pad(hColumn, wColumn) + gap + pad(hValue, wValue)
        + gap + pad(hCarrier, wCarrier) + gap + hVerdict + QLatin1Char('\n');
    for (const Cells &c : cells) {
        const QString verdict = verdictIsProblem(c.v) ? paint(QStringLiteral("✗ ") + c.verdict, "31;1", color)
                                                      : QStringLiteral("✓ ") + c.verdict;
        out += gap + pad(c.type, wType) + gap + pad(c.label, wLabel) + gap + pad(c.column, wColumn) + gap + pad(c.value, wValue)
            + gap + pad(c.carrier, wCarrier) + gap + verdict + QLatin1Char('\n');
    }
    return out;
}

// The verdict in capitals: the contract word in English (what scripts grep), the table's words otherwise.
QString verdictHeadline(verdict::Verdict v)
{
    const QString id = verdict::verdictName(v);
    return (i18n::currentLanguage() == QLatin1String("en") ? id : diagnosis::verdictWord(id)).toUpper();
}

} // namespace

QString displayTime(const QDateTime &time, const QTimeZone &zone)
{
    return i18n::isoTime(time, zone);
}

namespace {
// "  (history: before the fix of 2026-12-06 14:03:00 UTC)" for evidence that predates the last verified fix.
QString historyNote(const QDateTime &time, const TherapistSnapshot &snapshot, const QTimeZone &zone)
{
    if (!diagnosis::isHistory(time, snapshot))
        return {};
    return QCoreApplication::translate("ReportText", "  (history: before the fix of %1)")
        .arg(displayTime(snapshot.fixVerifiedAt, zone));
}
} // namespace

QString therapistText(const TherapistReport &report, const Profile &profile, const AccountInfo &account,
                      const TextOptions &options)
{
    const TherapistSnapshot &s = report.snapshot;
    const Therapist &t = s.therapist;
    const QTimeZone &zone = options.displayZone;
    const exporting::ExportLanguage language(i18n::currentLanguage());
    QString out;
    const verdict::Assessment assessment = verdict::assess(report);
    const char *statusColor = assessment.verdict == verdict::Verdict::Healthy ? "32;1"
        : assessment.verdict == verdict::Verdict::Attention                  ? "33;1"
        : assessment.verdict == verdict::Verdict::Broken                     ? "31;1"
                                                                             : "35;1";
    const QString status = paint(QCoreApplication::translate("ReportText", "%1 (checked: %2)")
                                     .arg(verdictHeadline(assessment.verdict),
                                          assessment.depth != verdict::Depth::Full ? QCoreApplication::translate("ReportText", "ids and labels")
                                              : assessment.historyCut
                                              ? QCoreApplication::translate("ReportText", "ids, labels, and logs and Sentry as far back as they keep")
                                              : QCoreApplication::translate("ReportText", "ids, labels, logs and Sentry")),
                                 statusColor, options.color);
    out += paint(t.name.isEmpty() ? QCoreApplication::translate("ReportText", "(no name)") : t.name, "1", options.color) + QStringLiteral("  <")
        + t.email + QStringLiteral(">  ") + status + QLatin1Char('\n');
    out += QCoreApplication::translate("ReportText", "  contact %1   therapist %2   created %3").arg(t.contactId.isEmpty() ? QCoreApplication::translate("ReportText", "(none)") : t.contactId, t.id,
                                                             displayTime(t.createdAt, zone))
        + QLatin1Char('\n');
    out += QStringLiteral("  ") + i18n::zoneCaption(zone) + QLatin1Char('\n');
    if (const QString url = recordUrl(account, QStringLiteral("0-1"), t.contactId); !url.isEmpty())
        out += QStringLiteral("  ") + url + QLatin1Char('\n');
    if (!s.target.isEmpty() && s.target != t.contactId)
        out += QStringLiteral("  ") + QCoreApplication::translate("ReportText", "(looked up as \"%1\")").arg(s.target) + QLatin1Char('\n');
    out += QLatin1Char('\n') + idTable(s, profile, zone, options.color);

    if (!s.objects.empty()) {
        out += QLatin1Char('\n') + QCoreApplication::translate("ReportText", "  Objects in HubSpot:") + QLatin1Char('\n');
        for (const HubSpotObject &object : s.objects) {
            const ObjectTypeProfile *type = profile.objectByTypeId(object.typeId);
            const QString labels = object.labels.isEmpty() ? QCoreApplication::translate("ReportText", "(no label)") : object.labels.join(QStringLiteral(", "));
            out += QStringLiteral("    ")
                + (object.archived ? QCoreApplication::translate("ReportText", "%1 %2  created %3  labels: %4  [archived]") : QCoreApplication::translate("ReportText", "%1 %2  created %3  labels: %4"))
                      .arg(type ? type->name : object.typeId, object.id, displayTime(object.createdAt, zone), labels)
                + QLatin1Char('\n');
            out += QStringLiteral("      ") + recordUrl(account, object.typeId, object.id) + QLatin1Char('\n');
        }
    }

    out += QLatin1Char('\n');
    if (assessment.verdict == verdict::Verdict::Unknown) {
        out += QCoreApplication::translate("ReportText", "  Unknown: %1\n").arg(assessment.unknownReason);
    } else if (report.findings.empty()) {
        out += QCoreApplication::translate("ReportText", "  No findings: the ids and labels agree.") + QLatin1Char('\n');
    } else {
        out += QCoreApplication::translate("ReportText", "  Findings:") + QLatin1Char('\n');
        for (const Finding &f : report.findings) {
            out += QStringLiteral("    ") + paint(pad(severityMark(f.severity), 8), severityColor(f.severity), options.color)
                + QLatin1Char(' ') + diagnosis::findingTitle(f.code) + QStringLiteral(" [") + f.code + QStringLiteral("]\n");
            out += QStringLiteral("      ") + exporting::plainDiagnosis(f, language) + QLatin1Char('\n');
            out += QStringLiteral("      ") + QCoreApplication::translate("ReportText", "Suggested fix: %1").arg(exporting::fixDescription(f.fix, language)) + QLatin1Char('\n');
        }
    }
    for (const SourceProblem &problem : s.problems)
        out += QStringLiteral("  ! %1\n").arg(problem.message);
    // Evidence past a source's retention: said, so that its absence is not taken for "nothing happened".
    for (const EvidenceWindow &window : s.evidenceWindows) {
        if (!window.complete)
            out += QStringLiteral("  ! %1\n").arg(window.note);
    }

    if (options.evidence) {
        if (!s.logs.empty()) {
            out += QLatin1Char('\n') + QCoreApplication::translate("ReportText", "  Log lines (%1):").arg(s.logs.size()) + QLatin1Char('\n');
            const int first = std::max(0, int(s.logs.size()) - options.maxLogLines);
            if (first > 0)
                out += QStringLiteral("    ") + QCoreApplication::translate("ReportText", "… %1 earlier lines").arg(first) + QLatin1Char('\n');
            for (int i = first; i < int(s.logs.size()); ++i) {
                const LogLine &line = s.logs[size_t(i)];
                out += QStringLiteral("    %1  %2%3\n").arg(displayTime(line.time, zone), line.line, historyNote(line.time, s, zone));
            }
        }
        if (!s.errors.empty()) {
            out += QLatin1Char('\n') + QCoreApplication::translate("ReportText", "  Sentry issues:") + QLatin1Char('\n');
            for (const SentryIssue &issue : s.errors)
                out += QStringLiteral("    ") + QCoreApplication::translate("ReportText", "%1 ×%2  last seen %3").arg(issue.title).arg(issue.count).arg(displayTime(issue.lastSeen, zone))
                    + historyNote(issue.lastSeen, s, zone) + QStringLiteral("\n      ") + issue.permalink + QLatin1Char('\n');
        }
        if (!report.timeline.empty()) {
            out += QLatin1Char('\n') + QCoreApplication::translate("ReportText", "  Timeline:") + QLatin1Char('\n');
            for (const TimelineEntry &entry : report.timeline)
                out += QStringLiteral("    %1  %2  %3\n").arg(displayTime(entry.time, zone), pad(i18n::sourceName(entry.source), 13), entry.text);
        }
    }
    return out;
}

QString unresolvedText(const std::vector<UnresolvedTarget> &targets)
{
    if (targets.empty())
        return {};
    QString out = QCoreApplication::translate("ReportText", "Could not resolve %n target(s):", nullptr, int(targets.size())) + QLatin1Char('\n');
    for (const UnresolvedTarget &target : targets)
        out += QStringLiteral("  %1: %2\n").arg(target.target, target.reason);
    return out;
}

} // namespace credsync::report
