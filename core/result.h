#pragma once
// Errors are values: every fallible call in core returns Result<T> (a small std::expected stand-in,
// since Debian 12's GCC 12 has no <expected> in C++20 mode).
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace credsync {

struct Error
{
    enum class Kind {
        Config,       // the profile or a setting is wrong
        Network,      // connection refused, DNS, dropped connection
        Timeout,
        Auth,         // 401: credentials rejected
        Scope,        // 403: token lacks a scope
        NotFound,     // 404
        RateLimited,  // 429 that stayed 429 after retries
        DailyLimit,   // HubSpot's DAILY policy: never retried
        Server,       // 5xx that stayed after retries
        BadResponse,  // a body we could not understand
        Conflict,     // 409, or "changed since planned"
        Validation,   // 400, or bad input from the user
        Database,
        Locked,       // another console holds the therapist's lock
        Cancelled,
        Internal,
    };

    Kind kind = Kind::Internal;
    QString message;        // one line a person understands; never contains a secret
    int httpStatus = 0;
    QString category;       // HubSpot's category / subCategory when known
    QString correlationId;  // HubSpot's correlationId, to quote to their support
    QString source;         // "hubspot", "db", "loki", "sentry", "profile", ...

    static Error make(Kind kind, QString message, QString source = {})
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        e.source = std::move(source);
        return e;
    }

    bool isRetryable() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited
            || kind == Kind::Server;
    }

    QString kindName() const;
    // "hubspot: credentials rejected (401, correlationId …)"
    QString describe() const;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    // Default-constructible (a success holding T{}) so that Results can travel through queued signals.
    Result() requires std::is_default_constructible_v<T> : m_value(T{}) {}
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_value); }
    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_value); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_value;
};

// Result<void>: success carries nothing.
struct Ok {};
using Status = Result<Ok>;

} // namespace credsync
