#include <QtTest>

#include "core/jsonio.h"
#include "core/result.h"
#include "core/types.h"

using namespace credsync;

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        Result<int> bad(Error::make(Error::Kind::Auth, QStringLiteral("credentials rejected"), QStringLiteral("hubspot")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Auth);
        QCOMPARE(bad.valueOr(7), 7);
        QCOMPARE(bad.error().describe(), QStringLiteral("hubspot: credentials rejected"));
    }

    void hubSpotIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("typical") << QStringLiteral("161204877310") << true;
        QTest::newRow("int64 max") << QStringLiteral("9223372036854775807") << true;
        QTest::newRow("int64 overflow") << QStringLiteral("9223372036854775808") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("sign") << QStringLiteral("-5") << false;
        QTest::newRow("float") << QStringLiteral("1.6e11") << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << false;
    }
    void hubSpotIds()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isHubSpotId(text), valid);
    }

    void idsFromJsonStayExact()
    {
        const auto parsed = nlohmann::json::parse(R"({"a": 9007199254740993, "b": "161204877310"})");
        QCOMPARE(jsonId(parsed["a"]), QStringLiteral("9007199254740993"));
        QCOMPARE(jsonString(parsed, "b"), QStringLiteral("161204877310"));
    }

    void timesAreUtcWithZ()
    {
        const QDateTime local = QDateTime::fromString(QStringLiteral("2025-09-14T13:42:51-04:00"), Qt::ISODate);
        QCOMPARE(isoUtc(local), QStringLiteral("2025-09-14T17:42:51Z"));
        QCOMPARE(isoUtc(parseIsoTime(QStringLiteral("2025-09-14T17:42:51.318Z"))), QStringLiteral("2025-09-14T17:42:51.318Z"));
        QVERIFY(!parseIsoTime(QStringLiteral("yesterday")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
