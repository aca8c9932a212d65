#include "therapiststatus.h"

#include "glyphicon.h"

#include "core/report/verdict.h"

namespace credsync {

int TherapistStatus::worstSeverity(const TherapistReport &report)
{
    int worst = -1;
    for (const Finding &finding : report.findings)
        worst = std::max(worst, int(finding.severity));
    return worst;
}

TherapistStatus::Value TherapistStatus::of(const TherapistReport &report)
{
    // The verdict decides (core/report/verdict.h); the list only splits attention into warnings and
    // info ("Waiting"). Unknown comes first: without what the ids diagnosis needs, no other word is true.
    const verdict::Verdict verdict = verdict::assess(report).verdict;
    if (verdict == verdict::Verdict::Unknown)
        return Incomplete;
    const int worst = worstSeverity(report);
    if (worst == int(Severity::Error))
        return Broken;
    if (worst == int(Severity::Warning))
        return Attention;
    if (worst == int(Severity::Info))
        return Waiting;
    return Healthy;
}

QString TherapistStatus::text(Value status)
{
    switch (status) {
    case Healthy: return tr("Healthy");
    case Waiting: return tr("Waiting");
    case Attention: return tr("Attention");
    case Incomplete: return tr("Unknown");
    case Broken: return tr("Broken");
    }
    return {};
}

QString TherapistStatus::text(const TherapistReport &report)
{
    return text(of(report), verdict::assess(report));
}

QString TherapistStatus::text(Value status, const verdict::Assessment &assessment)
{
    // A healthy verdict says what it rests on: "ids and labels OK" until logs and Sentry were read too.
    if (status == Healthy)
        return verdict::displayText(assessment);
    if (assessment.depth == verdict::Depth::Full && status != Incomplete)
        return tr("%1 (checked in full)").arg(text(status));
    return text(status);
}

QIcon TherapistStatus::icon(Value status)
{
    switch (status) {
    case Healthy: return glyphIcon(Glyph::Check, Tone::Good);
    case Waiting: return glyphIcon(Glyph::Clock, Tone::Note);
    case Attention: return glyphIcon(Glyph::Exclamation, Tone::Warn);
    case Incomplete: return glyphIcon(Glyph::Question, Tone::Neutral);
    case Broken: return glyphIcon(Glyph::Cross, Tone::Bad);
    }
    return {};
}

QString TherapistStatus::key(const TherapistReport &report)
{
    const Therapist &t = report.snapshot.therapist;
    if (!t.id.isEmpty())
        return t.id;
    if (!t.contactId.isEmpty())
        return QStringLiteral("contact:") + t.contactId;
    return QStringLiteral("target:") + report.snapshot.target;
}

} // namespace credsync
