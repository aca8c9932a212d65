#include "verdict.h"

#include <QCoreApplication>

#include <algorithm>

namespace credsync {

bool TherapistReport::healthy() const
{
    return verdict::assess(*this).verdict == verdict::Verdict::Healthy;
}

namespace verdict {

bool blocksIdsDiagnosis(const SourceProblem &problem)
{
    return problem.source == QLatin1String("hubspot") || problem.source == QLatin1String("db");
}

Assessment assess(const TherapistReport &report)
{
    const TherapistSnapshot &snapshot = report.snapshot;
    Assessment out;

    QString evidenceFailure;
    for (const SourceProblem &problem : snapshot.problems) {
        if (blocksIdsDiagnosis(problem) && out.unknownReason.isEmpty())
            out.unknownReason = problem.message;
        if ((problem.source == QLatin1String("loki") || problem.source == QLatin1String("sentry")) && evidenceFailure.isEmpty())
            evidenceFailure = problem.message;
    }
    // A window cut by a source's retention read only the recent part of the history: the check says so.
    QStringList cut;
    for (const EvidenceWindow &window : snapshot.evidenceWindows) {
        if (!window.complete)
            cut << (window.note.isEmpty() ? QCoreApplication::translate("Verdict", "%1 no longer keeps the start of this therapist's history.")
                                                .arg(window.source == QLatin1String("loki") ? QStringLiteral("Loki") : QStringLiteral("Sentry"))
                                          : window.note);
    }
    if (!snapshot.evidenceRead)
        out.depthReason = QCoreApplication::translate("Verdict", "Logs and Sentry were not read.");
    else if (!evidenceFailure.isEmpty())
        out.depthReason = evidenceFailure;
    out.depth = out.depthReason.isEmpty() ? Depth::Full : Depth::Ids;
    out.historyCut = snapshot.evidenceRead && !cut.isEmpty();
    if (out.depth == Depth::Full && out.historyCut)
        out.depthReason = cut.join(QLatin1Char(' '));

    if (out.unknownReason.isEmpty() && !snapshot.hubspotLoaded)
        out.unknownReason = QCoreApplication::translate("Verdict", "HubSpot was not read for this therapist.");
    if (!out.unknownReason.isEmpty()) {
        out.verdict = Verdict::Unknown;
        return out;
    }

    int worst = -1;
    for (const Finding &finding : report.findings)
        worst = std::max(worst, int(finding.severity));
    if (worst == int(Severity::Error))
        out.verdict = Verdict::Broken;
    else if (worst >= 0)
        out.verdict = Verdict::Attention;
    else
        out.verdict = Verdict::Healthy;
    return out;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy: return QStringLiteral("healthy");
    case Verdict::Attention: return QStringLiteral("attention");
    case Verdict::Broken: return QStringLiteral("broken");
    case Verdict::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString depthName(Depth depth)
{
    return depth == Depth::Full ? QStringLiteral("full") : QStringLiteral("ids");
}

QString displayText(const Assessment &assessment)
{
    switch (assessment.verdict) {
    case Verdict::Healthy:
        return assessment.depth == Depth::Full ? QCoreApplication::translate("Verdict", "Healthy")
                                               : QCoreApplication::translate("Verdict", "ids and labels OK");
    case Verdict::Attention: return QCoreApplication::translate("Verdict", "Attention");
    case Verdict::Broken: return QCoreApplication::translate("Verdict", "Broken");
    case Verdict::Unknown: return QCoreApplication::translate("Verdict", "Unknown");
    }
    return {};
}

void Counts::add(const Assessment &assessment)
{
    ++m_therapists;
    ++m_byVerdict[assessment.verdict];
    if (assessment.verdict == Verdict::Unknown)
        ++m_reasons[assessment.unknownReason];
}

int Counts::count(Verdict verdict) const
{
    const auto it = m_byVerdict.find(verdict);
    return it == m_byVerdict.end() ? 0 : it->second;
}

std::vector<std::pair<QString, int>> Counts::unknownReasons() const
{
    std::vector<std::pair<QString, int>> out(m_reasons.begin(), m_reasons.end());
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}

nlohmann::json Counts::toJson() const
{
    return nlohmann::json{{"therapists", m_therapists},
                          {"healthy", count(Verdict::Healthy)},
                          {"attention", count(Verdict::Attention)},
                          {"broken", count(Verdict::Broken)},
                          {"unknown", count(Verdict::Unknown)}};
}

} // namespace verdict
} // namespace credsync
