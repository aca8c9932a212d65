#include "widgets/common/tonecolors.h"

#include "core/types.h"

namespace credsync {

QColor blend(const QColor &under, const QColor &over, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(under.redF() * keep + over.redF() * amount),
                            float(under.greenF() * keep + over.greenF() * amount),
                            float(under.blueF() * keep + over.blueF() * amount));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor toneBackground(const QPalette &palette, Tone tone)
{
    return blend(palette.color(QPalette::Base), toneColor(tone), isDark(palette) ? 0.28 : 0.16);
}

QColor chipBackground(const QPalette &palette, Tone tone)
{
    return blend(palette.color(QPalette::Base), toneColor(tone), isDark(palette) ? 0.40 : 0.20);
}

QColor chipText(const QPalette &palette, Tone tone)
{
    return blend(palette.color(QPalette::Text), toneColor(tone), isDark(palette) ? 0.25 : 0.45);
}

Tone findingCodeTone(const QString &code)
{
    if (code == FindingCode::NoObjects)
        return Tone::Note;
    if (code == FindingCode::PullBeforeCreate || code == FindingCode::DuplicateRun
        || code == FindingCode::RapidIdChanges || code == FindingCode::SyncErrors || code == FindingCode::StaleDbId)
        return Tone::Warn;
    return Tone::Bad;
}

Tone labelTone(const QString &label)
{
    if (label == QLatin1String("Active Attested"))
        return Tone::Good;
    if (label == QLatin1String("Active"))
        return Tone::Note;
    return Tone::Neutral;
}

} // namespace credsync
