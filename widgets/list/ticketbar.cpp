#include "widgets/list/ticketbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace credsync {

TicketBar::TicketBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_back(new QPushButton(tr("Back"), this))
{
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_back->setToolTip(tr("Leave the ticket view and show the list as it was before the paste (Alt+Left)"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setAccessibleName(tr("Back to the previous view"));
    // Palette-derived: a tinted strip that reads in light and dark themes alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_back);
    layout->addWidget(m_label, 1);
    connect(m_back, &QPushButton::clicked, this, &TicketBar::backRequested);
    setVisible(false);
}

void TicketBar::startTicket(int targets)
{
    m_targets = targets;
    m_active = true;
    setCounts(0, 0, true);
    setVisible(true);
}

void TicketBar::setCounts(int listed, int notFound, bool resolving)
{
    const QString therapists = listed == 1 ? tr("1 therapist") : tr("%1 therapists").arg(listed);
    QString line;
    if (resolving)
        line = tr("Pasted ticket (%1 targets): %2 so far, %3 not found; still resolving…").arg(m_targets).arg(therapists).arg(notFound);
    else if (notFound > 0)
        line = tr("Pasted ticket: %1, %2 not found (listed below with the reason; double-click to correct).").arg(therapists).arg(notFound);
    else
        line = tr("Pasted ticket: %1.").arg(therapists);
    m_label->setText(line);
}

void TicketBar::finishTicket()
{
    m_active = false;
    setVisible(false);
}

QString TicketBar::text() const
{
    return m_label->text();
}

} // namespace credsync
