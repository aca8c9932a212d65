#include "widgets/list/therapisttableview.h"

#include "widgets/common/elidedtooltipdelegate.h"
#include "widgets/list/chipsdelegate.h"
#include "widgets/common/displayoptions.h"
#include "models/modeltext.h"
#include "models/therapistlistmodel.h"
#include "widgets/common/tonecolors.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QUrl>

namespace credsync {

namespace {

QString droppedText(const QMimeData *mime)
{
    if (mime->hasUrls()) {
        QStringList urls;
        for (const QUrl &url : mime->urls())
            urls << url.toString();
        return urls.join(QLatin1Char('\n'));
    }
    return mime->text();
}

} // namespace

TherapistTableView::TherapistTableView(QWidget *parent)
    : PlaceholderTreeView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true); // drops are delivered to the viewport, which must accept them itself
    setDropIndicatorShown(false);
    setItemDelegate(new ElidedToolTipDelegate(this)); // a cut name or email is whole on hover
    auto *findings = new ChipsDelegate(TherapistListModel::FindingCodesRole, findingCodeTone, this);
    findings->setLabelFunction(&displayoptions::findingLabel);
    findings->setToolTipFunction(&displayoptions::findingToolTip);
    setItemDelegateForColumn(TherapistListModel::FindingsColumn, findings);
    header()->setStretchLastSection(false);
    setPlaceholderText(tr("Paste a ticket here (Ctrl+V) or drop its text: contact ids, emails, HubSpot links, "
                          "therapist UUIDs.\nOr load every therapist with File ▸ Load all therapists."));
}

QStringList TherapistTableView::selectedKeys() const
{
    QStringList keys;
    if (!selectionModel())
        return keys;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows)
        keys << row.data(TherapistListModel::KeyRole).toString();
    return keys;
}

QString TherapistTableView::selectionText() const
{
    if (!model() || !selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &row : selectionModel()->selectedRows())
        rows << row.row();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    return modelToText(*model(), rows);
}

void TherapistTableView::copySelection() const
{
    const QString text = selectionText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TherapistTableView::openCurrentContact() const
{
    const QString url = currentIndex().data(TherapistListModel::UrlRole).toString();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void TherapistTableView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasText() || event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void TherapistTableView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasText() || event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void TherapistTableView::dropEvent(QDropEvent *event)
{
    if (takeDroppedData(event->mimeData()))
        event->acceptProposedAction();
}

bool TherapistTableView::takeDroppedData(const QMimeData *mime)
{
    const QString text = droppedText(mime);
    if (text.trimmed().isEmpty())
        return false;
    Q_EMIT textDropped(text);
    return true;
}

void TherapistTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    PlaceholderTreeView::keyPressEvent(event);
}

void TherapistTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (index.isValid()) {
        const QString contact = index.siblingAtColumn(TherapistListModel::ContactIdColumn).data().toString();
        menu.addAction(tr("Open contact in HubSpot"), this, &TherapistTableView::openCurrentContact)
            ->setEnabled(!index.data(TherapistListModel::UrlRole).toString().isEmpty());
        menu.addAction(tr("Copy contact id"), this, [contact] { QGuiApplication::clipboard()->setText(contact); })
            ->setEnabled(!contact.isEmpty());
    }
    menu.addAction(tr("Copy selected rows"), this, &TherapistTableView::copySelection);
    menu.exec(event->globalPos());
}

void TherapistTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    PlaceholderTreeView::currentChanged(current, previous);
    Q_EMIT currentRowChanged(current);
}

} // namespace credsync
