#include "widgets/common/elidedtooltipdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>

namespace credsync {

bool ElidedToolTipDelegate::isElided(const QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    const QStyle *style = view ? view->style() : QApplication::style();
    const int margin = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    int available = option.rect.width() - margin;
    if (index.data(Qt::DecorationRole).isValid())
        available -= option.decorationSize.width() + margin;
    const QFontMetrics metrics(option.font);
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    // A wrapping view shows a long sentence whole on several lines; only a word wider than the cell is cut.
    if ((option.features & QStyleOptionViewItem::WrapText) && text.contains(QLatin1Char(' '))) {
        const QRect needed = metrics.boundingRect(QRect(0, 0, std::max(1, available), 100000),
                                                  Qt::TextWordWrap, text);
        return needed.width() > available || needed.height() > option.rect.height();
    }
    return widest > available || text.contains(QLatin1Char('\n'));
}

void ElidedToolTipDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!m_wrapped.isEmpty() && !m_wrapped.contains(index.column()))
        option->features &= ~QStyleOptionViewItem::WrapText;
}

QSize ElidedToolTipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *tree = qobject_cast<const QTreeView *>(option.widget);
    if (!tree || !tree->wordWrap() || !index.isValid() || !m_wrapped.contains(index.column()))
        return QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == 0 && tree->isFirstColumnSpanned(index.row(), index.parent()))
        return QStyledItemDelegate::sizeHint(option, index); // a row-wide line
    QStyleOptionViewItem opt = option;
    int width = tree->header()->sectionSize(index.column());
    if (index.column() == 0) {
        // The first column's text starts after the branches of its depth.
        int depth = tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * tree->indentation();
    }
    opt.rect = QRect(0, 0, std::max(1, width), 1); // the style wraps only within a valid rectangle
    return QStyledItemDelegate::sizeHint(opt, index);
}

bool ElidedToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isElided(view, opt, index)) {
        QToolTip::hideText();
        return true; // nothing hidden: no tooltip
    }
    QToolTip::showText(event->globalPos(), index.data(Qt::DisplayRole).toString(), view, option.rect);
    return true;
}

} // namespace credsync
