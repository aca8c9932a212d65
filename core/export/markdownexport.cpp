#include "markdownexport.h"
#include "../report/verdict.h"
#include "../diagnosis/diagnosis.h"

#include "diagnosistext.h"
#include "evidencediff.h"
#include "exporter.h"
#include "exportlanguage.h"
#include "markdowntext.h"
#include "readertime.h"
#include "redactor.h"
#include "ticketblock.h"
#include "../evidence/evidencewindows.h"

#include "../diagnosis/findingtext.h"
#include "../report/idcomparison.h"
#include "../report/reportjson.h"

#include <algorithm>

namespace credsync::exporting {

namespace md = markdown;

namespace {

class MarkdownWriter
{
public:
    MarkdownWriter(const ExportContent &content, const ExportOptions &options)
        : c(content), o(options), l(options.language)
    {
    }

    QString write()
    {
        header();
        summary();
        int index = 0;
        for (const TherapistReport &report : c.reports)
            therapist(++index, report);
        unresolved();
        footer();
        // A second line of defence: whatever slipped past the content masking, no address leaves.
        return o.redact ? Redactor::maskEmails(out, l.translate("Export", "[email hidden]")) : out;
    }

private:
    // A finding's plain title in the export's language (diagnosis/findingtext.h), the code when unknown.
    QString title(const QString &code) const
    {
        const diagnosis::FindingWords *words = diagnosis::findingWords(code);
        return words ? l.translate("FindingText", words->title) : code;
    }
    QString sourceWord(const QString &source) const
    {
        if (source == QLatin1String("db"))
            return l.translate("TimeText", "database");
        if (source == QLatin1String("hubspot"))
            return QStringLiteral("HubSpot");
        if (source == QLatin1String("log"))
            return l.translate("TimeText", "log");
        if (source == QLatin1String("sentry"))
            return QStringLiteral("Sentry");
        if (source == QLatin1String("audit"))
            return l.translate("TimeText", "audit");
        return source;
    }
    // One time column, in the reader's zone, named in its header ("Time (Europe/Madrid)"); running text
    // says the time alone, the zone being named once at the top (readertime.h).
    QString zoneName() const { return readerZoneName(o.readerZone); }
    QString when(const QDateTime &time) const { return readerTime(time, o.readerZone); }
    QString timeHeaders() const { return QStringLiteral("| ") + l.translate("Export", "Time (%1)").arg(md::escape(zoneName())) + QLatin1Char(' '); }
    QString timeCells(const QDateTime &time) const { return QStringLiteral("| ") + when(time) + QLatin1Char(' '); }
    static QString timeRule() { return QStringLiteral("|---"); }

    QString displayName(const Therapist &therapist) const
    {
        return therapist.name.isEmpty() ? l.translate("Export", "(no name)") : therapist.name;
    }

    QString fixSummary(const QString &therapistId) const
    {
        const auto it = c.fixes.find(therapistId);
        if (it == c.fixes.end() || it->second.empty())
            return QStringLiteral("—");
        QStringList parts;
        for (const AppliedFix &fix : it->second)
            parts << fixShortName(fix.fix, l) + QStringLiteral(" (") + md::escape(outcomeText(fix.outcome, l)) + QLatin1Char(')');
        return parts.join(QStringLiteral(", "));
    }

