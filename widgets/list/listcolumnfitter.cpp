#include "widgets/list/listcolumnfitter.h"

#include "models/displaytext.h"
#include "models/therapistlistmodel.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace credsync {

ListColumnFitter::ListColumnFitter(QTreeView *view)
    : QObject(view), m_view(view), m_viewport(view->viewport())
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TherapistListModel::FindingsColumn, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (m_fitting)
            return;
        switch (logical) {
        case TherapistListModel::StatusColumn:
            // Its width is set from its words (ListPane); when it changes, the others make room after it.
            QMetaObject::invokeMethod(this, &ListColumnFitter::fit, Qt::QueuedConnection);
            break;
        case TherapistListModel::NameColumn:
        case TherapistListModel::EmailColumn:
        case TherapistListModel::ContactIdColumn:
        case TherapistListModel::LastErrorColumn:
            m_userSized = true; // only a person resizes these outside fit()
            break;
        default:
            break;
        }
    });
    view->viewport()->installEventFilter(this);
    fit();
}

void ListColumnFitter::fit()
{
    if (m_userSized)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * metrics.averageCharWidth() + 8;
    // A 12-digit contact id and a time in the window's one style are the widest these columns hold.
    const int contact = std::max(metrics.horizontalAdvance(QStringLiteral("000000000000")),
                                 header->fontMetrics().horizontalAdvance(
                                     m_view->model() ? m_view->model()->headerData(TherapistListModel::ContactIdColumn, Qt::Horizontal).toString()
                                                     : QString()))
                        + padding;
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 59, 59), Qt::UTC);
    const int time = metrics.horizontalAdvance(DisplayText::localTime(sample)) + padding;
    const int status = header->sectionSize(TherapistListModel::StatusColumn);
    // The findings keep room for a chip and its "+N"; name and email share the rest, up to what a
    // long one needs; the findings' chips take whatever is left over (a stretched column).
    const int findings = 26 * metrics.averageCharWidth();
    const int flexible = std::max(0, m_view->viewport()->width() - status - contact - time - findings);
    header->resizeSection(TherapistListModel::NameColumn, std::clamp(flexible * 42 / 100, 80, 220));
    header->resizeSection(TherapistListModel::EmailColumn, std::clamp(flexible * 58 / 100, 100, 320));
    header->resizeSection(TherapistListModel::ContactIdColumn, contact);
    header->resizeSection(TherapistListModel::LastErrorColumn, time);
    m_fitting = false;
}

bool ListColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace credsync
