#include "redactor.h"

#include <algorithm>

namespace credsync::exporting {

namespace {

// Name parts shorter than this are not masked on their own: "Li" or "Al" would eat ordinary words.
constexpr int kMinimumNamePart = 3;

} // namespace

const QRegularExpression &Redactor::emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

QString Redactor::maskEmails(const QString &text, const QString &replacement)
{
    if (!text.contains(QLatin1Char('@')))
        return text;
    QString out = text;
    out.replace(emailPattern(), replacement);
    return out;
}

Redactor::Redactor(const ExportContent &content, const ExportLanguage &language)
    : m_emailMask(language.translate("Export", "[email hidden]"))
{
    int index = 0;
    for (const TherapistReport &report : content.reports) {
        const Therapist &therapist = report.snapshot.therapist;
        const QString pseudonym = language.translate("Export", "Therapist %1").arg(++index);
        m_pseudonyms[therapist.id] = pseudonym;
        learn(therapist, pseudonym);
        // The name may have changed since a case was saved: hide the old one too.
        if (auto it = content.previous.find(therapist.id); it != content.previous.end())
            learn(it->second.snapshot.therapist, pseudonym);
    }
    for (const auto &[id, report] : content.previous) {
        if (!m_pseudonyms.count(id)) {
            const QString pseudonym = language.translate("Export", "Therapist %1").arg(++index);
            m_pseudonyms[id] = pseudonym;
            learn(report.snapshot.therapist, pseudonym);
        }
    }
    // Longest first, so that "Ana García Romero" goes before "Ana" and leaves no fragment behind.
    std::stable_sort(m_names.begin(), m_names.end(), [](const NamePattern &a, const NamePattern &b) {
        return a.pattern.pattern().size() > b.pattern.pattern().size();
    });
}

void Redactor::learn(const Therapist &therapist, const QString &pseudonym)
{
    const QString name = therapist.name.simplified();
    if (name.isEmpty())
        return;
    const auto add = [&](const QString &text, bool caseInsensitive) {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (caseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        // Whitespace inside a name may be any run of spaces in a log line.
        QString escaped = QRegularExpression::escape(text);
        escaped.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        m_names.push_back({QRegularExpression(QStringLiteral("(?<![\\w])") + escaped + QStringLiteral("(?![\\w])"), options),
                           pseudonym});
    };
    add(name, true);
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        for (const QString &part : parts) {
            QString trimmed = part;
            trimmed.remove(QRegularExpression(QStringLiteral("^[^\\w]+|[^\\w]+$"), QRegularExpression::UseUnicodePropertiesOption));
            // Parts are matched case-sensitively: names are capitalised where they appear, and "Will" or
            // "Mark" must not eat the ordinary words "will" and "mark".
            if (trimmed.size() >= kMinimumNamePart)
                add(trimmed, false);
        }
    }
}

QString Redactor::mask(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString out = maskEmails(text, m_emailMask);
    for (const NamePattern &name : m_names)
        out.replace(name.pattern, name.replacement);
    return out;
}

nlohmann::json Redactor::mask(const nlohmann::json &value) const
{
    if (value.is_string())
        return mask(QString::fromStdString(value.get<std::string>())).toStdString();
    if (value.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const nlohmann::json &item : value)
            out.push_back(mask(item));
        return out;
    }
    if (value.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (auto it = value.begin(); it != value.end(); ++it)
            out[mask(QString::fromStdString(it.key())).toStdString()] = mask(it.value());
        return out;
    }
    return value;
}

TherapistReport Redactor::mask(const TherapistReport &report) const
{
    TherapistReport out = report;
    TherapistSnapshot &s = out.snapshot;
    s.target = mask(s.target);
    Therapist &t = s.therapist;
    const auto pseudonym = m_pseudonyms.find(t.id);
    t.name = pseudonym != m_pseudonyms.end() ? pseudonym->second : mask(t.name);
    t.email = t.email.isEmpty() ? QString() : m_emailMask;
    for (auto &[column, value] : t.columns) {
        if (value)
            value = mask(*value);
    }
    for (HubSpotObject &object : s.objects) {
        for (auto &[name, value] : object.properties) {
            if (value)
                value = mask(*value);
        }
    }
    for (LogLine &line : s.logs) {
        line.line = mask(line.line);
        line.message = mask(line.message);
        line.stream = mask(line.stream);
    }
    for (LogEvent &event : s.logEvents)
        event.line = mask(event.line);
    for (SentryIssue &issue : s.errors) {
        issue.title = mask(issue.title);
        issue.culprit = mask(issue.culprit);
    }
    for (SourceProblem &problem : s.problems)
        problem.message = mask(problem.message);
    for (Finding &finding : out.findings) {
        finding.summary = mask(finding.summary);
        finding.evidence = mask(finding.evidence);
    }
    for (TimelineEntry &entry : out.timeline)
        entry.text = mask(entry.text);
    return out;
}

ExportContent Redactor::apply(const ExportContent &content) const
{
    ExportContent out = content;
    for (TherapistReport &report : out.reports)
        report = mask(report);
    for (auto &[id, report] : out.previous)
        report = mask(report);
    for (UnresolvedTarget &target : out.unresolved) {
        target.target = mask(target.target);
        target.reason = mask(target.reason);
    }
    if (out.caseHeader) {
        out.caseHeader->name = mask(out.caseHeader->name);
        out.caseHeader->ticket = mask(out.caseHeader->ticket);
        out.caseHeader->notes = mask(out.caseHeader->notes);
    }
    for (auto &[id, fixes] : out.fixes) {
        for (AppliedFix &fix : fixes) {
            fix.detail = mask(fix.detail);
            fix.operatorName = maskEmails(fix.operatorName, m_emailMask);
        }
    }
    return out;
}

} // namespace credsync::exporting
