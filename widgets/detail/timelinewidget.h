#pragma once
// A painted timeline: one lane per source, one marker per event, and the gaps that explain a finding
// drawn as labelled brackets ("object created 52 s after the pull"). The axis is compressed
// logarithmically between events, because the seconds that matter sit beside days that do not; the
// real gaps are written on the axis so nothing is hidden by the compression.
#include <QWidget>

#include "models/timelinemodel.h"

#include <vector>

namespace credsync {

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setTimeline(std::vector<TimelineEntry> entries, std::vector<TimelineModel::Span> spans);
    void setCurrentEntry(int index);
    int entryAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void entryClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        QRect plot;         // where markers go
        int laneHeight = 0;
        int spanBandTop = 0;
        QStringList lanes;
    };
    Geometry geometry() const;
    qreal xForTime(const QDateTime &time, const QRect &plot) const;
    QPoint markerPosition(int index, const Geometry &g) const;

    std::vector<TimelineEntry> m_entries;
    std::vector<TimelineModel::Span> m_spans;
    std::vector<QDateTime> m_times;  // distinct times, sorted
    std::vector<qreal> m_offsets;    // compressed position of each distinct time, 0..1
    int m_current = -1;
};

} // namespace credsync
