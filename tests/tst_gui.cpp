// The GUI entry point end to end: the demo sandbox, the real Inspector on its worker thread, and the
// offscreen screenshot mode that the README's pictures come from.
#include "app/guiapp.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QSize>("size");
        QTest::newRow("list") << QString() << QString() << QSize(1440, 900);
        QTest::newRow("ids") << QStringLiteral("128257657972") << QStringLiteral("ids") << QSize(1440, 900);
        QTest::newRow("timeline") << QStringLiteral("128257657972") << QStringLiteral("timeline") << QSize(1280, 800);
        QTest::newRow("objects") << QStringLiteral("100185399081") << QStringLiteral("objects") << QSize(1280, 800);
    }

    void screenshot()
    {
        QFETCH(QString, select);
        QFETCH(QString, tab);
        QFETCH(QSize, size);
        QTemporaryDir temporary;
        // CREDSYNC_SCREENSHOT_DIR keeps the pictures (docs/screenshots); otherwise they are thrown away.
        const QString dir = qEnvironmentVariableIsSet("CREDSYNC_SCREENSHOT_DIR") ? qEnvironmentVariable("CREDSYNC_SCREENSHOT_DIR")
                                                                                  : temporary.path();
        const QString path = dir + QStringLiteral("/demo-%1-%2.png").arg(QString::fromLatin1(QTest::currentDataTag())).arg(size.width());
        credsync::app::GuiOptions options;
        options.demo = true;
        options.screenshotPath = path;
        options.selectTarget = select;
        options.tab = tab;
        options.screenshotSize = size;
        QCOMPARE(credsync::app::runGui(options), 0);
        const QImage image(path);
        QCOMPARE(image.size(), size);
        // Not a blank window: a loaded list has many distinct colours (text, chips, icons).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
