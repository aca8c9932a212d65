#include "markdowntext.h"

#include <algorithm>

namespace credsync::exporting::markdown {

namespace {

int longestBacktickRun(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

} // namespace

QString escape(const QString &text)
{
    // Not "_": GFM ignores intraword underscores, and ids like credentialing_hubspot_id stay readable raw.
    static const QString special = QStringLiteral("\\`*[]<>|");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString code(const QString &text, bool inTable)
{
    QString body = text;
    body.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (inTable)
        body.replace(QStringLiteral("|"), QStringLiteral("\\|"));
    const QString fence(longestBacktickRun(body) + 1, QLatin1Char('`'));
    // A space keeps a leading or trailing backtick of the body from joining the fence.
    const bool pad = body.startsWith(QLatin1Char('`')) || body.endsWith(QLatin1Char('`'));
    return fence + (pad ? QStringLiteral(" ") : QString()) + body + (pad ? QStringLiteral(" ") : QString()) + fence;
}

QString codeBlock(const QString &body, const QString &language)
{
    const QString fence(std::max(3, longestBacktickRun(body) + 1), QLatin1Char('`'));
    QString text = body;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return fence + language + QLatin1Char('\n') + text + fence + QLatin1Char('\n');
}

QString link(const QString &text, const QString &url)
{
    if (url.isEmpty())
        return escape(text);
    QString target = url;
    target.replace(QStringLiteral("("), QStringLiteral("%28")).replace(QStringLiteral(")"), QStringLiteral("%29"));
    return QLatin1Char('[') + escape(text) + QStringLiteral("](") + target + QLatin1Char(')');
}

} // namespace credsync::exporting::markdown
