#include "ticketblock.h"

#include "diagnosistext.h"
#include "markdowntext.h"
#include "readertime.h"

#include "../diagnosis/findingtext.h"
#include "../report/verdict.h"

#include <algorithm>

namespace credsync::exporting {

namespace {

bool applied(const AppliedFix &fix)
{
    return fix.outcome == QLatin1String("applied");
}

class TicketWriter
{
public:
    TicketWriter(const ExportContent &content, const ExportOptions &options)
        : c(content), o(options), l(options.language)
    {
    }

    TicketLines lines(const TherapistReport &report) const
    {
        const Therapist &t = report.snapshot.therapist;
        TicketLines out;
        out.name = t.name.isEmpty() ? l.translate("Export", "(no name)") : t.name;
        out.contactId = t.contactId;
        const verdict::Assessment assessment = verdict::assess(report);
        const std::vector<AppliedFix> &done = fixesOf(t.id);
        out.wrong = wrong(report, assessment, done);
        out.done = whatWasDone(report, done);
        out.state = state(report, assessment, done);
        return out;
    }

private:
    const std::vector<AppliedFix> &fixesOf(const QString &therapistId) const
    {
        static const std::vector<AppliedFix> none;
        const auto it = c.fixes.find(therapistId);
        return it == c.fixes.end() ? none : it->second;
    }

    // "Id missing in the database; Ids pulled too early", errors first, each title once.
    QString titles(const std::vector<Finding> &findings, bool errorsOnly = false) const
    {
        QStringList out;
        for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
            if (errorsOnly && severity != Severity::Error)
                continue;
            for (const Finding &finding : findings) {
                if (finding.severity != severity)
                    continue;
                const diagnosis::FindingWords *words = diagnosis::findingWords(finding.code);
                const QString title = words ? l.translate("FindingText", words->title) : finding.code;
                if (!out.contains(title))
                    out << title;
            }
        }
        return out.join(QStringLiteral("; "));
    }

    bool wasFixed(const TherapistReport &report, const std::vector<AppliedFix> &done) const
    {
        return report.snapshot.fixVerifiedAt.isValid() || std::any_of(done.begin(), done.end(), applied);
    }

    QString wrong(const TherapistReport &report, const verdict::Assessment &assessment, const std::vector<AppliedFix> &done) const
    {
        // What the ticket came in with: the case's saved evidence when there is one, else what is seen now.
        const auto previous = c.previous.find(report.snapshot.therapist.id);
        const std::vector<Finding> &before = previous != c.previous.end() && !previous->second.findings.empty()
            ? previous->second.findings
            : report.findings;
        if (!before.empty())
            return l.translate("Export", "What was wrong: %1.").arg(titles(before));
        if (assessment.verdict == verdict::Verdict::Unknown)
            return l.translate("Export", "What was wrong: not known, %1").arg(assessment.unknownReason);
        if (wasFixed(report, done))
            return l.translate("Export", "What was wrong: nothing is left to see now; what was done says what the fix changed.");
        return l.translate("Export", "What was wrong: nothing, the database ids and the HubSpot labels agree.");
    }

    QString whatWasDone(const TherapistReport &report, const std::vector<AppliedFix> &done) const
    {
        QStringList parts;
        for (const AppliedFix &fix : done) {
            const QString name = fixShortName(fix.fix, l);
            const QString outcome = outcomeText(fix.outcome, l);
            const QString when = readerTime(fix.time, o.readerZone);
            parts << (fix.operatorName.isEmpty() ? l.translate("Export", "%1 (%2) on %3").arg(name, outcome, when)
                                                 : l.translate("Export", "%1 (%2) on %3 by %4").arg(name, outcome, when, fix.operatorName));
        }
        if (!parts.isEmpty())
            return l.translate("Export", "What was done: %1.").arg(parts.join(QStringLiteral("; ")));
        if (report.snapshot.fixVerifiedAt.isValid())
            return l.translate("Export", "What was done: a fix was verified on %1.").arg(readerTime(report.snapshot.fixVerifiedAt, o.readerZone));
        for (const Finding &finding : report.findings) {
            if (finding.severity == Severity::Error && !finding.fix.isEmpty() && finding.fix != QLatin1String("none"))
                return l.translate("Export", "What was done: nothing yet; the fix to apply: %1.").arg(fixDescription(finding.fix, l));
        }
        return l.translate("Export", "What was done: nothing.");
    }

