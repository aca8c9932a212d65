#include "csvexport.h"

#include "evidencediff.h"
#include "exporter.h"
#include "exportlanguage.h"
#include "redactor.h"

#include "../evidence/evidencewindows.h"
#include "../jsonio.h"
#include "../report/verdict.h"

namespace credsync::exporting {

namespace csv {

QString field(const QString &value)
{
    QString text = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString row(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &value : fields)
        cells << field(value);
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace csv

namespace {

// "relabel applied 2025-09-15T09:12:00Z; ..." or "none": what a spreadsheet filter needs.
QString fixStatus(const ExportContent &c, const QString &therapistId)
{
    const auto it = c.fixes.find(therapistId);
    if (it == c.fixes.end() || it->second.empty())
        return QStringLiteral("none");
    QStringList parts;
    for (const AppliedFix &fix : it->second)
        parts << fix.fix + QLatin1Char(' ') + fix.outcome + QLatin1Char(' ') + isoUtc(fix.time);
    return parts.join(QStringLiteral("; "));
}

// The notes of the evidence windows that retention cut, in the export's language; empty when none was.
QString incompleteEvidence(const TherapistReport &report, const ExportLanguage &language)
{
    QStringList notes;
    for (const EvidenceWindow &window : report.snapshot.evidenceWindows) {
        if (!window.complete)
            notes << evidence::windowNote(window, [&language](const char *context, const char *text) {
                return language.translate(context, text);
            });
    }
    return notes.join(QLatin1Char(' '));
}

} // namespace

QByteArray csvExport(const ExportContent &original, const ExportOptions &options)
{
    const ExportContent c = preparedContent(original, options);
    // Header names are machine names, not translated: spreadsheets and scripts key on them.
    const QStringList idColumns = c.profile.idColumns();
    QStringList header{QStringLiteral("contact_id"), QStringLiteral("therapist_id"), QStringLiteral("name")};
    header << idColumns;
    // New columns go at the end: scripts that read the older ones by position keep working.
    header << QStringLiteral("findings") << QStringLiteral("fix_status") << QStringLiteral("evidence_incomplete") << QStringLiteral("verdict")
           << QStringLiteral("depth");
    QString out = csv::row(header);
    const ExportLanguage language(options.language);
    for (const TherapistReport &report : c.reports) {
        const Therapist &t = report.snapshot.therapist;
        QStringList fields{t.contactId, t.id, t.name};
        for (const QString &column : idColumns) {
            const auto it = t.columns.find(column);
            fields << (it != t.columns.end() && it->second ? *it->second : QString());
        }
        const verdict::Assessment assessment = verdict::assess(report);
        fields << findingCodes(report, QStringLiteral(";")) << fixStatus(c, t.id) << incompleteEvidence(report, language)
               << verdict::verdictName(assessment.verdict) << verdict::depthName(assessment.depth);
        out += csv::row(fields);
    }
    if (options.redact)
        out = Redactor::maskEmails(out, ExportLanguage(options.language).translate("Export", "[email hidden]"));
    return out.toUtf8();
}

} // namespace credsync::exporting
