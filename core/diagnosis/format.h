#pragma once
// Wording and evidence helpers shared by the checks, so every finding speaks the same way.
#include "../types.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace credsync::diagnosis::detail {

// "52 s", "1.5 s", "3 min 20 s", "2 h 5 min", "3 days": durations as a person says them.
QString humanDuration(qint64 milliseconds);
// Seconds rounded to one decimal, as an integer when the decimal is zero (52, 52.3).
nlohmann::json secondsJson(qint64 milliseconds);
// "a, b and c"
QString joinWords(const QStringList &words);
// "17:42:51 UTC on 2025-09-14"
QString humanTime(const QDateTime &time);

QStringList objectIds(const std::vector<const HubSpotObject *> &objects);
nlohmann::json idsJson(const std::vector<const HubSpotObject *> &objects);
nlohmann::json createdJson(const std::vector<const HubSpotObject *> &objects);
nlohmann::json labelsJson(const QStringList &labels);

Finding makeFinding(const QString &code, Severity severity, const QString &fix, const QString &objectType,
                    const QString &summary, nlohmann::json evidence);

} // namespace credsync::diagnosis::detail
