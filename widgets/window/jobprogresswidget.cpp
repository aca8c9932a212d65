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
    setObjectName(QStringLiteral("jobProgress"));
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Job progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    m_cancel->setToolTip(tr("Stop the running work (Esc)"));
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
}

void JobProgressWidget::setProgress(const progress::Progress &progress)
{
    // Range 0..0 is Qt's busy indicator for work whose size is not known yet.
    m_bar->setRange(0, progress.indeterminate() ? 0 : progress.total);
    m_bar->setValue(progress.indeterminate() ? 0 : progress.done);
    m_label->setText(progress.text);
    m_label->setToolTip(progress.text);
}

QString JobProgressWidget::text() const
{
    return m_label->text();
}

} // namespace credsync
