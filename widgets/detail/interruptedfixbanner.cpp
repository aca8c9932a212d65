#include "widgets/detail/interruptedfixbanner.h"

#include "widgets/common/tonecolors.h"

#include <QEvent>

namespace credsync {

InterruptedFixBanner::InterruptedFixBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("interruptedFixBanner"));
    setAccessibleName(tr("Interrupted fix"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setContentsMargins(8, 4, 8, 4);
    applyTone();
    setVisible(false);
}

void InterruptedFixBanner::setRuns(const std::vector<fixes::InterruptedRun> &runs)
{
    m_runCount = int(runs.size());
    QStringList lines;
    for (const fixes::InterruptedRun &run : runs)
        lines << tr("%1 — apply the fix again to finish it from HubSpot's current state.").arg(run.summary());
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!runs.empty());
}

void InterruptedFixBanner::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange || event->type() == QEvent::ParentChange)
        applyTone();
}

void InterruptedFixBanner::applyTone()
{
    // Only the roles this line owns, derived from the inherited palette; a theme change recomputes them.
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor background = toneBackground(inherited, Tone::Warn);
    QPalette pal = palette();
    if (pal.color(QPalette::Window) == background)
        return;
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, inherited.color(QPalette::Text));
    setPalette(pal);
}

} // namespace credsync
