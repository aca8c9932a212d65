#include "widgets/reports/delaychartwidget.h"

#include "core/reports/delaychart.h"

#include <QPainter>

namespace credsync {

DelayChartWidget::DelayChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DelayChartWidget::setReport(const reports::DelayReport &report)
{
    m_report = report;
    updateGeometry();
    update();
}

QSize DelayChartWidget::sizeHint() const
{
    const int panels = m_report ? std::max<int>(1, int(m_report->perType.size())) : 1;
    return {900, panels * 220};
}

void DelayChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_report) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Run the report to see how long HubSpot took to create each object."));
        return;
    }
    painter.drawImage(QPoint(0, 0), reports::renderDelayChart(*m_report, std::max(400, width())));
}

} // namespace credsync
