#pragma once
// The detail tables' delegate: tints rows that need attention (ToneRole) with a palette-derived
// colour, draws ids that open a record in the link colour, and marks a substring (HighlightRole, the
// contact id in a log line) so the eye finds it. A cut cell shows its whole text on hover.
#include "widgets/common/elidedtooltipdelegate.h"

namespace credsync {

class DetailItemDelegate : public ElidedToolTipDelegate
{
    Q_OBJECT
public:
    using ElidedToolTipDelegate::ElidedToolTipDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// True when the cell shows the id its link points at (so it should look and act like a link).
bool isLinkCell(const QModelIndex &index);

} // namespace credsync