    void header()
    {
        if (c.caseHeader) {
            out += QStringLiteral("# ") + l.translate("Export", "Case") + QStringLiteral(": ") + md::escape(c.caseHeader->name);
            // The ticket in the title, unless it is a URL (listed below) or the case is already named after it.
            if (!c.caseHeader->ticket.isEmpty() && !c.caseHeader->ticket.startsWith(QLatin1String("http"))
                && !c.caseHeader->name.contains(c.caseHeader->ticket))
                out += QStringLiteral(" — ") + md::escape(c.caseHeader->ticket);
            out += QStringLiteral("\n\n");
        } else {
            out += QStringLiteral("# ") + l.translate("Export", "Therapist write-up: %n therapist(s)", nullptr, int(c.reports.size()))
                + QStringLiteral("\n\n");
        }
        // What a Success agent pastes into the ticket comes first; the evidence follows.
        out += ticketBlockMarkdown(c, o);
        if (c.caseHeader) {
            const CaseHeader &h = *c.caseHeader;
            if (!h.ticket.isEmpty())
                out += QStringLiteral("- **") + l.translate("Export", "Ticket") + QStringLiteral(":** ")
                    + (h.ticket.startsWith(QLatin1String("http")) ? md::link(h.ticket, h.ticket) : md::escape(h.ticket)) + QLatin1Char('\n');
            out += QStringLiteral("- **") + l.translate("Export", "Case opened") + QStringLiteral(":** ") + when(h.openedAt) + QLatin1Char('\n');
            if (h.closedAt.isValid())
                out += QStringLiteral("- **") + l.translate("Export", "Case closed") + QStringLiteral(":** ") + when(h.closedAt) + QLatin1Char('\n');
        }
        out += QStringLiteral("- **") + l.translate("Export", "Profile") + QStringLiteral(":** ") + md::code(c.profile.name);
        if (!c.account.portalId.isEmpty())
            out += QStringLiteral(" · ") + l.translate("Export", "HubSpot portal") + QLatin1Char(' ') + c.account.portalId;
        out += QLatin1Char('\n');
        out += QStringLiteral("- **") + l.translate("Export", "Generated") + QStringLiteral(":** ") + when(c.generatedAt) + QLatin1Char('\n');
        if (o.redact)
            out += QStringLiteral("- **") + l.translate("Export", "Redacted") + QStringLiteral(":** ") + l.translate("Export", "names and email addresses are masked") + QLatin1Char('\n');
        if (c.caseHeader && !c.caseHeader->notes.trimmed().isEmpty()) {
            out += QLatin1Char('\n') + QStringLiteral("**") + l.translate("Export", "Notes") + QStringLiteral(":**\n\n");
            for (const QString &line : c.caseHeader->notes.trimmed().split(QLatin1Char('\n')))
                out += QStringLiteral("> ") + md::escape(line) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    void summary()
    {
        out += QStringLiteral("## ") + l.translate("Export", "Summary") + QStringLiteral("\n\n");
        out += QStringLiteral("| ") + l.translate("Export", "Therapist") + QStringLiteral(" | ") + l.translate("Export", "Contact id") + QStringLiteral(" | ")
            + l.translate("Export", "Findings") + QStringLiteral(" | ") + l.translate("Export", "Fix applied") + QStringLiteral(" |\n|---|---|---|---|\n");
        for (const TherapistReport &report : c.reports) {
            const Therapist &t = report.snapshot.therapist;
            QStringList codes;
            for (const QString &code : findingCodes(report).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                codes << md::escape(title(code));
            out += QStringLiteral("| ") + md::escape(displayName(t)) + QStringLiteral(" | ")
                + md::link(t.contactId.isEmpty() ? l.translate("Export", "(none)") : t.contactId, recordUrl(c.account, QStringLiteral("0-1"), t.contactId))
                + QStringLiteral(" | ") + (codes.isEmpty() ? l.translate("Export", "healthy") : codes.join(QStringLiteral("; "))) + QStringLiteral(" | ")
                + fixSummary(t.id) + QStringLiteral(" |\n");
        }
        const nlohmann::json byCode = report::summaryByCode(c.reports);
        if (!byCode.empty()) {
            QStringList parts;
            for (auto it = byCode.begin(); it != byCode.end(); ++it)
                parts << md::escape(title(QString::fromStdString(it.key()))) + QStringLiteral(" ×") + QString::number(it.value().get<int>());
            out += QLatin1Char('\n') + l.translate("Export", "Therapists by finding") + QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    // The comment after a column in the ids block: what HubSpot says about the label, and the verdict.
    QString verdictText(const report::IdRow &row) const
    {
        using report::IdVerdict;
        QStringList ids;
        for (const HubSpotObject *object : row.carriers)
            ids << object->id;
        const QString carriers = ids.join(QStringLiteral(", "));
        switch (row.verdict) {
        case IdVerdict::Match: return l.translate("Export", "matches HubSpot %1").arg(carriers);
        case IdVerdict::Empty: return l.translate("Export", "no object carries the label");
        case IdVerdict::MissingInDb: return l.translate("Export", "MISSING: HubSpot has %1").arg(carriers);
        case IdVerdict::Stale: return l.translate("Export", "STALE: no object with this id carries the label");
        case IdVerdict::Conflict: return l.translate("Export", "CONFLICT: %1 all carry the label").arg(carriers);
        case IdVerdict::Unknown: return l.translate("Export", "HubSpot could not be read");
        }
        return {};
    }

    void idColumns(const TherapistSnapshot &s)
    {
        const std::vector<report::IdRow> rows = report::compareIds(s, c.profile);
        if (rows.empty())
            return;
        out += QStringLiteral("### ") + l.translate("Export", "Ids in the database") + QStringLiteral("\n\n");
        int columnWidth = 0;
        int valueWidth = 4;
        for (const report::IdRow &row : rows) {
            columnWidth = std::max(columnWidth, int(row.column.size()));
            valueWidth = std::max(valueWidth, int(row.dbValue.value_or(QString()).size()));
        }
        QString block;
        for (const report::IdRow &row : rows)
            block += row.column.leftJustified(columnWidth, QLatin1Char(' ')) + QStringLiteral(" = ")
                + row.dbValue.value_or(QStringLiteral("NULL")).leftJustified(valueWidth, QLatin1Char(' ')) + QStringLiteral("  # ")
                // With several object types "Active" alone would not say whose label it is.
                + (c.profile.objects.size() > 1 ? row.objectType + QStringLiteral(" / ") : QString()) + row.label
                + QStringLiteral(": ") + verdictText(row) + QLatin1Char('\n');
        out += md::codeBlock(block, QStringLiteral("text")) + QLatin1Char('\n');
    }

    void objects(const TherapistSnapshot &s)
    {
        out += QStringLiteral("### ") + l.translate("Export", "Objects in HubSpot") + QStringLiteral("\n\n");
        if (!s.hubspotLoaded) {
            out += l.translate("Export", "HubSpot could not be read for this contact.") + QStringLiteral("\n\n");
            return;
        }
        if (s.objects.empty()) {
            out += l.translate("Export", "No object is associated with this contact.") + QStringLiteral("\n\n");
            return;
        }
        out += QStringLiteral("| ") + l.translate("Export", "Object") + QStringLiteral(" | ") + l.translate("Export", "Id") + QStringLiteral(" ")
            + QStringLiteral("| ") + l.translate("Export", "Created (%1)").arg(md::escape(zoneName())) + QStringLiteral(" | ") + l.translate("Export", "Labels")
            + QStringLiteral(" |\n|---|---") + timeRule() + QStringLiteral("|---|\n");
        for (const HubSpotObject &object : s.objects) {
            const ObjectTypeProfile *type = c.profile.objectByTypeId(object.typeId);
            QString labels = object.labels.isEmpty() ? l.translate("Export", "(no label)") : md::escape(object.labels.join(QStringLiteral(", ")));
            if (object.archived)
                labels += QStringLiteral(" · ") + l.translate("Export", "archived");
            out += QStringLiteral("| ") + md::escape(type ? type->name : object.typeId) + QStringLiteral(" | ")
                + md::link(object.id, recordUrl(c.account, object.typeId, object.id)) + QLatin1Char(' ') + timeCells(object.createdAt)
                + QStringLiteral("| ") + labels + QStringLiteral(" |\n");
        }
        out += QLatin1Char('\n');
    }

    void diagnosis(const TherapistReport &report)
    {
        out += QStringLiteral("### ") + l.translate("Export", "Diagnosis") + QStringLiteral("\n\n");
        if (report.findings.empty())
            out += l.translate("Export", "No findings: the database ids and the HubSpot labels agree.") + QStringLiteral("\n");
        for (const Finding &f : report.findings) {
            out += QStringLiteral("- **") + md::escape(title(f.code)) + QStringLiteral("** (") + md::code(f.code) + QStringLiteral(", ")
                + severityText(f.severity, l);
            if (!f.objectType.isEmpty())
                out += QStringLiteral(", ") + md::escape(f.objectType);
            out += QStringLiteral("): ") + plainDiagnosis(f, l) + QLatin1Char('\n');
            // The diagnosis's own summary is English; in another language the plain diagnosis above says it.
            if (!f.summary.isEmpty() && l.code() == QLatin1String("en"))
                out += QStringLiteral("  - ") + l.translate("Export", "Detail") + QStringLiteral(": ") + md::escape(f.summary) + QLatin1Char('\n');
            out += QStringLiteral("  - ") + l.translate("Export", "Suggested fix") + QStringLiteral(": ") + fixDescription(f.fix, l)
                + (f.fix.isEmpty() ? QString() : QStringLiteral(" (") + md::code(f.fix) + QLatin1Char(')')) + QLatin1Char('\n');
            if (!f.evidence.empty())
                out += QStringLiteral("  - ") + l.translate("Export", "Evidence") + QStringLiteral(": ")
                    + md::code(QString::fromStdString(f.evidence.dump())) + QLatin1Char('\n');
        }
        for (const SourceProblem &problem : report.snapshot.problems)
            out += QStringLiteral("\n> ⚠ ") + md::escape(problem.message) + QLatin1Char('\n');
        for (const EvidenceWindow &window : report.snapshot.evidenceWindows) {
            if (!window.complete)
                out += QStringLiteral("\n> ⚠ ") + md::escape(windowNote(window)) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    QString windowNote(const EvidenceWindow &window) const
    {
        return evidence::windowNote(window, [this](const char *context, const char *text) { return l.translate(context, text); });
    }

    void logs(const TherapistSnapshot &s)
    {
        out += QStringLiteral("### ") + l.translate("Export", "Log lines") + QStringLiteral("\n\n");
        out += l.translate("Export", "LogQL query") + QStringLiteral(":\n\n") + md::codeBlock(logQuery(c.profile, s.therapist), QStringLiteral("logql"))
            + QLatin1Char('\n');
        if (const EvidenceWindow *cut = evidence::cutWindow(s.evidenceWindows, QStringLiteral("loki")))
            out += QStringLiteral("> ⚠ ") + md::escape(windowNote(*cut)) + QStringLiteral("\n\n");
        if (s.logs.empty()) {
            // Not "none" when the window was cut: only none in what Loki still keeps.
            out += (evidence::cutWindow(s.evidenceWindows, QStringLiteral("loki"))
                        ? l.translate("Export", "No log lines found in what Loki still keeps.")
                        : l.translate("Export", "No log lines found.")) + QStringLiteral("\n\n");
            return;
        }
        out += timeHeaders() + QStringLiteral("| ") + l.translate("Export", "Line") + QStringLiteral(" |\n") + timeRule() + QStringLiteral("|---|\n");
        for (const LogLine &line : s.logs) {
            out += timeCells(line.time) + QStringLiteral("| ") + md::code(line.line, true);
            if (diagnosis::isHistory(line.time, s))
                out += QLatin1Char(' ') + l.translate("Export", "(before the fix of %1)").arg(when(s.fixVerifiedAt));
            out += QStringLiteral(" |\n");
        }
        out += QLatin1Char('\n');
    }

    void errors(const TherapistSnapshot &s)
    {
        out += QStringLiteral("### ") + l.translate("Export", "Sentry issues") + QStringLiteral("\n\n");
        if (const EvidenceWindow *cut = evidence::cutWindow(s.evidenceWindows, QStringLiteral("sentry")))
            out += QStringLiteral("> ⚠ ") + md::escape(windowNote(*cut)) + QStringLiteral("\n\n");
        if (s.errors.empty()) {
            out += (evidence::cutWindow(s.evidenceWindows, QStringLiteral("sentry"))
                        ? l.translate("Export", "No Sentry issues found in what Sentry still keeps.")
                        : l.translate("Export", "No Sentry issues found.")) + QStringLiteral("\n\n");
            return;
        }
        for (const SentryIssue &issue : s.errors) {
            out += QStringLiteral("- ") + md::link(issue.title, issue.permalink);
            if (!issue.shortId.isEmpty())
                out += QStringLiteral(" (") + md::code(issue.shortId) + QLatin1Char(')');
            out += QStringLiteral(": ") + l.translate("Export", "%n event(s)", nullptr, int(issue.count)) + QStringLiteral(", ")
                + l.translate("Export", "first seen") + QLatin1Char(' ') + when(issue.firstSeen) + QStringLiteral(", ") + l.translate("Export", "last seen") + QLatin1Char(' ')
                + when(issue.lastSeen);
            if (diagnosis::isHistory(issue.lastSeen, s))
                out += QStringLiteral(" ") + l.translate("Export", "(before the fix of %1)").arg(when(s.fixVerifiedAt));
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    void timeline(const TherapistReport &report)
    {
        if (report.timeline.empty())
            return;
        out += QStringLiteral("### ") + l.translate("Export", "Timeline") + QStringLiteral("\n\n");
        out += timeHeaders() + QStringLiteral("| ") + l.translate("Export", "Source") + QStringLiteral(" | ") + l.translate("Export", "Event") + QStringLiteral(" |\n")
            + timeRule() + QStringLiteral("|---|---|\n");
        for (const TimelineEntry &entry : report.timeline)
            out += timeCells(entry.time) + QStringLiteral("| ") + sourceWord(entry.source) + QStringLiteral(" | ")
                + (entry.url.isEmpty() ? md::escape(entry.text) : md::link(entry.text, entry.url)) + QStringLiteral(" |\n");
        out += QLatin1Char('\n');
    }

    QString changeText(const EvidenceChange &change) const
    {
        const QString none = l.translate("Export", "(none)");
        const auto value = [&](const QString &text) { return text.isEmpty() ? none : md::code(text); };
        switch (change.kind) {
        case EvidenceChange::Kind::Findings:
            return l.translate("Export", "Findings") + QStringLiteral(": ") + value(change.was) + QStringLiteral(" → ") + value(change.now);
        case EvidenceChange::Kind::Column:
            return md::code(change.subject) + QStringLiteral(": ") + value(change.was) + QStringLiteral(" → ") + value(change.now);
        case EvidenceChange::Kind::Labels:
            return l.translate("Export", "Labels of object %1").arg(change.subject) + QStringLiteral(": ") + value(change.was) + QStringLiteral(" → ")
                + value(change.now);
        case EvidenceChange::Kind::ObjectAdded:
            return l.translate("Export", "New object %1").arg(change.subject) + QStringLiteral(": ") + value(change.now);
        case EvidenceChange::Kind::ObjectRemoved:
            return l.translate("Export", "Object %1 is gone or archived").arg(change.subject) + QStringLiteral(" (") + value(change.was) + QLatin1Char(')');
        }
        return {};
    }

    void wasNow(const TherapistReport &report)
    {
        const auto it = c.previous.find(report.snapshot.therapist.id);
        if (it == c.previous.end())
            return;
        out += QStringLiteral("### ") + l.translate("Export", "Was → now") + QStringLiteral("\n\n");
        out += l.translate("Export", "Seen when the case was saved") + QStringLiteral(": ") + when(it->second.snapshot.takenAt) + QStringLiteral("; ")
            + l.translate("Export", "inspected again") + QStringLiteral(": ") + when(report.snapshot.takenAt) + QStringLiteral(".\n\n");
        const std::vector<EvidenceChange> changes = compareEvidence(it->second, report);
        if (changes.empty())
            out += l.translate("Export", "Nothing changed since the case was saved.") + QLatin1Char('\n');
        for (const EvidenceChange &change : changes)
            out += QStringLiteral("- ") + changeText(change) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }

    void fixes(const Therapist &t)
    {
        out += QStringLiteral("### ") + l.translate("Export", "Fixes applied") + QStringLiteral("\n\n");
        const auto it = c.fixes.find(t.id);
        if (it == c.fixes.end() || it->second.empty()) {
            out += l.translate("Export", "None recorded in the workspace.") + QStringLiteral("\n\n");
            return;
        }
        for (const AppliedFix &fix : it->second) {
            out += QStringLiteral("- ") + when(fix.time) + QStringLiteral(": **") + md::escape(fixShortName(fix.fix, l)) + QStringLiteral("** ")
                + md::escape(outcomeText(fix.outcome, l));
            if (!fix.operatorName.isEmpty())
                out += QStringLiteral(", ") + l.translate("Export", "by %1").arg(md::escape(fix.operatorName));
            if (!fix.profileName.isEmpty())
                out += QStringLiteral(" (") + l.translate("Export", "profile") + QLatin1Char(' ') + md::code(fix.profileName) + QLatin1Char(')');
            if (!fix.detail.isEmpty())
                out += QStringLiteral(": ") + md::escape(fix.detail);
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    void therapist(int index, const TherapistReport &report)
    {
        const TherapistSnapshot &s = report.snapshot;
        const Therapist &t = s.therapist;
        out += QStringLiteral("## ") + QString::number(index) + QStringLiteral(". ") + md::escape(displayName(t)) + QStringLiteral("\n\n");
        out += QStringLiteral("- **") + l.translate("Export", "Contact id") + QStringLiteral(":** ")
            + (t.contactId.isEmpty() ? l.translate("Export", "(none)") : md::link(t.contactId, recordUrl(c.account, QStringLiteral("0-1"), t.contactId)))
            + QLatin1Char('\n');
        out += QStringLiteral("- **") + l.translate("Export", "Therapist id") + QStringLiteral(":** ") + md::code(t.id) + QLatin1Char('\n');
        if (!t.email.isEmpty())
            out += QStringLiteral("- **") + l.translate("Export", "Email") + QStringLiteral(":** ") + md::escape(t.email) + QLatin1Char('\n');
        if (t.createdAt.isValid())
            out += QStringLiteral("- **") + l.translate("Export", "Signed up") + QStringLiteral(":** ") + when(t.createdAt) + QLatin1Char('\n');
        if (!s.target.isEmpty() && s.target != t.contactId)
            out += QStringLiteral("- **") + l.translate("Export", "Looked up as") + QStringLiteral(":** ") + md::code(s.target) + QLatin1Char('\n');
        const verdict::Assessment assessment = verdict::assess(report);
        const QString word = assessment.verdict == verdict::Verdict::Healthy   ? l.translate("Export", "healthy")
            : assessment.verdict == verdict::Verdict::Unknown                  ? l.translate("Export", "unknown: %1").arg(md::escape(assessment.unknownReason))
            : assessment.verdict == verdict::Verdict::Broken                   ? l.translate("Export", "broken")
                                                                               : l.translate("Export", "needs attention");
        // A full check whose evidence windows retention cut does not call itself full (verdict.h).
        const QString checked = assessment.depth != verdict::Depth::Full ? l.translate("Export", "checked (ids and labels)")
            : assessment.historyCut ? l.translate("Export", "checked (ids, labels, and logs and Sentry as far back as they keep)")
                                    : l.translate("Export", "checked in full (ids, labels, logs and Sentry)");
        out += QStringLiteral("- **") + l.translate("Export", "Status") + QStringLiteral(":** ") + word
            + QStringLiteral(" · ") + checked + QLatin1Char(' ') + when(s.takenAt) + QStringLiteral("\n\n");
        if (s.fixVerifiedAt.isValid())
            out += l.translate("Export", "Fixed and verified %1: logs and errors from before it are history and make no finding.").arg(when(s.fixVerifiedAt))
                + QStringLiteral("\n\n");
        objects(s);
        idColumns(s);
        diagnosis(report);
        logs(s);
        errors(s);
        timeline(report);
        wasNow(report);
        fixes(t);
    }

    void unresolved()
    {
        if (c.unresolved.empty())
            return;
        out += QStringLiteral("## ") + l.translate("Export", "Targets not found") + QStringLiteral("\n\n");
        for (const UnresolvedTarget &target : c.unresolved)
            out += QStringLiteral("- ") + md::code(target.target) + QStringLiteral(": ") + md::escape(target.reason) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }

    void footer()
    {
        out += QStringLiteral("---\n\n*") + l.translate("Export", "Made by %1 from profile %2 on %3. Contains no secrets.")
                                               .arg(md::escape(c.generator), md::code(c.profile.name), when(c.generatedAt))
            + QStringLiteral("*\n");
    }

    const ExportContent &c;
    const ExportOptions &o;
    const ExportLanguage l;
    QString out;
};

} // namespace

QString markdownExport(const ExportContent &content, const ExportOptions &options)
{
    const ExportContent prepared = preparedContent(withTimelinesIn(content, ExportLanguage(options.language)), options);
    return MarkdownWriter(prepared, options).write();
}

} // namespace credsync::exporting
