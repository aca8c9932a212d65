#include "widgets/reports/trendchartwidget.h"

#include <QPainter>

#include <algorithm>

namespace credsync {

TrendChartWidget::TrendChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(160);
}

void TrendChartWidget::setTrend(const scans::CodeTrend &trend)
{
    m_trend = trend;
    update();
}

void TrendChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const int scans = int(m_trend.scanIds.size());
    if (scans == 0 || m_trend.counts.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No finding codes in the recorded scans."));
        return;
    }
    int top = 1;
    for (const auto &[code, counts] : m_trend.counts)
        top = std::max(top, *std::max_element(counts.begin(), counts.end()));
    const QRectF plot(40, 10, std::max(100, width() - 220), height() - 40);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawText(QRectF(0, plot.top() - 6, 36, 14), Qt::AlignRight, QString::number(top));
    painter.drawText(QRectF(0, plot.bottom() - 8, 36, 14), Qt::AlignRight, QStringLiteral("0"));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt::AlignCenter,
                     tr("the last %1 recorded scans, oldest on the left").arg(scans));
    static const QColor colors[] = {QColor(0x3b, 0x82, 0xc4), QColor(0xc0, 0x39, 0x2b), QColor(0x27, 0xae, 0x60), QColor(0x8e, 0x44, 0xad),
                                    QColor(0xd3, 0x54, 0x00), QColor(0x16, 0xa0, 0x85), QColor(0x7f, 0x8c, 0x8d), QColor(0xf3, 0x9c, 0x12),
                                    QColor(0x2c, 0x3e, 0x50), QColor(0xe8, 0x43, 0x93)};
    int index = 0;
    for (const auto &[code, counts] : m_trend.counts) {
        const QColor color = colors[index % 10];
        painter.setPen(QPen(color, 2));
        QPolygonF line;
        for (int i = 0; i < int(counts.size()); ++i) {
            const double x = scans == 1 ? plot.center().x() : plot.left() + plot.width() * i / double(scans - 1);
            const double y = plot.bottom() - plot.height() * counts[size_t(i)] / double(top);
            line << QPointF(x, y);
            painter.drawEllipse(QPointF(x, y), 2.5, 2.5);
        }
        painter.drawPolyline(line);
        painter.drawText(QPointF(plot.right() + 12, plot.top() + 14 * index + 10),
                         tr("%1 (%2)").arg(code).arg(counts.empty() ? 0 : counts.back()));
        ++index;
    }
}

} // namespace credsync
