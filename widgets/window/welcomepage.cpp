#include "widgets/window/welcomepage.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace credsync {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QPushButton(this))
{
    auto *title = new QLabel(tr("CredSync Console"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Paste the contact ids, emails or HubSpot links from a ticket and see, for each "
                                "therapist, every id in the database beside every object and label in HubSpot, the "
                                "log lines and Sentry errors around it, and what is wrong."),
                             this);
    intro->setWordWrap(true);
    intro->setMaximumWidth(560);

    auto *demo = new QPushButton(tr("Open the demo"), this);
    demo->setToolTip(tr("A local sandbox with 40 therapists, broken in every way the console knows. Nothing leaves this computer."));
    demo->setAccessibleName(tr("Open the demo"));
    demo->setDefault(true);
    auto *connectButton = new QPushButton(tr("Connect…"), this);
    connectButton->setToolTip(tr("Write a profile that says where the database, HubSpot, Loki and Sentry are, and test it"));
    connectButton->setAccessibleName(tr("Connect with a profile"));
    m_recent->setAccessibleName(tr("Reopen the last profile"));
    m_recent->hide();
    for (QPushButton *button : {demo, connectButton, m_recent})
        button->setMinimumWidth(240);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(demo, 0, Qt::AlignHCenter);
    layout->addWidget(connectButton, 0, Qt::AlignHCenter);
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoClicked);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectClicked);
    connect(m_recent, &QPushButton::clicked, this, [this] { Q_EMIT openProfileClicked(m_recentPath); });
}

void WelcomePage::setRecentProfile(const QString &path)
{
    m_recentPath = path;
    m_recent->setVisible(!path.isEmpty());
    m_recent->setText(tr("Reopen %1").arg(QFileInfo(path).fileName()));
    m_recent->setToolTip(path);
}

} // namespace credsync
