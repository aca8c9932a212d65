#include "widgets/window/sourcestatuswidget.h"

#include "models/displaytext.h"
#include "models/glyphicon.h"

#include <QHBoxLayout>
#include <QLabel>

namespace credsync {

namespace {

QString sourceName(const QString &source)
{
    if (source == QLatin1String("hubspot"))
        return SourceStatusWidget::tr("HubSpot");
    if (source == QLatin1String("db"))
        return SourceStatusWidget::tr("Database");
    if (source == QLatin1String("loki"))
        return SourceStatusWidget::tr("Logs");
    if (source == QLatin1String("sentry"))
        return SourceStatusWidget::tr("Sentry");
    return source;
}

} // namespace

SourceStatusWidget::SourceStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_budget(new QLabel(this))
    , m_profile(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    // Fixed order, so the eye finds a source in the same place every morning.
    for (const QString &source : {QStringLiteral("db"), QStringLiteral("hubspot"), QStringLiteral("loki"), QStringLiteral("sentry")})
        sourceLabel(source);
    m_budget->setAccessibleName(tr("HubSpot rate budget"));
    m_budget->setToolTip(tr("Requests left in HubSpot's ten-second window"));
    m_profile->setAccessibleName(tr("Active profile"));
    m_layout->addWidget(m_budget);
    m_layout->addWidget(m_profile);
    reset();
}

QLabel *SourceStatusWidget::sourceLabel(const QString &source)
{
    if (QLabel *label = m_labels.value(source))
        return label;
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *icon = new QLabel(box);
    icon->setObjectName(QStringLiteral("icon"));
    auto *text = new QLabel(sourceName(source), box);
    row->addWidget(icon);
    row->addWidget(text);
    text->setBuddy(icon);
    text->setProperty("iconLabel", QVariant::fromValue(static_cast<QObject *>(icon)));
    m_layout->insertWidget(int(m_labels.size()), box);
    m_labels.insert(source, text);
    return text;
}

void SourceStatusWidget::setHealth(const SourceHealth &health)
{
    m_health.insert(health.source, health);
    QLabel *text = sourceLabel(health.source);
    auto *icon = qobject_cast<QLabel *>(text->property("iconLabel").value<QObject *>());
    Glyph glyph = Glyph::Dash;
    Tone tone = Tone::Neutral;
    QString state;
    if (!health.configured) {
        state = tr("not configured");
    } else if (health.ok) {
        glyph = Glyph::Check;
        tone = Tone::Good;
        state = health.message.isEmpty() ? tr("ok") : health.message;
    } else {
        glyph = Glyph::Cross;
        tone = Tone::Bad;
        state = health.message.isEmpty() ? tr("failing") : health.message;
    }
    if (icon)
        icon->setPixmap(glyphIcon(glyph, tone).pixmap(14, 14));
    // The failure is readable without hovering: a short word beside the name.
    text->setText(health.configured && !health.ok ? tr("%1: failing").arg(sourceName(health.source))
                                                   : sourceName(health.source));
    const QString tip = sourceName(health.source) + QStringLiteral(": ") + state
        + (health.checkedAt.isValid() ? QLatin1Char('\n') + tr("checked %1").arg(DisplayText::localTime(health.checkedAt))
                                      : QString());
    text->parentWidget()->setToolTip(tip);
    text->setAccessibleName(sourceName(health.source));
    text->setAccessibleDescription(state);
}

void SourceStatusWidget::setRateBudget(int remaining, int max)
{
    m_budget->setText(max > 0 ? tr("HubSpot budget %1/%2").arg(remaining).arg(max) : QString());
    m_budget->setVisible(max > 0);
}

void SourceStatusWidget::setProfileName(const QString &name)
{
    m_profile->setText(name.isEmpty() ? QString() : tr("Profile: %1").arg(name));
}

void SourceStatusWidget::reset()
{
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        SourceHealth unknown;
        unknown.source = it.key();
        unknown.configured = false;
        setHealth(unknown);
        // Not "not configured" before anything was checked: just unknown yet.
        it.value()->parentWidget()->setToolTip(tr("%1: not checked yet").arg(sourceName(it.key())));
    }
    m_health.clear();
    setRateBudget(0, 0);
}

QString SourceStatusWidget::healthText(const QString &source) const
{
    QLabel *text = m_labels.value(source);
    return text ? text->parentWidget()->toolTip().section(QLatin1Char('\n'), 0, 0) : QString();
}

bool SourceStatusWidget::isHealthy(const QString &source) const
{
    const auto it = m_health.constFind(source);
    return it != m_health.constEnd() && it->configured && it->ok;
}

} // namespace credsync
