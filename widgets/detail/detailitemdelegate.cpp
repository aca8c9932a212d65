#include "widgets/detail/detailitemdelegate.h"

#include "models/reporttablemodel.h"
#include "widgets/common/tonecolors.h"

#include <QApplication>
#include <QPainter>

namespace credsync {

bool isLinkCell(const QModelIndex &index)
{
    const QString url = index.data(ReportTableModel::UrlRole).toString();
    const QString value = index.data(ReportTableModel::CopyRole).toString();
    return !url.isEmpty() && !value.isEmpty() && url.contains(value);
}

void DetailItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    ElidedToolTipDelegate::initStyleOption(option, index);
    const QVariant tone = index.data(ReportTableModel::ToneRole);
    if (tone.isValid() && !(option->state & QStyle::State_Selected))
        option->backgroundBrush = toneBackground(option->palette, Tone(tone.toInt()));
    if (isLinkCell(index) && !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
}

void DetailItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString highlight = index.data(ReportTableModel::HighlightRole).toString();
    const QString text = index.data(Qt::DisplayRole).toString();
    const qsizetype at = highlight.isEmpty() ? -1 : text.indexOf(highlight);
    if (at < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Let the style draw the text too, then lay a translucent mark under the match: the text stays
    // the style's own (elision, colours) and only the match gains a background.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QFontMetrics metrics(opt.font);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int x = textRect.left() + margin + metrics.horizontalAdvance(text.left(at));
    const int width = metrics.horizontalAdvance(highlight);
    if (x >= textRect.right())
        return;
    QColor mark = opt.palette.color(QPalette::Highlight);
    mark.setAlphaF(0.30f);
    painter->save();
    painter->setClipRect(textRect);
    painter->fillRect(QRect(x - 1, textRect.top() + 2, width + 2, textRect.height() - 4), mark);
    painter->restore();
}

} // namespace credsync
