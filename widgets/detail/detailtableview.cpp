#include "widgets/detail/detailtableview.h"

#include "widgets/detail/detailitemdelegate.h"
#include "models/modeltext.h"
#include "models/reporttablemodel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QUrl>

namespace credsync {

DetailTableView::DetailTableView(QWidget *parent)
    : PlaceholderTreeView(parent)
{
    setItemDelegate(new DetailItemDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(this, &QAbstractItemView::activated, this, [this] { openCurrentLink(); });
    // A wrapped column that changes width changes its rows' heights too.
    connect(header(), &QHeaderView::sectionResized, this, [this] {
        if (wordWrap())
            scheduleDelayedItemsLayout();
    });
}

void DetailTableView::copySelection() const
{
    if (!model())
        return;
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    QString text;
    if (rows.size() > 1) {
        QList<int> numbers;
        for (const QModelIndex &row : rows)
            numbers << row.row();
        std::sort(numbers.begin(), numbers.end());
        text = modelToText(*model(), numbers, ReportTableModel::CopyRole);
    } else if (currentIndex().isValid()) {
        text = currentIndex().data(ReportTableModel::CopyRole).toString();
        if (text.isEmpty())
            text = currentIndex().data(Qt::DisplayRole).toString();
    }
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT const_cast<DetailTableView *>(this)->copied(text);
}

QString DetailTableView::tableText() const
{
    return model() ? modelToText(*model(), {}, ReportTableModel::CopyRole) : QString();
}

void DetailTableView::copyTable() const
{
    const QString text = tableText();
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT const_cast<DetailTableView *>(this)->copied(text);
}

bool DetailTableView::openCurrentLink() const
{
    const QString url = currentIndex().data(ReportTableModel::UrlRole).toString();
    if (url.isEmpty())
        return false;
    return QDesktopServices::openUrl(QUrl(url));
}

void DetailTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    PlaceholderTreeView::keyPressEvent(event);
}

void DetailTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    QMenu menu(this);
    if (index.isValid()) {
        const QString value = index.data(ReportTableModel::CopyRole).toString();
        QAction *copyValue = menu.addAction(tr("Copy “%1”").arg(value.left(40)), this, [value] {
            QGuiApplication::clipboard()->setText(value);
        });
        copyValue->setEnabled(!value.isEmpty());
        const QString url = index.data(ReportTableModel::UrlRole).toString();
        if (!url.isEmpty()) {
            menu.addAction(tr("Open in browser"), this, [url] { QDesktopServices::openUrl(QUrl(url)); });
            menu.addAction(tr("Copy link"), this, [url] { QGuiApplication::clipboard()->setText(url); });
        }
        menu.addSeparator();
    }
    menu.addAction(tr("Copy table"), this, &DetailTableView::copyTable);
    menu.exec(event->globalPos());
}

} // namespace credsync
