#include "logql.h"

#include "../jsonio.h"

#include <QUrl>
#include <QUrlQuery>

namespace credsync::evidence {

QString logQlString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (c == QLatin1Char('\\') || c == QLatin1Char('"')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (u == u'\n') {
            out += QStringLiteral("\\n");
        } else if (u == u'\r') {
            out += QStringLiteral("\\r");
        } else if (u == u'\t') {
            out += QStringLiteral("\\t");
        } else if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u") + QStringLiteral("%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString re2Escape(const QString &value)
{
    // Only punctuation is escaped: RE2 rejects a backslash before a letter, digit or non-ASCII character.
    static const QString meta = QStringLiteral("\\.+*?()|[]{}^$");
    QString out;
    out.reserve(value.size() * 2);
    for (const QChar c : value) {
        if (meta.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString therapistLogQuery(const QString &selector, const QString &contactId, const QString &therapistKey)
{
    QStringList values;
    for (const QString &raw : {contactId, therapistKey}) {
        const QString value = raw.trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
    }
    if (values.isEmpty())
        return {};
    if (values.size() == 1)
        return selector + QStringLiteral(" |= ") + logQlString(values.front());
    bool letters = false;
    QStringList escaped;
    for (const QString &value : values) {
        for (const QChar c : value)
            letters = letters || c.isLetter();
        escaped << re2Escape(value);
    }
    const QString regex = (letters ? QStringLiteral("(?i)") : QString()) + escaped.join(QLatin1Char('|'));
    return selector + QStringLiteral(" |~ ") + logQlString(regex);
}

QString grafanaExploreUrl(const LokiProfile &loki, const QString &query, const QDateTime &start,
                          const QDateTime &end)
{
    if (loki.exploreUrl.trimmed().isEmpty())
        return {};
    nlohmann::json target{{"refId", "A"}, {"expr", query}, {"queryType", "range"}};
    nlohmann::json state{{"queries", nlohmann::json::array()}};
    if (!loki.datasourceUid.isEmpty()) {
        target["datasource"] = {{"type", "loki"}, {"uid", loki.datasourceUid}};
        state["datasource"] = loki.datasourceUid;
    }
    state["queries"].push_back(target);
    state["range"] = {{"from", start.isValid() ? std::to_string(start.toMSecsSinceEpoch()) : std::string("now-1h")},
                      {"to", end.isValid() ? std::to_string(end.toMSecsSinceEpoch()) : std::string("now")}};

    QString base = loki.exploreUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url(base + QStringLiteral("/explore"));
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("orgId"), QStringLiteral("1"));
    // Fully encoded so that '&', '+', '#' and quotes in the query survive every browser and tracker.
    items.addQueryItem(QStringLiteral("left"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(state.dump()))));
    url.setQuery(items);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace credsync::evidence
