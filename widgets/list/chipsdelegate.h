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

private:
    int m_role;
    std::function<Tone(const QString &)> m_toneOf;
};

} // namespace credsync
