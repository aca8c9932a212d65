// Who did it: the operator is the OS account's login name from the user database, whatever the
// environment says; a profile's "operator" overrides it.
#include <QtTest>

#include "core/fixes/auditstore.h"
#include "core/platform/osaccount.h"
#include "core/profile.h"
#include "support/testsupport.h"

#include <pwd.h>
#include <unistd.h>

using namespace credsync;

class TestOperator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loginNameIgnoresTheEnvironment()
    {
        const QString before = platform::osLoginName();
        QVERIFY(!before.isEmpty());
        const QByteArray user = qgetenv("USER");
        const QByteArray logname = qgetenv("LOGNAME");
        const QByteArray home = qgetenv("HOME");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // What the issue saw: USER unset, a temporary home → the home folder's name was recorded.
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        qputenv("HOME", dir.path().toLocal8Bit());
        const QString without = fixes::currentOperator();
        qputenv("USER", "somebody-else");
        const QString spoofed = fixes::currentOperator();
        qputenv("USER", user);
        qputenv("LOGNAME", logname);
        qputenv("HOME", home);
        QCOMPARE(without, before);
        QCOMPARE(spoofed, before);
        QVERIFY(without != QDir(dir.path()).dirName());
        // The user database's own answer for this uid.
        if (const passwd *entry = ::getpwuid(::geteuid()))
            QCOMPARE(before, QString::fromLocal8Bit(entry->pw_name));
    }

    void profileOperatorOverrides()
    {
        auto json = nlohmann::ordered_json::parse(test::readData(QStringLiteral("profiles/full.json")).toStdString());
        json["operator"] = "  maria  ";
        Result<Profile> profile = Profile::fromJson(QByteArray::fromStdString(json.dump()), QStringLiteral("full.json"));
        QVERIFY2(profile, profile ? "" : qPrintable(profile.error().describe()));
        QCOMPARE(profile.value().operatorName, QStringLiteral("maria"));
        QCOMPARE(fixes::currentOperator(profile.value()), QStringLiteral("maria"));
        // A wrong type is a clear error that names the key.
        json["operator"] = 42;
        Result<Profile> bad = Profile::fromJson(QByteArray::fromStdString(json.dump()), QStringLiteral("full.json"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("operator")), qPrintable(bad.error().message));
        Profile unset;
        QCOMPARE(fixes::currentOperator(unset), platform::osLoginName());
        unset.operatorName = QStringLiteral("   ");
        QCOMPARE(fixes::currentOperator(unset), platform::osLoginName());
    }
};

QTEST_GUILESS_MAIN(TestOperator)
#include "tst_operator.moc"