    QString checked(const TherapistReport &report, const verdict::Assessment &assessment) const
    {
        const QString when = readerTime(report.snapshot.takenAt, o.readerZone);
        if (assessment.depth == verdict::Depth::Full && assessment.historyCut)
            return l.translate("Export", "Checked on %1: ids, labels, and logs and Sentry as far back as they keep.").arg(when);
        if (assessment.depth == verdict::Depth::Full)
            return l.translate("Export", "Checked in full (ids, labels, logs and Sentry) on %1.").arg(when);
        if (report.snapshot.evidenceRead)
            return l.translate("Export", "Ids and labels checked on %1; logs or Sentry could not be read.").arg(when);
        return l.translate("Export", "Ids and labels checked on %1; logs and Sentry not read.").arg(when);
    }

    QString state(const TherapistReport &report, const verdict::Assessment &assessment, const std::vector<AppliedFix> &done) const
    {
        QString verdictText;
        switch (assessment.verdict) {
        case verdict::Verdict::Healthy:
            verdictText = wasFixed(report, done)
                ? l.translate("Export", "Current state: resolved, the database ids and the HubSpot labels agree.")
                : l.translate("Export", "Current state: correct, the database ids and the HubSpot labels agree.");
            break;
        case verdict::Verdict::Broken:
            verdictText = l.translate("Export", "Current state: still wrong (%1).").arg(titles(report.findings, true));
            break;
        case verdict::Verdict::Attention:
            verdictText = l.translate("Export", "Current state: needs attention (%1).").arg(titles(report.findings));
            break;
        case verdict::Verdict::Unknown:
            verdictText = l.translate("Export", "Current state: cannot be told: %1").arg(assessment.unknownReason);
            break;
        }
        return verdictText + QLatin1Char(' ') + checked(report, assessment);
    }

    const ExportContent &c;
    const ExportOptions &o;
    const ExportLanguage l;
};

} // namespace

std::vector<TicketLines> ticketLines(const ExportContent &content, const ExportOptions &options)
{
    const TicketWriter writer(content, options);
    std::vector<TicketLines> out;
    out.reserve(content.reports.size());
    for (const TherapistReport &report : content.reports)
        out.push_back(writer.lines(report));
    return out;
}

QString ticketBlockMarkdown(const ExportContent &content, const ExportOptions &options)
{
    namespace md = markdown;
    const ExportLanguage l(options.language);
    QString out = QStringLiteral("## ") + l.translate("Export", "For the ticket") + QStringLiteral("\n\n");
    const std::vector<TicketLines> entries = ticketLines(content, options);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TicketLines &entry = entries[i];
        const QString contact = entry.contactId.isEmpty()
            ? l.translate("Export", "(none)")
            : md::link(entry.contactId, recordUrl(content.account, QStringLiteral("0-1"), entry.contactId));
        out += QStringLiteral("**") + md::escape(entry.name) + QStringLiteral("** · ") + l.translate("Export", "contact %1").arg(contact)
            + QLatin1Char('\n');
        for (const QString &line : {entry.wrong, entry.done, entry.state})
            out += QStringLiteral("- ") + md::escape(line) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('*') + l.translate("Export", "Times in %1.").arg(md::escape(readerZoneName(options.readerZone)))
        + QStringLiteral(" ") + l.translate("Export", "The full evidence follows.") + QStringLiteral("*\n\n");
    return out;
}

QString ticketBlockText(const ExportContent &content, const ExportOptions &options)
{
    const ExportLanguage l(options.language);
    QString out;
    for (const TicketLines &entry : ticketLines(content, options)) {
        out += entry.name + QStringLiteral(" · ")
            + l.translate("Export", "contact %1").arg(entry.contactId.isEmpty() ? l.translate("Export", "(none)") : entry.contactId)
            + QLatin1Char('\n');
        for (const QString &line : {entry.wrong, entry.done, entry.state})
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    out += l.translate("Export", "Times in %1.").arg(readerZoneName(options.readerZone)) + QLatin1Char('\n');
    return out;
}

} // namespace credsync::exporting
