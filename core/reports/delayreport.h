#pragma once
// The delay report: for every therapist signed up in a window, the time from the DB row's creation to
// each custom object's createdAt in HubSpot, and from the backend's id pull to it. Value type, its
// JSON (a contract: see README "credsync report delays") and its text.
#include "delaystats.h"

#include "../result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace credsync::reports {

struct DelayWindow
{
    QDateTime start; // inclusive, UTC
    QDateTime end;   // exclusive, UTC
};

struct DelayReport
{
    DelayWindow window;
    int signups = 0;
    int currentDelaySeconds = 60;
    QStringList objectTypes;           // the profile's object names, in profile order
    std::vector<DelaySample> samples;  // by sign-up time
    std::vector<TypeDelayStats> perType;
    QStringList problems;              // sources that could not be read (e.g. logs unavailable)

    // Fills perType from the samples.
    void computeStats();
};

// {"window":{"start","end"},"signups","current_delay_seconds","per_type":[…],"samples":[…]}
nlohmann::json delayReportToJson(const DelayReport &report);

// ISO-8601 UTC with milliseconds and a Z.
QString isoUtc(const QDateTime &time);

// The terminal's summary: per type p50/p90/p99/max, the answer to the backend's question, the missing.
QString delayReportText(const DelayReport &report);

} // namespace credsync::reports

namespace credsync::reports {

// The window from the command line: `since` ("30d", "12h", "90m"), or `from`/`to` (a date such as
// 2026-11-01, which means its midnight UTC, with `to` inclusive of that whole day, or an ISO-8601 time).
// Neither: the last 30 days. A Validation error says what was wrong.
Result<DelayWindow> parseDelayWindow(const QString &since, const QString &from, const QString &to, const QDateTime &now);

} // namespace credsync::reports
