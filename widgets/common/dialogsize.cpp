#include "widgets/common/dialogsize.h"

#include <QDialog>
#include <QScreen>

namespace credsync::dialogsize {

void fit(QDialog *dialog, QSize wanted)
{
    QSize room;
    if (const QWidget *parent = dialog->parentWidget(); parent && parent->window()->isVisible())
        room = parent->window()->size();
    else if (const QScreen *screen = dialog->screen())
        room = screen->availableGeometry().size();
    if (room.isValid())
        wanted = wanted.boundedTo(room - QSize(24, 24)).expandedTo(dialog->minimumSizeHint());
    dialog->resize(wanted);
}

} // namespace credsync::dialogsize
