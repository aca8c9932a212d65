#include "sandbox/logqlquery.h"

#include <QString>

#include <cctype>

namespace credsync::sandbox {

namespace {

// A tiny cursor over the query text that knows Loki's error wording.
struct Cursor
{
    const std::string &text;
    std::size_t position = 0;
    std::string error;

    void skipSpace()
    {
        while (position < text.size() && std::isspace(static_cast<unsigned char>(text[position])))
            ++position;
    }
    bool atEnd() { skipSpace(); return position >= text.size(); }
    bool consume(const char *token)
    {
        skipSpace();
        const std::size_t length = std::char_traits<char>::length(token);
        if (text.compare(position, length, token) != 0)
            return false;
        position += length;
        return true;
    }
    bool fail(const std::string &what)
    {
        if (error.empty()) {
            const std::string near = position < text.size() ? text.substr(position, 12) : std::string("end of input");
            error = "parse error at line 1, col " + std::to_string(position + 1) + ": syntax error: " + what +
                    ", unexpected " + near;
        }
        return false;
    }
    bool identifier(std::string &out)
    {
        skipSpace();
        const std::size_t start = position;
        while (position < text.size() && (std::isalnum(static_cast<unsigned char>(text[position])) || text[position] == '_'))
            ++position;
        if (position == start || std::isdigit(static_cast<unsigned char>(text[start])))
            return fail("expected a label name");
        out = text.substr(start, position - start);
        return true;
    }
    bool string(std::string &out)
    {
        skipSpace();
        if (position >= text.size())
            return fail("expected a string");
        const char quote = text[position];
        if (quote == '`') {
            const std::size_t end = text.find('`', position + 1);
            if (end == std::string::npos)
                return fail("unterminated raw string");
            out = text.substr(position + 1, end - position - 1);
            position = end + 1;
            return true;
        }
        if (quote != '"')
            return fail("expected a string");
        out.clear();
        for (++position; position < text.size(); ++position) {
            const char c = text[position];
            if (c == '"') {
                ++position;
                return true;
            }
            if (c == '\\' && position + 1 < text.size()) {
                const char next = text[++position];
                switch (next) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                default: out += next; break; // \" \\ and anything else stand for themselves
                }
                continue;
            }
            out += c;
        }
        return fail("unterminated string");
    }
};

QRegularExpression compile(const std::string &pattern, bool anchored)
{
    const QString source = QString::fromStdString(pattern);
    return QRegularExpression(anchored ? QStringLiteral("^(?:") + source + QStringLiteral(")$") : source);
}

} // namespace

std::optional<LogQlQuery> LogQlQuery::parse(const std::string &text, std::string *error)
{
    LogQlQuery query;
    Cursor cursor{text};
    const auto failed = [&]() -> std::optional<LogQlQuery> {
        if (error)
            *error = cursor.error;
        return std::nullopt;
    };
    if (!cursor.consume("{"))
        return cursor.fail("expected {"), failed();
    if (!cursor.consume("}")) {
        do {
            Matcher matcher;
            if (!cursor.identifier(matcher.name))
                return failed();
            if (cursor.consume("=~")) matcher.op = Op::Regex;
            else if (cursor.consume("!~")) matcher.op = Op::NotRegex;
            else if (cursor.consume("!=")) matcher.op = Op::NotEqual;
            else if (cursor.consume("=")) matcher.op = Op::Equal;
            else return cursor.fail("expected a matcher operator"), failed();
            if (!cursor.string(matcher.value))
                return failed();
            if (matcher.op == Op::Regex || matcher.op == Op::NotRegex) {
                matcher.regex = compile(matcher.value, true);
                if (!matcher.regex.isValid())
                    return cursor.fail("invalid regular expression " + matcher.value), failed();
            }
            query.m_matchers.push_back(std::move(matcher));
        } while (cursor.consume(","));
        if (!cursor.consume("}"))
            return cursor.fail("expected } or ,"), failed();
    }
    // Loki refuses selectors that could match every stream.
    bool selective = false;
    for (const Matcher &matcher : query.m_matchers) {
        if ((matcher.op == Op::Equal && !matcher.value.empty()) ||
            (matcher.op == Op::Regex && !matcher.regex.match(QString()).hasMatch()))
            selective = true;
    }
    if (!selective) {
        if (error)
            *error = "parse error : queries require at least one regexp or equality matcher that does not have an "
                     "empty-compatible value. For instance, app=~\".*\" does not meet this requirement, but app=~\".+\" will";
        return std::nullopt;
    }
    while (!cursor.atEnd()) {
        Filter filter;
        if (cursor.consume("|=")) filter.op = Op::Equal;
        else if (cursor.consume("!=")) filter.op = Op::NotEqual;
        else if (cursor.consume("|~")) filter.op = Op::Regex;
        else if (cursor.consume("!~")) filter.op = Op::NotRegex;
        else return cursor.fail("expected a line filter (|= != |~ !~); the sandbox supports no parsers"), failed();
        if (!cursor.string(filter.value))
            return failed();
        if (filter.op == Op::Regex || filter.op == Op::NotRegex) {
            filter.regex = compile(filter.value, false);
            if (!filter.regex.isValid())
                return cursor.fail("invalid regular expression " + filter.value), failed();
        }
        query.m_filters.push_back(std::move(filter));
    }
    return query;
}

bool LogQlQuery::matchesStream(const std::map<std::string, std::string> &labels) const
{
    for (const Matcher &matcher : m_matchers) {
        const auto it = labels.find(matcher.name);
        const std::string value = it == labels.end() ? std::string() : it->second;
        bool ok = false;
        switch (matcher.op) {
        case Op::Equal: ok = value == matcher.value; break;
        case Op::NotEqual: ok = value != matcher.value; break;
        case Op::Regex: ok = matcher.regex.match(QString::fromStdString(value)).hasMatch(); break;
        case Op::NotRegex: ok = !matcher.regex.match(QString::fromStdString(value)).hasMatch(); break;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool LogQlQuery::matchesLine(const std::string &line) const
{
    for (const Filter &filter : m_filters) {
        bool ok = false;
        switch (filter.op) {
        case Op::Equal: ok = line.find(filter.value) != std::string::npos; break;
        case Op::NotEqual: ok = line.find(filter.value) == std::string::npos; break;
        case Op::Regex: ok = filter.regex.match(QString::fromStdString(line)).hasMatch(); break;
        case Op::NotRegex: ok = !filter.regex.match(QString::fromStdString(line)).hasMatch(); break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace credsync::sandbox
