#pragma once
// The console window as main() opens it on a profile, for the GUI tests that drive it end to end: the
// real Inspector on its worker thread behind a ThreadedInspectionService, the window shown offscreen.
#include "core/profile.h"

#include <QStringList>

#include <memory>

namespace credsync {
class MainWindow;
class ThreadedInspectionService;
} // namespace credsync

namespace credsync::test {

// Replaces `window` and `service` (the old window goes first: it holds the old service) with a window
// on `profile` at 1440×900, shown; true once it is exposed.
bool openConsoleWindow(const Profile &profile, std::unique_ptr<ThreadedInspectionService> &service,
                       std::unique_ptr<MainWindow> &window);

// Pastes `contacts` into `window` as one text and waits up to `waitMs` for the session to be idle with
// each contact's full report in the list; true when it is.
bool inspectAndWait(MainWindow &window, const QStringList &contacts, int waitMs);

} // namespace credsync::test
