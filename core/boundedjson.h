#pragma once
// Every JSON document read from a file or the network goes through here: a document nested deeper than
// a person or a vendor ever writes (or larger than any real answer) is refused with a clear message
// before nlohmann builds it, because building, printing and destroying a tree 50,000 levels deep
// recurses and overflows the stack. Fuzz targets call these entry points directly.
#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>

namespace credsync::boundedjson {

struct Limits
{
    int maxDepth = 64;
    qint64 maxBytes = 64LL * 1024 * 1024; // 64 MiB: far above any profile, world file or API answer
};

// Thrown by parse() when a limit is passed; carries a sentence fit for the person reading it.
class LimitError : public std::runtime_error
{
public:
    explicit LimitError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

// std::nullopt when the text is within the limits, else the reason (e.g. "nested deeper than 64 levels
// at byte 130"). Counts brackets outside strings, so it costs one pass and no allocation.
std::optional<QString> checkLimits(const char *begin, const char *end, const Limits &limits = {});

// nlohmann::json::parse with the limits checked first. Throws LimitError or nlohmann's parse_error.
nlohmann::json parse(const QByteArray &text, const Limits &limits = {});
nlohmann::json parse(const std::string &text, const Limits &limits = {});

// Never throws: std::nullopt for text that is not JSON or passes a limit (error, when given, says why).
std::optional<nlohmann::json> tryParse(const QByteArray &text, QString *error = nullptr, const Limits &limits = {});

} // namespace credsync::boundedjson
