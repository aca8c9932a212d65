#pragma once
// A dialog's first size: what it wants, but never larger than the window it belongs to (or the
// screen), so that at 1024×600 its buttons stay on screen (issue 13).
#include <QSize>

class QDialog;

namespace credsync::dialogsize {

void fit(QDialog *dialog, QSize wanted);

} // namespace credsync::dialogsize
