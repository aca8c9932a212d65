#include "widgets/list/listpane.h"

#include "widgets/list/listcolumnfitter.h"
#include "widgets/list/filterbar.h"
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/list/ticketbar.h"
#include "widgets/list/unresolvedpanel.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace credsync {

ListPane::ListPane(TherapistListModel *therapists, UnresolvedModel *unresolved, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new TherapistFilterProxy(this))
    , m_filterBar(new FilterBar(m_proxy, this))
    , m_view(new TherapistTableView(this))
    , m_unresolved(new UnresolvedPanel(unresolved, this))
    , m_ticketBar(new TicketBar(this))
{
    m_proxy->setSourceModel(therapists);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Therapists"));
    // Worst first: what a person opens the console for.
    m_view->sortByColumn(TherapistListModel::StatusColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(TherapistListModel::StatusColumn, QHeaderView::ResizeToContents);
    new ListColumnFitter(m_view); // the other columns follow the list's width

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_ticketBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_unresolved);

    connect(m_view, &TherapistTableView::currentRowChanged, this, [this](const QModelIndex &index) {
        // The row being read does not jump when its full check changes its status (issue 10): it keeps
        // its place until the person sorts again or the list reloads.
        m_proxy->freezeSortPosition(index.isValid() ? index.data(TherapistListModel::KeyRole).toString() : QString());
        Q_EMIT currentSourceRowChanged(index.isValid() ? m_proxy->mapToSource(index).row() : -1);
    });
}

int ListPane::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool ListPane::selectSourceRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

} // namespace credsync
