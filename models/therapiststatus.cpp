#include "therapiststatus.h"

#include "glyphicon.h"

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
    const int worst = worstSeverity(report);
    if (worst == int(Severity::Error))
        return Broken;
    // Without HubSpot's side no verdict is possible: say so rather than call it healthy.
    if (!report.snapshot.hubspotLoaded)
        return Incomplete;
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
    case Incomplete: return tr("Incomplete");
    case Broken: return tr("Broken");
    }
    return {};
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
