#include "widgets/list/chipsdelegate.h"

#include "widgets/common/tonecolors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QPainter>
#include <QPainterPath>

namespace credsync {

namespace {

QFont chipFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

constexpr int kPadX = 6;
constexpr int kGap = 4;

} // namespace

ChipsDelegate::ChipsDelegate(int listRole, std::function<Tone(const QString &)> toneOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(listRole)
    , m_toneOf(std::move(toneOf))
{
}

void ChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList chips = index.data(m_role).toStringList();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (chips.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = chipFont(option.font);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int height = std::min(option.rect.height() - 4, metrics.height() + 4);
    int x = option.rect.left() + 4;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    auto drawChip = [&](const QString &text, Tone tone, int width) {
        QPainterPath path;
        path.addRoundedRect(QRectF(x, y, width, height), height / 2.0, height / 2.0);
        painter->fillPath(path, chipBackground(option.palette, tone));
        painter->setPen(chipText(option.palette, tone));
        painter->drawText(QRect(x, y, width, height), Qt::AlignCenter, text);
        x += width + kGap;
    };
    auto drawMore = [&](qsizetype count) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(x, y, option.rect.right() - x, height), Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("+%1").arg(count));
    };
    for (int i = 0; i < chips.size(); ++i) {
        const QString chip = label(chips.at(i));
        const int width = metrics.horizontalAdvance(chip) + 2 * kPadX;
        if (x + width > option.rect.right() - 2) {
            if (i == 0) {
                // Not even the first fits (a narrow window): it is cut, whole in the tooltip, so the
                // column never shows a bare count.
                const qsizetype rest = chips.size() - 1;
                const int moreWidth = rest > 0 ? metrics.horizontalAdvance(QStringLiteral("+%1").arg(rest)) + kGap : 0;
                const int room = option.rect.right() - 2 - x - moreWidth;
                if (room > 2 * kPadX + 3 * metrics.averageCharWidth()) {
                    drawChip(metrics.elidedText(chip, Qt::ElideRight, room - 2 * kPadX), m_toneOf(chips.at(i)), room);
                    if (rest > 0)
                        drawMore(rest);
                    break;
                }
            }
            // Say how many did not fit instead of cutting a code in half.
            drawMore(chips.size() - i);
            break;
        }
        drawChip(chip, m_toneOf(chips.at(i)), width);
    }
    painter->restore();
}

QSize ChipsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QStringList chips = index.data(m_role).toStringList();
    const QFontMetrics metrics(chipFont(option.font));
    int width = 8;
    for (const QString &chip : chips)
        width += metrics.horizontalAdvance(label(chip)) + 2 * kPadX + kGap;
    size.setWidth(std::max(size.width(), width));
    size.setHeight(std::max(size.height(), metrics.height() + 8));
    return size;
}

bool ChipsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (!m_toolTipOf || !event || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines;
    for (const QString &chip : index.data(m_role).toStringList())
        lines << m_toolTipOf(chip);
    if (lines.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), lines.join(QStringLiteral("\n\n")), view);
    return true;
}

} // namespace credsync
