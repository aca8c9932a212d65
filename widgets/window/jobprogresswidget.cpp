#include "widgets/window/jobprogresswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace credsync {

JobProgressWidget::JobProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Job progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    m_cancel->setToolTip(tr("Stop the running inspection (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &JobProgressWidget::cancelRequested);
    setBusy(false);
}

void JobProgressWidget::setBusy(bool busy)
{
    setVisible(busy);
    if (busy)
        setProgress(0, 0);
}

void JobProgressWidget::setProgress(int done, int total)
{
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_label->setText(total > 0 ? tr("Inspecting %1 of %2").arg(done).arg(total) : tr("Inspecting…"));
}

} // namespace credsync
