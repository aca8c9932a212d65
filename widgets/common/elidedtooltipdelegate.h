#pragma once
// Elided cells tell their whole text on hover (issue 13): for a cell whose model gives no tooltip of
// its own, the full text when it does not fit the cell. The default delegate of the window's lists
// and trees; DetailItemDelegate builds on it.
#include <QList>
#include <QStyledItemDelegate>

namespace credsync {

class ElidedToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Columns whose text wraps at the column's width (a sentence): their rows grow to show it whole.
    // The view needs wordWrap on and uniformRowHeights off.
    void setWrappedColumns(const QList<int> &columns) { m_wrapped = columns; }
    // For a wrapped column, the height its text needs at the column's width (QTreeView asks without one).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Whether `index`'s text needs more room than `option.rect` gives it (a wrapping view counts lines).
    static bool isElided(const QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index);

protected:
    // Only the wrapped columns wrap (the view's wordWrap would wrap every one): the others stay on
    // one line, cut with an ellipsis, whole on hover.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QList<int> m_wrapped;
};

} // namespace credsync
