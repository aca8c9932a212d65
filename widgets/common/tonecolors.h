#pragma once
// Highlight colours derived from the palette: a tone blended into the base colour, so a mismatch
// reads as "reddish row" in a light theme and a dark one alike, and text keeps the palette's contrast.
#include <QColor>
#include <QPalette>

#include "models/glyphicon.h"

namespace credsync {

QColor blend(const QColor &under, const QColor &over, qreal amount);
// Row background for a tone: strong enough to find in a long table, faint enough to read text on.
QColor toneBackground(const QPalette &palette, Tone tone);
// Chip fill and its text colour.
QColor chipBackground(const QPalette &palette, Tone tone);
QColor chipText(const QPalette &palette, Tone tone);
bool isDark(const QPalette &palette);

// Which tone a finding code's chip takes (errors red, evidence amber, waiting blue).
Tone findingCodeTone(const QString &code);
// Label chips: the required label stands out, the others stay quiet.
Tone labelTone(const QString &label);

} // namespace credsync
