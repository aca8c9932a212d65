#include "widgets/list/unresolvedpanel.h"

#include "models/glyphicon.h"
#include "models/unresolvedmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace credsync {

UnresolvedPanel::UnresolvedPanel(UnresolvedModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(glyphIcon(Glyph::Question, Tone::Warn).pixmap(16, 16));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    // Entries may span lines (a pasted paragraph): rows grow with them and the text wraps.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAccessibleName(tr("Targets not found"));
    m_view->header()->setSectionResizeMode(UnresolvedModel::TargetColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(UnresolvedModel::TargetColumn, 260);
    m_view->header()->setStretchLastSection(true);
    // From the font, not from a row that may not exist yet: three lines at least, about eight at most.
    const int line = m_view->fontMetrics().lineSpacing() + 6;
    m_view->setMinimumHeight(line * 3 + m_view->header()->sizeHint().height());
    m_view->setMaximumHeight(line * 8 + m_view->header()->sizeHint().height());
    m_retry->setToolTip(tr("Send the targets again, including the ones you corrected"));
    m_retry->setAccessibleName(tr("Retry unresolved targets"));
    m_dismiss->setAccessibleName(tr("Dismiss unresolved targets"));

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_title, 1);
    top->addWidget(m_retry);
    top->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_model->targets()); });
    connect(m_dismiss, &QPushButton::clicked, m_model, &UnresolvedModel::clear);
    connect(model, &QAbstractItemModel::rowsInserted, this, &UnresolvedPanel::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &UnresolvedPanel::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &UnresolvedPanel::updateState);
    updateState();
}

void UnresolvedPanel::updateState()
{
    const int count = m_model->rowCount();
    m_title->setText((count == 1 ? tr("1 target not found.") : tr("%1 targets not found.").arg(count)) + QLatin1Char(' ')
                     + tr("Double-click one to correct it, then Retry."));
    setVisible(count > 0);
}

} // namespace credsync
