#include "glyphicon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace credsync {

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QColor(0x2e, 0x9d, 0x55);
    case Tone::Bad: return QColor(0xd6, 0x3b, 0x3b);
    case Tone::Warn: return QColor(0xe0, 0x8a, 0x12);
    case Tone::Note: return QColor(0x3a, 0x7b, 0xd5);
    case Tone::Neutral: return QColor(0x8a, 0x8f, 0x98);
    }
    return QColor(0x8a, 0x8f, 0x98);
}

namespace {

QPixmap paintGlyph(Glyph glyph, Tone tone, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF disc(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    painter.setPen(Qt::NoPen);
    painter.setBrush(toneColor(tone));
    painter.drawEllipse(disc);

    QPen pen(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal c = s / 2;
    switch (glyph) {
    case Glyph::Check: {
        QPainterPath path;
        path.moveTo(s * 0.28, s * 0.52);
        path.lineTo(s * 0.44, s * 0.67);
        path.lineTo(s * 0.72, s * 0.35);
        painter.drawPath(path);
        break;
    }
    case Glyph::Exclamation:
        painter.drawLine(QPointF(c, s * 0.26), QPointF(c, s * 0.56));
        painter.drawPoint(QPointF(c, s * 0.73));
        break;
    case Glyph::Cross:
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case Glyph::Info:
        painter.drawPoint(QPointF(c, s * 0.29));
        painter.drawLine(QPointF(c, s * 0.45), QPointF(c, s * 0.73));
        break;
    case Glyph::Dash:
        painter.drawLine(QPointF(s * 0.30, c), QPointF(s * 0.70, c));
        break;
    case Glyph::Question: {
        QPainterPath path;
        path.moveTo(s * 0.36, s * 0.38);
        path.cubicTo(s * 0.36, s * 0.20, s * 0.66, s * 0.20, s * 0.64, s * 0.38);
        path.cubicTo(s * 0.63, s * 0.48, c, s * 0.48, c, s * 0.58);
        painter.drawPath(path);
        painter.drawPoint(QPointF(c, s * 0.75));
        break;
    }
    case Glyph::Clock:
        pen.setWidthF(s * 0.10);
        painter.setPen(pen);
        painter.drawLine(QPointF(c, c), QPointF(c, s * 0.27));
        painter.drawLine(QPointF(c, c), QPointF(s * 0.69, s * 0.60));
        break;
    }
    return pixmap;
}

} // namespace

QIcon glyphIcon(Glyph glyph, Tone tone)
{
    // Painting is cheap but views ask for decorations on every repaint: cache per glyph and tone.
    static QHash<int, QIcon> cache;
    const int key = int(glyph) * 16 + int(tone);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(paintGlyph(glyph, tone, size));
    cache.insert(key, icon);
    return icon;
}

} // namespace credsync
