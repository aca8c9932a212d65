#pragma once
// The table used by every detail tab: copy the id under the cursor (Ctrl+C) or the whole table,
// open a row's link in the browser (double-click, Enter or the context menu).
#include "widgets/common/placeholdertreeview.h"

namespace credsync {

class DetailTableView : public PlaceholderTreeView
{
    Q_OBJECT
public:
    explicit DetailTableView(QWidget *parent = nullptr);

    // Ctrl+C: the current cell's bare value (an id), or the selected rows when several are selected.
    void copySelection() const;
    // The whole table as tab-separated text with its header, as pasted into a ticket.
    QString tableText() const;
    void copyTable() const;
    bool openCurrentLink() const;

Q_SIGNALS:
    void copied(const QString &what);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace credsync
