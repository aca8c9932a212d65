#include "widgets/list/listpane.h"

#include "widgets/list/listcolumnfitter.h"
#include "widgets/list/filterbar.h"
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/list/ticketbar.h"
#include "widgets/list/unresolvedpanel.h"

#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QVBoxLayout>

#include "core/report/verdict.h"
#include "models/therapiststatus.h"

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
    // Sized once from the few words the column can say, not with ResizeToContents: that measured up
    // to 1,000 rows' text on every relayout, an eighth of each slice while a 100k scan streamed in.
    header->resizeSection(TherapistListModel::StatusColumn, statusColumnWidth());
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

int ListPane::statusColumnWidth() const
{
    QStringList words;
    for (TherapistStatus::Value status : {TherapistStatus::Healthy, TherapistStatus::Waiting, TherapistStatus::Attention,
                                          TherapistStatus::Incomplete, TherapistStatus::Broken}) {
        for (verdict::Depth depth : {verdict::Depth::Ids, verdict::Depth::Full}) {
            verdict::Assessment assessment;
            assessment.verdict = status == TherapistStatus::Healthy ? verdict::Verdict::Healthy : verdict::Verdict::Broken;
            assessment.depth = depth;
            words << TherapistStatus::text(status, assessment);
        }
    }
    // What the item delegate asks of the style for a cell with the status icon and the word.
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    option.decorationSize = m_view->iconSize().isValid()
        ? m_view->iconSize()
        : QSize(m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view),
                m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view));
    option.icon = TherapistStatus::icon(TherapistStatus::Healthy);
    int width = m_view->header()->sectionSizeHint(TherapistListModel::StatusColumn);
    for (const QString &word : std::as_const(words)) {
        option.text = word;
        width = std::max(width, m_view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_view).width());
    }
    return width;
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
