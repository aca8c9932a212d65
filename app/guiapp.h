#pragma once
// The window's entry point: `credsync` (no command) and `credsync --demo` land here.
#include <QSize>
#include <QString>

namespace credsync::app {

struct GuiOptions
{
    bool demo = false;
    QString profilePath;
    QString screenshotPath;
    QString selectTarget;
    QString tab;
    QString dialog; // with screenshotPath: "fix:<fix>" (its plan) or "export", for the selection
    QSize screenshotSize{1440, 900};
    QString theme; // "light" or "dark": the Fusion style with a light or dark palette ("" = the platform's)
};

// Needs a QApplication to exist. Shows the window (or, with screenshotPath, renders it offscreen to a
// PNG after loading and returns 0/1).
int runGui(const GuiOptions &options);

} // namespace credsync::app
