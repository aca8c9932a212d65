#include "widgets/detail/therapistheader.h"

#include "models/displaytext.h"
#include "models/glyphicon.h"
#include "models/therapiststatus.h"
#include "widgets/common/tonecolors.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace credsync {

namespace {

QPushButton *makeFixButton(const QString &text, const QString &fix, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(fix);
    button->setAccessibleName(text);
    // Disabled until the window says fixes can run with its profile (setFixesUnavailable).
    button->setEnabled(false);
    button->setToolTip(TherapistHeader::tr("Open a profile or the demo first"));
    return button;
}

} // namespace

TherapistHeader::TherapistHeader(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_name(new QLabel(this))
    , m_status(new QLabel(this))
    , m_ids(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_selection(new QLabel(this))
    , m_fix(makeFixButton(tr("Fix"), QStringLiteral("auto"), this))
    , m_pullIds(makeFixButton(tr("Pull ids"), QStringLiteral("pull-ids"), this))
    , m_resync(makeFixButton(tr("Resync"), QStringLiteral("resync"), this))
    , m_relabel(makeFixButton(tr("Relabel"), QStringLiteral("relabel"), this))
    , m_copy(new QPushButton(tr("Copy summary"), this))
{
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ids->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_ids->setOpenExternalLinks(true);
    m_ids->setAccessibleName(tr("Therapist ids"));
    // Wraps rather than widening the window: a long email and UUID must not push the case dock out at 1280 px.
    m_ids->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setAutoFillBackground(true);
    m_problems->setContentsMargins(8, 4, 8, 4);
    m_selection->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setToolTip(tr("Copy this therapist's ids, objects and findings as text (Ctrl+Shift+C)"));
    m_copy->setAccessibleName(tr("Copy summary"));

    auto *title = new QHBoxLayout;
    title->setSpacing(8);
    title->addWidget(m_icon);
    title->addWidget(m_name);
    title->addWidget(m_status);
    title->addStretch(1);
    title->addWidget(m_selection);

    auto *buttons = m_buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_ids, 1);
    buttons->addWidget(m_copy);
    buttons->addSpacing(12);
    buttons->addWidget(m_fix);
    buttons->addSpacing(6);
    buttons->addWidget(m_pullIds);
    buttons->addWidget(m_resync);
    buttons->addWidget(m_relabel);

    auto *layout = m_layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(title);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);

    m_fix->setDefault(true);
    for (QPushButton *button : {m_fix, m_pullIds, m_resync, m_relabel})
        connect(button, &QPushButton::clicked, this, [this, button] { Q_EMIT fixClicked(button->objectName()); });
    connect(m_copy, &QPushButton::clicked, this, &TherapistHeader::copyPaneClicked);
}

void TherapistHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeIds();
}

void TherapistHeader::arrangeIds()
{
    // Beside the buttons while its longest id fits there whole; otherwise on a row of its own (a UUID
    // does not wrap, and was cut under "Copy summary" at 1024 px in Spanish).
    int buttons = 12 + 6 + 6 * 6;
    for (const QPushButton *button : {m_copy, m_fix, m_pullIds, m_resync, m_relabel})
        buttons += button->sizeHint().width();
    const int room = width() - buttons - 2 * 4;
    const bool ownRow = m_longestId + m_ids->fontMetrics().horizontalAdvance(tr("Therapist %1").arg(QString())) + 16 > room;
    if (ownRow == m_idsOwnRow)
        return;
    m_idsOwnRow = ownRow;
    m_buttons->removeWidget(m_ids);
    m_layout->removeWidget(m_ids);
    if (ownRow) {
        m_layout->insertWidget(1, m_ids);
        m_buttons->insertStretch(0, 1);
    } else {
        if (QLayoutItem *stretch = m_buttons->itemAt(0); stretch && stretch->spacerItem())
            delete m_buttons->takeAt(0);
        m_buttons->insertWidget(0, m_ids, 1);
    }
}

QPushButton *TherapistHeader::fixButton(const QString &fix) const
{
    for (QPushButton *button : {m_fix, m_pullIds, m_resync, m_relabel}) {
        if (button->objectName() == fix)
            return button;
    }
    return nullptr;
}

void TherapistHeader::setFixesUnavailable(const QString &reason)
{
    const std::pair<QPushButton *, QString> tips[] = {
        {m_fix, tr("The one plan that brings this therapist to correct (relabel then pull ids, pull ids, or resync): "
                   "previewed once, confirmed once, verified as a whole")},
        {m_pullIds, tr("Set each id column to the object that carries its label (plan first, then confirm)")},
        {m_resync, tr("Push the database's values to the object the database holds (plan first, then confirm)")},
        {m_relabel, tr("Bring the labels to the proposed target: remove extras, then add (plan first, then confirm)")},
    };
    for (const auto &[button, tip] : tips) {
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason.isEmpty() ? tip : reason);
    }
}

QString TherapistHeader::nameText() const
{
    return m_name->text();
}

void TherapistHeader::showReport(const TherapistReport &report, const AccountInfo &account, int selectedCount)
{
    const Therapist &t = report.snapshot.therapist;
    const TherapistStatus::Value status = TherapistStatus::of(report);
    m_icon->setPixmap(TherapistStatus::icon(status).pixmap(24, 24));
    m_name->setText(t.name.isEmpty() ? report.snapshot.target : t.name);
    m_status->setText(TherapistStatus::text(report));
    m_status->setAccessibleName(tr("Status: %1").arg(TherapistStatus::text(report)));

    QStringList parts;
    const QString contactUrl = recordUrl(account, QStringLiteral("0-1"), t.contactId);
    if (t.contactId.isEmpty())
        parts << tr("no HubSpot contact id");
    else if (contactUrl.isEmpty())
        parts << tr("Contact %1").arg(t.contactId.toHtmlEscaped());
    else
        parts << tr("Contact <a href=\"%1\">%2</a>").arg(contactUrl.toHtmlEscaped(), t.contactId.toHtmlEscaped());
    if (!t.email.isEmpty())
        parts << t.email.toHtmlEscaped();
    if (!t.id.isEmpty())
        parts << tr("Therapist %1").arg(t.id.toHtmlEscaped());
    if (report.snapshot.fixVerifiedAt.isValid())
        parts << tr("fixed %1: earlier logs and errors are history")
                     .arg(DisplayText::localTime(report.snapshot.fixVerifiedAt).toHtmlEscaped());
    m_ids->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_longestId = 0;
    for (const QString &id : {t.contactId, t.email, t.id})
        m_longestId = std::max(m_longestId, m_ids->fontMetrics().horizontalAdvance(id));
    arrangeIds();

    QStringList problems;
    for (const SourceProblem &problem : report.snapshot.problems)
        problems << problem.message;
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        QPalette pal = m_problems->palette();
        pal.setColor(QPalette::Window, toneBackground(palette(), Tone::Warn));
        m_problems->setPalette(pal);
        m_problems->setText(status == TherapistStatus::Incomplete
                                ? tr("Unknown: %1").arg(problems.join(QStringLiteral("; ")))
                                : tr("Not read: %1").arg(problems.join(QStringLiteral("; "))));
    }
    m_selection->setVisible(selectedCount > 1);
    m_selection->setText(tr("%1 therapists selected; fixes apply to all").arg(selectedCount));
}

} // namespace credsync
