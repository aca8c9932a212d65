#include "widgets/detail/timelinetab.h"

#include "widgets/detail/detailtableview.h"
#include "models/timelinemodel.h"
#include "widgets/detail/timelinewidget.h"

#include <QHeaderView>
#include <QSplitter>
#include <QVBoxLayout>

namespace credsync {

TimelineTab::TimelineTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_axis(new TimelineWidget(this))
    , m_list(new DetailTableView(this))
{
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Timeline events"));
    m_list->setPlaceholderText(tr("Nothing on the timeline for this therapist yet."));
    m_list->header()->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TimelineModel::SourceColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TimelineModel::SincePreviousColumn, QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_axis);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_axis, &TimelineWidget::entryClicked, this, [this](int row) {
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_list->scrollTo(m_list->currentIndex());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_axis->setCurrentEntry(current.row()); });
}

void TimelineTab::setReport(const TherapistReport &report)
{
    m_model->setReport(report);
    m_axis->setTimeline(m_model->entries(), m_model->spans());
}

void TimelineTab::clear()
{
    m_model->clear();
    m_axis->setTimeline({}, {});
}

} // namespace credsync
