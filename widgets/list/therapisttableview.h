#pragma once
// The therapist list: multi-select, sortable, and an intake point: text dropped on it becomes targets.
// Ctrl+V is a window action (so it works from anywhere in the list); Ctrl+C copies the selected rows.
#include "widgets/common/placeholdertreeview.h"

class QMimeData;

namespace credsync {

class TherapistTableView : public PlaceholderTreeView
{
    Q_OBJECT
public:
    explicit TherapistTableView(QWidget *parent = nullptr);

    // Keys (TherapistListModel::KeyRole) of the selected rows, in view order.
    QStringList selectedKeys() const;
    QString selectionText() const;
    void copySelection() const;
    void openCurrentContact() const;
    // What a drop does with its payload; public because QApplication only delivers drops during a
    // real drag, which tests cannot start.
    bool takeDroppedData(const QMimeData *mime);

Q_SIGNALS:
    void textDropped(const QString &text);
    // The row the detail pane should follow (arrows, click); invalid when the selection is empty.
    void currentRowChanged(const QModelIndex &index);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace credsync
