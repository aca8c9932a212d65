#pragma once
// Small status icons painted at run time. The project ships no SVG plugin, and painted icons stay
// crisp at any device pixel ratio; the glyph's shape carries the meaning, so colour is never alone.
#include <QColor>
#include <QIcon>

namespace credsync {

enum class Glyph {
    Check,       // healthy / match
    Exclamation, // broken / missing
    Cross,       // conflict
    Info,        // informational / waiting
    Dash,        // nothing there
    Question,    // unknown (source unavailable)
    Clock,       // stale / waiting
};

// Semantic tones shared by every view. Mid-saturation colours readable on light and dark bases.
enum class Tone { Good, Bad, Warn, Neutral, Note };

QColor toneColor(Tone tone);
QIcon glyphIcon(Glyph glyph, Tone tone);

} // namespace credsync
