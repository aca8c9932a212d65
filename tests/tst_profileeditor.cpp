// The profile editor behind the welcome page's "Connect…": the form writes the contract's keys, errors
// name the key path, secrets never reach the file, and "Test connection" runs the doctor live.
#include "core/profile.h"
#include "support/demofixture.h"
#include "widgets/profile/profileeditordialog.h"

#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace credsync;
using namespace credsync::test;

namespace {

// A form field by its group's title and its accessible name ("HubSpot", "Base URL").
QLineEdit *field(QWidget &dialog, const QString &group, const QString &name)
{
    for (QGroupBox *box : dialog.findChildren<QGroupBox *>()) {
        if (box->title() != group)
            continue;
        for (QLineEdit *edit : box->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == name)
                return edit;
        }
    }
    return nullptr;
}

// Types into a field as a person would (replacing what is there), so textEdited fires.
bool type(QWidget &dialog, const QString &group, const QString &name, const QString &text)
{
    QLineEdit *edit = field(dialog, group, name);
    if (!edit)
        return false;
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    return true;
}

QPushButton *button(QWidget &dialog, const QString &accessibleName)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

    // A valid profile typed into the form.
    void fillValid(ProfileEditorDialog &dialog)
    {
        const QString db = QStringLiteral("Database");
        QVERIFY(type(dialog, QStringLiteral("Profile"), QStringLiteral("Name"), QStringLiteral("production")));
        QVERIFY(type(dialog, QStringLiteral("HubSpot"), QStringLiteral("Portal id"), QStringLiteral("4634981")));
        QVERIFY(type(dialog, db, QStringLiteral("URL"), QStringLiteral("postgresql://credsync@db.internal:5432/therapy")));
        QVERIFY(type(dialog, db, QStringLiteral("Table"), QStringLiteral("clinicians")));
        QVERIFY(type(dialog, db, QStringLiteral("Name columns"), QStringLiteral("given_name, family_name")));
        QVERIFY(type(dialog, QStringLiteral("Credentialing object"), QStringLiteral("Object type id"), QStringLiteral("2-31374266")));
        QVERIFY(type(dialog, QStringLiteral("Loki (optional)"), QStringLiteral("Base URL"), QStringLiteral("https://logs.example.com")));
        QVERIFY(type(dialog, QStringLiteral("Sentry (optional)"), QStringLiteral("Base URL"), QStringLiteral("https://sentry.io")));
        QVERIFY(type(dialog, QStringLiteral("Sentry (optional)"), QStringLiteral("Organization"), QStringLiteral("acme")));
        QVERIFY(type(dialog, QStringLiteral("Sentry (optional)"), QStringLiteral("Project"), QStringLiteral("credentialing")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No keyring in tests: storing a secret must fail with a clear message, never touch a real one.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void formProducesJsonTheParserAccepts()
    {
        ProfileEditorDialog dialog;
        fillValid(dialog);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        Result<Profile> parsed = Profile::fromJson(dialog.json());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        const Profile &p = *parsed;
        QCOMPARE(p.name, QStringLiteral("production"));
        QCOMPARE(p.hubspot.portalId, QStringLiteral("4634981"));
        QCOMPARE(p.hubspot.tokenEnv, QStringLiteral("CREDSYNC_HUBSPOT_TOKEN"));
        QCOMPARE(p.database.url, QStringLiteral("postgresql://credsync@db.internal:5432/therapy"));
        QCOMPARE(p.database.table, QStringLiteral("clinicians"));
        QCOMPARE(p.database.nameColumns, (QStringList{QStringLiteral("given_name"), QStringLiteral("family_name")}));
        QCOMPARE(p.objects.size(), size_t(1));
        QCOMPARE(p.objects[0].typeId, QStringLiteral("2-31374266"));
        QCOMPARE(p.objects[0].requiredLabel, QStringLiteral("Active Attested"));
        QCOMPARE(p.objects[0].columnForLabel(QStringLiteral("Active")), QStringLiteral("credentialing_hubspot_id"));
        QCOMPARE(p.loki.baseUrl, QUrl(QStringLiteral("https://logs.example.com")));
        QCOMPARE(p.sentry.org, QStringLiteral("acme"));
        QCOMPARE(p.sentry.project, QStringLiteral("credentialing"));

        // The raw tab shows the same document, and editing it updates the form.
        auto *raw = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(raw);
        QCOMPARE(raw->toPlainText().toUtf8() + '\n', dialog.json());
        raw->setPlainText(raw->toPlainText().replace(QStringLiteral("clinicians"), QStringLiteral("providers")));
        QCOMPARE(field(dialog, QStringLiteral("Database"), QStringLiteral("Table"))->text(), QStringLiteral("providers"));
        QCOMPARE(Profile::fromJson(dialog.json())->database.table, QStringLiteral("providers"));
    }

    void badTypeIdShowsKeyPathAndRefusesSave()
    {
        ProfileEditorDialog dialog;
        fillValid(dialog);
        QVERIFY(type(dialog, QStringLiteral("Credentialing object"), QStringLiteral("Object type id"), QStringLiteral("credentialing")));
        QVERIFY2(dialog.problem().contains(QStringLiteral("objects[0].type_id")), qPrintable(dialog.problem()));
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || (label->accessibleName() == QStringLiteral("Profile problem") && label->text() == dialog.problem());
        QVERIFY(shown);
        QVERIFY(!button(dialog, QStringLiteral("Save the profile"))->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(!dialog.saveTo(path));
        QVERIFY(!QFile::exists(path));
    }

    void savedFileHoldsNoSecret()
    {
        ProfileEditorDialog dialog;
        fillValid(dialog);
        const QString token = QStringLiteral("pat-na1-4c1f-typed-secret");
        QVERIFY(type(dialog, QStringLiteral("HubSpot"), QStringLiteral("Private app token"), token));
        QVERIFY(type(dialog, QStringLiteral("Database"), QStringLiteral("Password"), QStringLiteral("hunter2-db")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/production.json"));
        const Status saved = dialog.saveTo(path);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(dialog.savedPath(), QFileInfo(path).absoluteFilePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains("hunter2-db"));
        QVERIFY(Profile::load(path));
        // Without a keyring the person is told which variable to set instead.
        const QString warnings = dialog.secretWarnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("CREDSYNC_HUBSPOT_TOKEN")) && warnings.contains(QStringLiteral("instead")),
                 qPrintable(warnings));
        qunsetenv("CREDSYNC_HUBSPOT_TOKEN");
        qunsetenv("CREDSYNC_DB_PASSWORD");
    }

    void testConnectionAgainstTheDemo()
    {
        DemoFixture demo;
        const QString error = demo.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ProfileEditorDialog dialog;
        dialog.setJson(demo.environment().profileJson());
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(field(dialog, QStringLiteral("Profile"), QStringLiteral("Name"))->text(), QStringLiteral("demo"));
        dialog.show();
        QTest::mouseClick(button(dialog, QStringLiteral("Test connection")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return dialog.testResult().has_value(); }, 60000));
        auto *checks = dialog.findChild<QListWidget *>();
        QStringList lines;
        for (int row = 0; row < checks->count(); ++row)
            lines << checks->item(row)->text();
        QVERIFY2(*dialog.testResult(), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(checks->count() >= 5);
        for (const QString &line : lines)
            QVERIFY2(!line.startsWith(QStringLiteral("✗")), qPrintable(line));
        const QString shot = qEnvironmentVariable("CREDSYNC_PROFILE_EDITOR_SCREENSHOT");
        if (!shot.isEmpty())
            QVERIFY(dialog.grab().save(shot));
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
