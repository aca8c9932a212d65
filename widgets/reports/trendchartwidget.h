#pragma once
// A small line chart: each finding code's count across the recorded scans, oldest on the left.
#include "core/scans/scandiff.h"

#include <QWidget>

namespace credsync {

class TrendChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChartWidget(QWidget *parent = nullptr);
    void setTrend(const scans::CodeTrend &trend);
    QSize sizeHint() const override { return {640, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    scans::CodeTrend m_trend;
};

} // namespace credsync
