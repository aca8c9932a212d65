#pragma once
// Placeholder until the triage window lands (its owner replaces this file).
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
    QSize screenshotSize{1440, 900};
};
int runGui(const GuiOptions &options);
} // namespace credsync::app
