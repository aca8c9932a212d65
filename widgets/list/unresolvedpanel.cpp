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
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAccessibleName(tr("Targets not found"));
    m_view->header()->setSectionResizeMode(UnresolvedModel::TargetColumn, QHeaderView::ResizeToContents);
    m_view->setMaximumHeight(m_view->sizeHintForRow(0) * 5 + 40);
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
