#include "widgets/detail/timelinewidget.h"

#include "models/displaytext.h"
#include "widgets/common/tonecolors.h"

#include <QLocale>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace credsync {

namespace {

constexpr int kLaneHeight = 26;
constexpr int kSpanBand = 40;
constexpr int kAxisBand = 40;
constexpr int kMarkerRadius = 6;

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TimelineWidget::setTimeline(std::vector<TimelineEntry> entries, std::vector<TimelineModel::Span> spans)
{
    m_entries = std::move(entries);
    m_spans = std::move(spans);
    m_current = -1;
    m_times.clear();
    m_offsets.clear();
    for (const TimelineEntry &entry : m_entries) {
        if (entry.time.isValid())
            m_times.push_back(entry.time);
    }
    std::sort(m_times.begin(), m_times.end());
    m_times.erase(std::unique(m_times.begin(), m_times.end()), m_times.end());
    qreal position = 0;
    for (size_t i = 0; i < m_times.size(); ++i) {
        if (i > 0)
            position += 1.0 + std::log10(1.0 + double(m_times[i - 1].secsTo(m_times[i])));
        m_offsets.push_back(position);
    }
    if (!m_offsets.empty() && m_offsets.back() > 0) {
        const qreal last = m_offsets.back();
        for (qreal &offset : m_offsets)
            offset /= last;
    }
    updateGeometry();
    update();
}

void TimelineWidget::setCurrentEntry(int index)
{
    m_current = index;
    update();
}

TimelineWidget::Geometry TimelineWidget::geometry() const
{
    Geometry g;
    for (const QString &source : TimelineModel::sources()) {
        for (const TimelineEntry &entry : m_entries) {
            if (entry.source == source) {
                g.lanes << source;
                break;
            }
        }
    }
    int gutter = 0;
    for (const QString &lane : g.lanes)
        gutter = std::max(gutter, fontMetrics().horizontalAdvance(TimelineModel::sourceText(lane)));
    g.laneHeight = kLaneHeight;
    g.spanBandTop = 6;
    const int left = gutter + 28;
    const int top = g.spanBandTop + kSpanBand;
    g.plot = QRect(left, top, std::max(10, width() - left - 72), int(g.lanes.size()) * kLaneHeight);
    return g;
}

qreal TimelineWidget::xForTime(const QDateTime &time, const QRect &plot) const
{
    if (m_times.empty())
        return plot.left();
    auto it = std::lower_bound(m_times.begin(), m_times.end(), time);
    const size_t i = std::min(size_t(it - m_times.begin()), m_times.size() - 1);
    const qreal offset = m_times.size() == 1 ? 0.5 : m_offsets[i];
    return plot.left() + offset * plot.width();
}

QPoint TimelineWidget::markerPosition(int index, const Geometry &g) const
{
    const TimelineEntry &entry = m_entries[size_t(index)];
    const int lane = int(g.lanes.indexOf(entry.source));
    return QPoint(int(xForTime(entry.time, g.plot)), g.plot.top() + lane * g.laneHeight + g.laneHeight / 2);
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(600, minimumSizeHint().height());
}

QSize TimelineWidget::minimumSizeHint() const
{
    const Geometry g = geometry();
    return QSize(300, g.plot.top() + std::max(1, int(g.lanes.size())) * kLaneHeight + kAxisBand);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_entries.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Nothing on the timeline for this therapist yet."));
        return;
    }
    const Geometry g = geometry();
    const QColor grid = blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12);
    const QColor faint = pal.color(QPalette::PlaceholderText);

    // Lanes, with their names in the gutter.
    for (int lane = 0; lane < g.lanes.size(); ++lane) {
        const QRect band(0, g.plot.top() + lane * g.laneHeight, width(), g.laneHeight);
        if (lane % 2)
            p.fillRect(band, pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(12, band.top(), g.plot.left() - 20, band.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   TimelineModel::sourceText(g.lanes.at(lane)));
    }

    // One faint vertical per distinct time, then the axis with the real gaps written on it.
    const int axisY = g.plot.bottom() + 6;
    p.setPen(QPen(grid, 1));
    for (const QDateTime &time : m_times) {
        const qreal x = xForTime(time, g.plot);
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, axisY));
    }
    p.setPen(QPen(faint, 1));
    p.drawLine(g.plot.left() - 8, axisY, g.plot.right() + 8, axisY);

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics sm(small);
    int lastLabelRight = -1000;
    QDate lastDate;
    for (size_t i = 0; i < m_times.size(); ++i) {
        const qreal x = xForTime(m_times[i], g.plot);
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        const QDateTime local = m_times[i].toLocalTime();
        const QString label = local.date() != lastDate ? QLocale().toString(local, QStringLiteral("d MMM HH:mm:ss"))
                                                       : local.toString(QStringLiteral("HH:mm:ss"));
        const int w = sm.horizontalAdvance(label);
        if (x - w / 2.0 > lastLabelRight + 6) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRectF(x - w / 2.0, axisY + 5, w, sm.height()), Qt::AlignCenter, label);
            lastLabelRight = int(x + w / 2.0);
            lastDate = local.date();
        }
        if (i > 0) {
            const qreal previous = xForTime(m_times[i - 1], g.plot);
            const QString gap = QLatin1Char('+') + DisplayText::duration(m_times[i - 1].secsTo(m_times[i]));
            const int gw = sm.horizontalAdvance(gap);
            if (x - previous > gw + 8) {
                p.setPen(faint);
                p.drawText(QRectF((previous + x - gw) / 2.0, axisY + 5 + sm.height(), gw, sm.height()),
                           Qt::AlignCenter, gap);
            }
        }
    }
    const QString zone = tr("times in %1").arg(m_times.front().toLocalTime().timeZoneAbbreviation());
    p.setPen(faint);
    p.drawText(QRect(0, axisY + 5 + sm.height(), g.plot.left() - 12, sm.height()), Qt::AlignRight, zone);

    // Spans: a bracket over the two events with what the gap means.
    const QColor spanColor = chipText(pal, Tone::Warn);
    int spanRow = 0;
    for (const TimelineModel::Span &span : m_spans) {
        const qreal x1 = xForTime(span.from, g.plot);
        const qreal x2 = xForTime(span.to, g.plot);
        const int y = g.spanBandTop + sm.height() + 8 + (spanRow % 2) * 4;
        p.setPen(QPen(spanColor, 1.5));
        p.drawLine(QPointF(x1, y), QPointF(x2, y));
        p.drawLine(QPointF(x1, y), QPointF(x1, y + 6));
        p.drawLine(QPointF(x2, y), QPointF(x2, y + 6));
        QPen dashed(spanColor, 1, Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(x1, y + 6), QPointF(x1, g.plot.bottom()));
        p.drawLine(QPointF(x2, y + 6), QPointF(x2, g.plot.bottom()));
        QFont bold = small;
        bold.setBold(true);
        p.setFont(bold);
        const int tw = QFontMetrics(bold).horizontalAdvance(span.text);
        qreal tx = (x1 + x2 - tw) / 2.0;
        tx = std::clamp(tx, qreal(g.plot.left() - 20), qreal(width() - tw - 4));
        p.setPen(spanColor);
        p.drawText(QRectF(tx, y - sm.height() - 2, tw, sm.height()), Qt::AlignCenter, span.text);
        p.setFont(small);
        ++spanRow;
    }

    // Markers last, on top of everything; the current one ringed in the highlight colour.
    for (int i = 0; i < int(m_entries.size()); ++i) {
        if (!m_entries[size_t(i)].time.isValid())
            continue;
        const QPoint c = markerPosition(i, g);
        p.setPen(QPen(pal.color(QPalette::Base), 2));
        p.setBrush(toneColor(TimelineModel::sourceTone(m_entries[size_t(i)].source)));
        p.drawEllipse(c, kMarkerRadius, kMarkerRadius);
        if (i == m_current) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.drawEllipse(c, kMarkerRadius + 3, kMarkerRadius + 3);
        }
    }
}

int TimelineWidget::entryAt(const QPoint &position) const
{
    const Geometry g = geometry();
    int best = -1;
    int bestDistance = (kMarkerRadius + 4) * (kMarkerRadius + 4);
    for (int i = 0; i < int(m_entries.size()); ++i) {
        if (!m_entries[size_t(i)].time.isValid())
            continue;
        const QPoint d = markerPosition(i, g) - position;
        const int distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const int index = entryAt(event->position().toPoint());
    if (index >= 0) {
        setCurrentEntry(index);
        Q_EMIT entryClicked(index);
    }
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = entryAt(help->pos());
        if (index >= 0) {
            const TimelineEntry &entry = m_entries[size_t(index)];
            QToolTip::showText(help->globalPos(), DisplayText::localTime(entry.time) + QStringLiteral(" · ")
                                                      + TimelineModel::sourceText(entry.source) + QLatin1Char('\n')
                                                      + entry.text,
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace credsync
