#pragma once
// The part of LogQL the console uses: a stream selector {k="v", k!="v", k=~"re", k!~"re"} followed by
// line filters |= != |~ !~ with "…" (backslash escapes) or `…` (raw) strings. Anything else is a
// parse error, reported the way Loki words it.
#include <QRegularExpression>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace credsync::sandbox {

class LogQlQuery
{
public:
    static std::optional<LogQlQuery> parse(const std::string &text, std::string *error);

    bool matchesStream(const std::map<std::string, std::string> &labels) const;
    bool matchesLine(const std::string &line) const;

private:
    enum class Op { Equal, NotEqual, Regex, NotRegex };
    struct Matcher
    {
        std::string name;
        Op op = Op::Equal;
        std::string value;
        QRegularExpression regex;
    };
    struct Filter
    {
        Op op = Op::Equal; // Equal: |= contains, NotEqual: != does not contain
        std::string value;
        QRegularExpression regex;
    };
    std::vector<Matcher> m_matchers;
    std::vector<Filter> m_filters;
};

} // namespace credsync::sandbox
