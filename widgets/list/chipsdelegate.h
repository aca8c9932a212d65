#pragma once
// Paints a QStringList role as small rounded chips (finding codes in the list, labels on objects),
// which scan faster than a comma-separated string and keep their meaning in the text, not the colour.
#include <QStyledItemDelegate>

#include <functional>

#include "models/glyphicon.h"

namespace credsync {

class ChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChipsDelegate(int listRole, std::function<Tone(const QString &)> toneOf, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // What a chip reads for a value of the role (the value itself by default): finding titles for codes.
    void setLabelFunction(std::function<QString(const QString &)> labelOf) { m_labelOf = std::move(labelOf); }
    // The chips' values of index, each with its tooltip, for the view's tooltip.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    void setToolTipFunction(std::function<QString(const QString &)> toolTipOf) { m_toolTipOf = std::move(toolTipOf); }

private:
    QString label(const QString &value) const { return m_labelOf ? m_labelOf(value) : value; }
    std::function<QString(const QString &)> m_labelOf;
    std::function<QString(const QString &)> m_toolTipOf;
    int m_role;
    std::function<Tone(const QString &)> m_toneOf;
};

} // namespace credsync
