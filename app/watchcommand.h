#pragma once
#include <QString>
#include <QStringList>

#include <optional>

namespace credsync::app {

int runWatchCommand(const QStringList &arguments);

// "15m" → 900, "1h", "90s", "2d"; a bare number is minutes. nullopt outside 10 s … 7 days.
std::optional<int> parseIntervalSeconds(const QString &text);

} // namespace credsync::app
