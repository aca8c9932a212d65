#pragma once
// The delay report's histogram, painted (the same drawing as the PNG a ticket gets).
#include "core/reports/delayreport.h"

#include <QWidget>

namespace credsync {

class DelayChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DelayChartWidget(QWidget *parent = nullptr);

    void setReport(const reports::DelayReport &report);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<reports::DelayReport> m_report;
};

} // namespace credsync
