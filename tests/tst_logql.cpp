#include <QtTest>

#include "core/evidence/logql.h"

#include <QUrlQuery>

#include <nlohmann/json.hpp>

using namespace credsync;
using namespace credsync::evidence;

namespace {

// Reads a LogQL/Go double-quoted literal back, as Loki's parser would, and reports where it ended.
// Returns the decoded value and sets `end` to the index after the closing quote (-1 if unterminated).
QString unquote(const QString &text, qsizetype start, qsizetype &end)
{
    QString out;
    end = -1;
    if (start >= text.size() || text.at(start) != QLatin1Char('"'))
        return out;
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            end = i + 1;
            return out;
        }
        if (c.unicode() < 0x20)
            return out; // a raw control character is a syntax error in a Go string
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i >= text.size())
            return out;
        const QChar e = text.at(i);
        if (e == QLatin1Char('n')) out += QLatin1Char('\n');
        else if (e == QLatin1Char('r')) out += QLatin1Char('\r');
        else if (e == QLatin1Char('t')) out += QLatin1Char('\t');
        else if (e == QLatin1Char('u')) { out += QChar(text.mid(i + 1, 4).toUShort(nullptr, 16)); i += 4; }
        else out += e;
    }
    return out;
}

} // namespace

class TestLogQl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stringLiterals_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << QStringLiteral("161204877310") << QStringLiteral("\"161204877310\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
        QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc\r") << QStringLiteral("\"a\\nb\\tc\\r\"");
        QTest::newRow("other control") << QStringLiteral("a\x01") << QStringLiteral("\"a\\u0001\"");
        QTest::newRow("breakout") << QStringLiteral("\"} |= \"x") << QStringLiteral("\"\\\"} |= \\\"x\"");
        QTest::newRow("backslash before quote") << QStringLiteral("\\\"") << QStringLiteral("\"\\\\\\\"\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("non-ascii") << QStringLiteral("José") << QStringLiteral("\"José\"");
    }

    void stringLiterals()
    {
        QFETCH(QString, value);
        QFETCH(QString, literal);
        const QString built = logQlString(value);
        QCOMPARE(built, literal);
        qsizetype end = 0;
        QCOMPARE(unquote(built, 0, end), value);
        QCOMPARE(end, built.size()); // the literal ends exactly where it should: nothing broke out
    }

    void hostileQueries_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("key");
        QTest::newRow("breakout in contact") << QStringLiteral("\"} |= \"x") << QStringLiteral("7c9e6679-7425");
        QTest::newRow("backslashes") << QStringLiteral("1\\") << QStringLiteral("\\\"");
        QTest::newRow("newline") << QStringLiteral("1\n} or {") << QStringLiteral("k");
        QTest::newRow("regex metachars") << QStringLiteral(".*") << QStringLiteral("a|b(c)[d]{e}^$+?");
    }

    void hostileQueries()
    {
        QFETCH(QString, contact);
        QFETCH(QString, key);
        const QString selector = QStringLiteral("{app=\"therapist-credentialing-backend\"}");
        const QString query = therapistLogQuery(selector, contact, key);
        const QString prefix = selector + QStringLiteral(" |~ ");
        QVERIFY2(query.startsWith(prefix), qPrintable(query));
        qsizetype end = 0;
        const QString regex = unquote(query, prefix.size(), end);
        QCOMPARE(end, query.size()); // one literal, ending the query
        // The regex matches each value literally, and the alternation is not widened by metacharacters.
        QRegularExpression re(regex);
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
        QVERIFY(re.match(QStringLiteral("x ") + contact + QStringLiteral(" y")).hasMatch());
        QVERIFY(re.match(QStringLiteral("x ") + key + QStringLiteral(" y")).hasMatch());
        QVERIFY(!re.match(QStringLiteral("an unrelated line")).hasMatch());
    }

    void queryForms()
    {
        const QString sel = QStringLiteral("{app=\"b\"}");
        QCOMPARE(therapistLogQuery(sel, QStringLiteral("51234567801"), QString()),
                 QStringLiteral("{app=\"b\"} |= \"51234567801\""));
        QCOMPARE(therapistLogQuery(sel, QStringLiteral("51234567801"), QStringLiteral("7c9e6679-7425-40de")),
                 QStringLiteral("{app=\"b\"} |~ \"(?i)51234567801|7c9e6679-7425-40de\""));
        QCOMPARE(therapistLogQuery(sel, QStringLiteral("1"), QStringLiteral("2")), QStringLiteral("{app=\"b\"} |~ \"1|2\""));
        QCOMPARE(therapistLogQuery(sel, QStringLiteral("5"), QStringLiteral("5")), QStringLiteral("{app=\"b\"} |= \"5\""));
        QVERIFY(therapistLogQuery(sel, QString(), QStringLiteral("  ")).isEmpty());
    }

    void exploreUrl()
    {
        LokiProfile loki;
        QVERIFY(grafanaExploreUrl(loki, QStringLiteral("{a=\"b\"}"), QDateTime(), QDateTime()).isEmpty());
        loki.exploreUrl = QStringLiteral("https://grafana.example.com/");
        loki.datasourceUid = QStringLiteral("loki-uid");
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1757870000000LL, QTimeZone::utc());
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(1757880000000LL, QTimeZone::utc());
        const QString query = QStringLiteral("{app=\"b\"} |~ \"1&2#3+4\"");
        const QUrl url(grafanaExploreUrl(loki, query, start, end));
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("grafana.example.com"));
        QCOMPARE(url.path(), QStringLiteral("/explore"));
        const QUrlQuery items(url);
        QCOMPARE(items.queryItemValue(QStringLiteral("orgId")), QStringLiteral("1"));
        const QString left = items.queryItemValue(QStringLiteral("left"), QUrl::FullyDecoded);
        const nlohmann::json state = nlohmann::json::parse(left.toStdString());
        QCOMPARE(state.at("datasource").get<std::string>(), std::string("loki-uid"));
        QCOMPARE(QString::fromStdString(state.at("queries").at(0).at("expr").get<std::string>()), query);
        QCOMPARE(state.at("queries").at(0).at("datasource").at("uid").get<std::string>(), std::string("loki-uid"));
        QCOMPARE(state.at("range").at("from").get<std::string>(), std::string("1757870000000"));
        QCOMPARE(state.at("range").at("to").get<std::string>(), std::string("1757880000000"));
    }
};

QTEST_GUILESS_MAIN(TestLogQl)
#include "tst_logql.moc"
