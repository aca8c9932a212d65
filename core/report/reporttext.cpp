#include "reporttext.h"

#include "idcomparison.h"
#include "verdict.h"
#include "../diagnosis/diagnosis.h"

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
    case Severity::Error: return QStringLiteral("ERROR  ");
    case Severity::Warning: return QStringLiteral("WARNING");
    case Severity::Info: return QStringLiteral("INFO   ");
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

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")) : QStringLiteral("—");
}

QString idTable(const TherapistSnapshot &snapshot, const Profile &profile, bool color)
{
    const std::vector<IdRow> rows = compareIds(snapshot, profile);
    struct Cells { QString type, label, column, value, carrier, verdict; IdVerdict v; };
    std::vector<Cells> cells;
    for (const IdRow &row : rows) {
        QStringList carriers;
        for (const HubSpotObject *object : row.carriers)
            carriers << QStringLiteral("%1 (created %2)").arg(object->id, shortTime(object->createdAt));
        cells.push_back({row.objectType, row.label, row.column, row.dbValue.value_or(QStringLiteral("NULL")),
                         carriers.isEmpty() ? QStringLiteral("—") : carriers.join(QStringLiteral(", ")),
                         verdictName(row.verdict), row.verdict});
    }
    int wType = 6, wLabel = 5, wColumn = 9, wValue = 8, wCarrier = 14;
    for (const Cells &c : cells) {
        wType = std::max(wType, int(c.type.size()));
        wLabel = std::max(wLabel, int(c.label.size()));
        wColumn = std::max(wColumn, int(c.column.size()));
        wValue = std::max(wValue, int(c.value.size()));
        wCarrier = std::max(wCarrier, int(c.carrier.size()));
    }
    QString out;
    out += QStringLiteral("  ") + pad(QStringLiteral("OBJECT"), wType) + QStringLiteral("  ") + pad(QStringLiteral("LABEL"), wLabel)
        + QStringLiteral("  ") + pad(QStringLiteral("DB COLUMN"), wColumn) + QStringLiteral("  ") + pad(QStringLiteral("DB VALUE"), wValue)
        + QStringLiteral("  ") + pad(QStringLiteral("HUBSPOT OBJECT"), wCarrier) + QStringLiteral("  VERDICT\n");
    for (const Cells &c : cells) {
        const QString verdict = verdictIsProblem(c.v) ? paint(QStringLiteral("✗ ") + c.verdict, "31;1", color)
                                                      : QStringLiteral("✓ ") + c.verdict;
        out += QStringLiteral("  ") + pad(c.type, wType) + QStringLiteral("  ") + pad(c.label, wLabel) + QStringLiteral("  ")
            + pad(c.column, wColumn) + QStringLiteral("  ") + pad(c.value, wValue) + QStringLiteral("  ") + pad(c.carrier, wCarrier)
            + QStringLiteral("  ") + verdict + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString displayTime(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime local = time.toTimeZone(zone);
    const QString abbreviation = zone.abbreviation(local);
    QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ')
        + (abbreviation.isEmpty() ? QString::fromUtf8(zone.id()) : abbreviation);
    if (zone != QTimeZone::utc() && zone.offsetFromUtc(local) != 0)
        text += QStringLiteral(" (%1 UTC)").arg(time.toUTC().toString(QStringLiteral("HH:mm:ss")));
    return text;
}

namespace {
// "  (before the fix of 2026-12-06 14:03)" for evidence that predates the last verified fix.
QString historyNote(const QDateTime &time, const TherapistSnapshot &snapshot)
{
    if (!diagnosis::isHistory(time, snapshot))
        return {};
    return QCoreApplication::translate("ReportText", "  (history: before the fix of %1)")
        .arg(snapshot.fixVerifiedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}
} // namespace

QString therapistText(const TherapistReport &report, const Profile &profile, const AccountInfo &account,
                      const TextOptions &options)
{
    const TherapistSnapshot &s = report.snapshot;
    const Therapist &t = s.therapist;
    QString out;
    const verdict::Assessment assessment = verdict::assess(report);
    const char *statusColor = assessment.verdict == verdict::Verdict::Healthy ? "32;1"
        : assessment.verdict == verdict::Verdict::Attention                  ? "33;1"
        : assessment.verdict == verdict::Verdict::Broken                     ? "31;1"
                                                                             : "35;1";
    const QString status = paint(QCoreApplication::translate("ReportText", "%1 (checked: %2)")
                                     .arg(verdict::verdictName(assessment.verdict).toUpper(),
                                          assessment.depth == verdict::Depth::Full
                                              ? QCoreApplication::translate("ReportText", "ids, labels, logs and Sentry")
                                              : QCoreApplication::translate("ReportText", "ids and labels")),
                                 statusColor, options.color);
    out += paint(t.name.isEmpty() ? QStringLiteral("(no name)") : t.name, "1", options.color) + QStringLiteral("  <")
        + t.email + QStringLiteral(">  ") + status + QLatin1Char('\n');
    out += QStringLiteral("  contact %1   therapist %2   created %3\n")
               .arg(t.contactId.isEmpty() ? QStringLiteral("(none)") : t.contactId, t.id,
                    displayTime(t.createdAt, options.displayZone));
    if (const QString url = recordUrl(account, QStringLiteral("0-1"), t.contactId); !url.isEmpty())
        out += QStringLiteral("  ") + url + QLatin1Char('\n');
    if (!s.target.isEmpty() && s.target != t.contactId)
        out += QStringLiteral("  (from \"%1\")\n").arg(s.target);
    out += QLatin1Char('\n') + idTable(s, profile, options.color);

    if (!s.objects.empty()) {
        out += QStringLiteral("\n  Objects in HubSpot:\n");
        for (const HubSpotObject &object : s.objects) {
            const ObjectTypeProfile *type = profile.objectByTypeId(object.typeId);
            out += QStringLiteral("    %1 %2  created %3  labels: %4%5\n")
                       .arg(type ? type->name : object.typeId, object.id, displayTime(object.createdAt, options.displayZone),
                            object.labels.isEmpty() ? QStringLiteral("(none)") : object.labels.join(QStringLiteral(", ")),
                            object.archived ? QStringLiteral("  [archived]") : QString());
            out += QStringLiteral("      ") + recordUrl(account, object.typeId, object.id) + QLatin1Char('\n');
        }
    }

    out += QLatin1Char('\n');
    if (assessment.verdict == verdict::Verdict::Unknown) {
        out += QCoreApplication::translate("ReportText", "  Unknown: %1\n").arg(assessment.unknownReason);
    } else if (report.findings.empty()) {
        out += QStringLiteral("  No findings: the ids and labels agree.\n");
    } else {
        out += QStringLiteral("  Findings:\n");
        for (const Finding &f : report.findings) {
            out += QStringLiteral("    ") + paint(severityMark(f.severity), severityColor(f.severity), options.color)
                + QLatin1Char(' ') + pad(f.code, 22) + f.summary + QLatin1Char('\n');
            out += QStringLiteral("      fix: %1   evidence: %2\n")
                       .arg(f.fix, QString::fromStdString(f.evidence.dump()));
        }
    }
    for (const SourceProblem &problem : s.problems)
        out += QStringLiteral("  ! %1\n").arg(problem.message);

    if (options.evidence) {
        if (!s.logs.empty()) {
            out += QStringLiteral("\n  Log lines (%1):\n").arg(s.logs.size());
            const int first = std::max(0, int(s.logs.size()) - options.maxLogLines);
            if (first > 0)
                out += QStringLiteral("    … %1 earlier lines\n").arg(first);
            for (int i = first; i < int(s.logs.size()); ++i) {
                const LogLine &line = s.logs[size_t(i)];
                out += QStringLiteral("    %1  %2%3\n").arg(shortTime(line.time), line.line, historyNote(line.time, s));
            }
        }
        if (!s.errors.empty()) {
            out += QStringLiteral("\n  Sentry issues:\n");
            for (const SentryIssue &issue : s.errors)
                out += QStringLiteral("    %1 ×%2  last seen %3%4\n      %5\n")
                           .arg(issue.title).arg(issue.count).arg(shortTime(issue.lastSeen), historyNote(issue.lastSeen, s), issue.permalink);
        }
        if (!report.timeline.empty()) {
            out += QStringLiteral("\n  Timeline (%1):\n").arg(options.displayZone == QTimeZone::utc()
                                                                     ? QStringLiteral("UTC")
                                                                     : QString::fromUtf8(options.displayZone.id()));
            for (const TimelineEntry &entry : report.timeline)
                out += QStringLiteral("    %1  %2  %3\n")
                           .arg(displayTime(entry.time, options.displayZone), pad(entry.source, 7), entry.text);
        }
    }
    return out;
}

QString unresolvedText(const std::vector<UnresolvedTarget> &targets)
{
    if (targets.empty())
        return {};
    QString out = QStringLiteral("Could not resolve %1 target(s):\n").arg(targets.size());
    for (const UnresolvedTarget &target : targets)
        out += QStringLiteral("  %1: %2\n").arg(target.target, target.reason);
    return out;
}

} // namespace credsync::report
