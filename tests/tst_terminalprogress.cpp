// The CLI's front-end of the one progress interface (core/progress): a line on stderr, overwritten in
// place and cleared at the end, only when stderr is a terminal. Checked on the sink itself and on the
// real binary with stderr on a pseudo-terminal (the line is there) and on a pipe (it is not, and
// stdout is the same bytes either way).
#include "app/terminalprogress.h"
#include "core/fixes/applyprogress.h"
#include "core/progress/progress.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace credsync;

namespace {

const QByteArray kErase = QByteArrayLiteral("\r\x1b[K");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the binary; with onTerminal, its stderr is the slave side of a new pseudo-terminal.
Run runCredsync(const QStringList &arguments, bool onTerminal)
{
    static QTemporaryDir dataHome;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("CREDSYNC_DEMO_NOW"), QStringLiteral("2026-11-23T09:30:00Z"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    process.setProcessEnvironment(environment);
    int master = -1;
    int slave = -1;
    if (onTerminal) {
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
            return {};
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        process.setChildProcessModifier([slave] { ::dup2(slave, STDERR_FILENO); });
    }
    process.start(QStringLiteral(CREDSYNC_BINARY_DIR "/bin/credsync"), arguments);
    if (slave >= 0)
        ::close(slave);
    Run run;
    auto drain = [&] {
        char buffer[4096];
        for (;;) {
            const ssize_t n = master >= 0 ? ::read(master, buffer, sizeof buffer) : -1;
            if (n <= 0)
                return;
            run.err.append(buffer, n);
        }
    };
    // The terminal's buffer is small: read it while the command runs.
    bool finished = false;
    for (int waited = 0; waited < 120000 && !finished; waited += 50) {
        finished = process.waitForFinished(50);
        drain();
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    drain();
    if (master >= 0)
        ::close(master);
    run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    if (!onTerminal)
        run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestTerminalProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOverwritesAndClearsTheLine()
    {
        QString written;
        {
            app::TerminalProgress line(true, [&](const QString &text) { written += text; });
            line.report({QStringLiteral("scanning: 1/3"), 1, 3});
            line.report({QStringLiteral("scanning: 2/3"), 2, 3});
            line.finish();
            line.finish(); // once is enough
        }
        QCOMPARE(written, QStringLiteral("\r\x1b[Kscanning: 1/3\r\x1b[Kscanning: 2/3\r\x1b[K"));
    }

    void writesNothingWhenNotATerminal()
    {
        QString written;
        {
            app::TerminalProgress line(false, [&](const QString &text) { written += text; });
            line.report({QStringLiteral("scanning: 1/3"), 1, 3});
            line.clearLine();
        }
        QVERIFY(written.isEmpty());
    }

    void cancelIsAskedOnceAndTold()
    {
        progress::NullProgressSink sink;
        int told = 0;
        sink.setCancelHandler([&] { ++told; });
        QVERIFY(!sink.isCancelRequested());
        sink.requestCancel();
        sink.requestCancel();
        QVERIFY(sink.isCancelRequested());
        QCOMPARE(told, 1);
        QCOMPARE(progress::cancelledText(2, 3), QStringLiteral("Cancelled: 2 done, 3 not started"));
    }

    void applyProgressNamesTheStepInFlight()
    {
        fixes::FixPlan plan;
        fixes::TherapistPlan first;
        first.therapist.id = QStringLiteral("a");
        first.steps.resize(2);
        first.steps[0].description = QStringLiteral("Set the ids");
        first.steps[1].description = QStringLiteral("Add the label");
        fixes::TherapistPlan refused;
        refused.therapist.id = QStringLiteral("b");
        refused.refusal = QStringLiteral("read-only");
        refused.steps.resize(1);
        fixes::TherapistPlan second;
        second.therapist.id = QStringLiteral("c");
        second.steps.resize(1);
        second.steps[0].description = QStringLiteral("Resync");
        plan.therapists = {first, refused, second};

        fixes::ApplyProgress progress(plan);
        QCOMPARE(progress.total(), 3);
        QCOMPARE(progress.current().text, QStringLiteral("Step 1 of 3: Set the ids"));
        fixes::FixStep done;
        done.status = fixes::StepStatus::Done;
        QCOMPARE(progress.stepUpdated(QStringLiteral("a"), 0, done).text, QStringLiteral("Step 2 of 3: Add the label"));
        // A failed step skips the therapist's later steps: the next sent is the next therapist's first.
        fixes::FixStep failed;
        failed.status = fixes::StepStatus::Failed;
        const progress::Progress next = progress.stepUpdated(QStringLiteral("a"), 1, failed);
        QCOMPARE(next.text, QStringLiteral("Step 3 of 3: Resync"));
        QCOMPARE(next.done, 2);
        QCOMPARE(next.total, 3);
        QVERIFY(progress.stepUpdated(QStringLiteral("c"), 0, done).text.startsWith(QLatin1String("3 of 3 steps written")));
    }

    void scanDrawsTheLineOnATerminalOnly()
    {
        const QStringList arguments = {QStringLiteral("--demo"), QStringLiteral("scan"), QStringLiteral("--limit"), QStringLiteral("12")};
        const Run terminal = runCredsync(arguments, true);
        QVERIFY(terminal.exitCode >= 0);
        QVERIFY2(terminal.err.contains(QByteArray(kErase + "scanning: ")), terminal.err.left(600).toPercentEncoding(" /:()"));
        // Cleared at the end: the last thing drawn after the last progress text is the erase.
        QVERIFY(terminal.err.lastIndexOf(kErase) > terminal.err.lastIndexOf("scanning: "));
        QVERIFY(!terminal.out.contains('\x1b'));

        const Run piped = runCredsync(arguments, false);
        QCOMPARE(piped.exitCode, terminal.exitCode);
        QVERIFY2(!piped.err.contains("scanning: "), piped.err.constData());
        QVERIFY(!piped.err.contains('\x1b'));
        // stdout does not depend on where stderr goes (the elapsed time in the summary aside).
        auto rows = [](const QByteArray &out) { return out.left(out.indexOf("\n\n")); };
        QCOMPARE(rows(piped.out), rows(terminal.out));
        QVERIFY(!rows(piped.out).isEmpty());
    }

    void inspectDrawsTheLineAndClearsItBeforeTheReport()
    {
        const Run terminal = runCredsync({QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("--no-evidence"),
                                          QStringLiteral("102644552057")}, true);
        QCOMPARE(terminal.exitCode, 0);
        QVERIFY2(terminal.err.contains(QByteArray(kErase + "inspecting")), terminal.err.toPercentEncoding(" /:()"));
        QVERIFY(terminal.err.endsWith(kErase));
        QVERIFY(terminal.out.contains("102644552057"));
        const Run piped = runCredsync({QStringLiteral("--demo"), QStringLiteral("inspect"), QStringLiteral("--no-evidence"),
                                       QStringLiteral("102644552057")}, false);
        QVERIFY(!piped.err.contains("inspecting"));
        QCOMPARE(piped.out, terminal.out);
    }

    void fixApplyNamesTheStepBeingSent()
    {
        // A relabel-then-pull-ids therapist of the demo world (three steps or more).
        const Run terminal = runCredsync({QStringLiteral("--demo"), QStringLiteral("fix"), QStringLiteral("auto"), QStringLiteral("--apply"),
                                          QStringLiteral("102644552057")}, true);
        QCOMPARE(terminal.exitCode, 0);
        QVERIFY2(terminal.err.contains(QByteArray(kErase + "Step 1 of ")), terminal.err.toPercentEncoding(" /:()"));
        QVERIFY(terminal.err.lastIndexOf(kErase) > terminal.err.lastIndexOf("Step "));
        QVERIFY(terminal.out.contains("Resolved"));
    }

    void jsonOutputIsUntouchedOnATerminal()
    {
        const QStringList arguments = {QStringLiteral("--demo"), QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                       QStringLiteral("5")};
        const Run terminal = runCredsync(arguments, true);
        QVERIFY(!terminal.out.contains('\x1b'));
        QVERIFY(!terminal.out.contains("scanning: "));
        const nlohmann::json document = nlohmann::json::parse(terminal.out.toStdString(), nullptr, false);
        QVERIFY(!document.is_discarded());
    }
};

QTEST_GUILESS_MAIN(TestTerminalProgress)
#include "tst_terminalprogress.moc"
