#pragma once
// The Timeline tab: the painted axis above the same events as a list; selecting in one selects in the other.
#include <QWidget>

namespace credsync {

class DetailTableView;
class TimelineModel;
class TimelineWidget;
struct TherapistReport;

class TimelineTab : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineTab(QWidget *parent = nullptr);

    void setReport(const TherapistReport &report);
    void clear();

    TimelineModel *model() const { return m_model; }
    TimelineWidget *axis() const { return m_axis; }
    DetailTableView *list() const { return m_list; }

private:
    TimelineModel *m_model;
    TimelineWidget *m_axis;
    DetailTableView *m_list;
};

} // namespace credsync
