#pragma once
// Test-injected failures: a rule matches method + path (a regular expression) and, from its Nth
// match on and for a number of times, answers a canned status/body, adds latency, or drops the
// connection without answering. Rules are checked in the order they were added; the first that
// fires wins.
#include "sandbox/httpexchange.h"

#include <QRegularExpression>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace credsync::sandbox {

struct FaultRule
{
    QByteArray method;          // empty or "*": any method
    QString pathPattern;        // regular expression searched in the path (anchor it yourself)
    int nth = 1;                // first match (1-based) that fires; earlier matches pass through
    int times = 0;              // how many times it fires; 0 = every time from nth on
    int status = 0;             // 0: no canned answer (latency only, or drop)
    QByteArray body;            // empty with a status: a HubSpot-style error body is made up
    QByteArray contentType = "application/json;charset=utf-8";
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool drop = false;
    // Handle the request (a write lands) and then close the connection unanswered.
    bool loseAnswer = false;
    // Of the matches that would fire, fire this share (0-1), drawn from a generator seeded with `seed`,
    // so that a chaos run is repeatable.
    double probability = 1.0;
    quint64 seed = 1;

    // From {"method","path","nth","times","status","body" (object or string),"contentType","headers":{…},
    // "delayMs","drop","loseAnswer","probability","seed"}. Throws std::exception on a malformed rule.
    static FaultRule fromJson(const nlohmann::json &json);
    nlohmann::json toJson() const;
};

class FaultRules
{
public:
    // What to do with a request that a rule fired on.
    struct Action
    {
        int ruleId = 0;
        std::optional<HttpResponse> response; // nullopt: handle normally (after delayMs)
        int delayMs = 0;
        bool drop = false;
        bool loseAnswer = false;
    };

    int add(FaultRule rule);
    void clear();
    std::optional<Action> match(const QByteArray &method, const QString &path);
    nlohmann::json toJson() const;

private:
    struct Entry
    {
        int id = 0;
        FaultRule rule;
        QRegularExpression pattern;
        int matched = 0;
        int fired = 0;
        std::mt19937_64 random;
    };
    std::vector<Entry> m_entries;
    int m_nextId = 1;
};

} // namespace credsync::sandbox
