#pragma once
// credsync report delays, and the collection the window's Delays view shares with it.
#include "core/profile.h"
#include "core/reports/delaycollector.h"

#include <QStringList>

#include <functional>

namespace credsync::app {

int runReportCommand(const QStringList &arguments);

// Connects the profile's sources and collects the delay report to completion (the caller's thread
// must have no other event loop running: the headless commands).
Result<reports::DelayReport> collectDelayReport(const Profile &profile, const reports::DelayRequest &request,
                                                std::function<void(int, int)> progress = {});

} // namespace credsync::app
