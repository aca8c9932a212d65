#include "therapistrow.h"

#include "therapistlistmodel.h"

namespace credsync {

QString searchFold(const QString &text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    // Decompose, drop the combining marks, fold the case: "Ñúñez" → "nunez", "Straße" → "strasse".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    // Qt's simple case folding keeps "ß"; a person types "ss".
    return out.toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss"));
}

TherapistRow TherapistRow::fromReport(const TherapistReport &report)
{
    TherapistRow row;
    const Therapist &t = report.snapshot.therapist;
    row.key = TherapistStatus::key(report);
    row.therapistId = t.id;
    row.target = report.snapshot.target;
    row.name = t.name.isEmpty() ? report.snapshot.target : t.name;
    row.email = t.email;
    row.contactId = t.contactId;
    bool ok = false;
    const qlonglong contact = t.contactId.toLongLong(&ok);
    row.contactIdNumber = ok ? contact : -1;

    QStringList lines;
    for (const Finding &finding : report.findings) {
        if (!row.codes.contains(finding.code))
            row.codes << finding.code;
        if (!finding.objectType.isEmpty() && !row.objectTypes.contains(finding.objectType))
            row.objectTypes << finding.objectType;
        row.severityMask |= quint8(1u << unsigned(finding.severity));
        lines << finding.code + QStringLiteral(": ") + finding.summary;
    }
    for (const SourceProblem &problem : report.snapshot.problems)
        lines << problem.message;
    row.toolTipLines = lines.join(QLatin1Char('\n'));
    row.findingCount = quint16(std::min<size_t>(report.findings.size(), 0xffff));

    const QDateTime last = lastErrorTime(report);
    row.lastErrorMs = last.isValid() ? last.toMSecsSinceEpoch() : 0;
    row.assessment = verdict::assess(report);
    // TherapistStatus::of() without assessing the report a second time.
    if (row.assessment.verdict == verdict::Verdict::Unknown)
        row.status = TherapistStatus::Incomplete;
    else if (row.hasSeverity(Severity::Error))
        row.status = TherapistStatus::Broken;
    else if (row.hasSeverity(Severity::Warning))
        row.status = TherapistStatus::Attention;
    else if (row.hasSeverity(Severity::Info))
        row.status = TherapistStatus::Waiting;
    else
        row.status = TherapistStatus::Healthy;

    QStringList parts{t.name, t.email, t.contactId, t.id, report.snapshot.target};
    parts << row.codes;
    for (const auto &[column, value] : t.columns) {
        if (value)
            parts << *value;
    }
    for (const HubSpotObject &object : report.snapshot.objects)
        parts << object.id;
    parts.removeAll(QString());
    parts.removeDuplicates();
    row.search = searchFold(parts.join(QLatin1Char('\n')));
    row.nameKey = searchFold(row.name);
    row.emailKey = searchFold(row.email);
    row.search.squeeze();
    return row;
}

QString TherapistRow::inspectTarget() const
{
    return !contactId.isEmpty() ? contactId : !therapistId.isEmpty() ? therapistId : target;
}

} // namespace credsync
