#include "guiapp.h"

#include "commandcontext.h"
#include "core/profile.h"
#include "models/therapistlistmodel.h"
#include "sandbox/demoenvironment.h"
#include "widgets/cases/casecontroller.h"
#include "widgets/detail/detailpane.h"
#include "widgets/export/exportdialog.h"
#include "widgets/fixes/fixcontroller.h"
#include "widgets/list/listpane.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/window/mainwindow.h"
#include "widgets/session/threadedinspectionservice.h"
#include "widgets/session/triagesession.h"

#include <QApplication>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace credsync::app {

namespace {

AccountInfo accountFromProfile(const Profile &profile)
{
    AccountInfo account;
    account.portalId = profile.hubspot.portalId;
    if (!profile.hubspot.uiDomain.isEmpty())
        account.uiDomain = profile.hubspot.uiDomain;
    return account;
}

// Owns what a window session needs and outlives it: the demo sandbox and the inspector's thread.
class GuiController
{
public:
    explicit GuiController(MainWindow &window)
        : m_window(window)
    {
        QObject::connect(&window, &MainWindow::openDemoRequested, &window, [this] { openDemo(); });
        QObject::connect(&window, &MainWindow::openProfileRequested, &window,
                         [this](const QString &path) { openProfileFile(path); });
    }

    ~GuiController()
    {
        // The window must stop talking to the service before the service (and its thread) go.
        m_window.session()->setService(nullptr);
    }

    bool openDemo(bool scanAfterwards = true)
    {
        if (!m_demo) {
            auto demo = std::make_unique<sandbox::DemoEnvironment>();
            Result<sandbox::DemoOptions> options = demoOptionsFromEnvironment();
            if (!options) {
                fail(options.error().describe());
                return false;
            }
            QString error;
            if (!demo->start(options.value(), &error)) {
                fail(QObject::tr("The demo sandbox did not start: %1").arg(error));
                return false;
            }
            demo->exportSecretsToEnvironment();
            m_demo = std::move(demo);
        }
        Result<Profile> profile = Profile::fromJson(m_demo->profileJson(), QStringLiteral("demo"));
        if (!profile) {
            fail(profile.error().describe());
            return false;
        }
        open(std::move(profile).value());
        // The demo world is small: list everyone straight away instead of an empty window.
        if (scanAfterwards)
            m_window.loadAll();
        return true;
    }

    bool openProfileFile(const QString &path)
    {
        Result<Profile> profile = Profile::load(path);
        if (!profile) {
            fail(QObject::tr("Could not open the profile %1: %2").arg(path, profile.error().describe()));
            return false;
        }
        open(std::move(profile).value());
        m_window.rememberProfile(path);
        return true;
    }

    QString lastError() const { return m_lastError; }

private:
    void open(Profile profile)
    {
        m_window.session()->setService(nullptr);
        m_service = std::make_unique<ThreadedInspectionService>(profile);
        m_window.setSession(profile, accountFromProfile(profile), m_service.get());
    }

    void fail(const QString &message)
    {
        m_lastError = message;
        printErr(message + QLatin1Char('\n'));
        m_window.statusBar()->showMessage(message);
    }

    MainWindow &m_window;
    std::unique_ptr<sandbox::DemoEnvironment> m_demo;
    std::unique_ptr<ThreadedInspectionService> m_service;
    QString m_lastError;
};

// Loads, optionally selects and switches tab, waits for the inspection to finish, and saves a PNG.
// Event-driven: each step starts when the previous job reports finished; a generous timeout ends it.
int takeScreenshot(MainWindow &window, GuiController &controller, const GuiOptions &options)
{
    if (!options.demo && options.profilePath.isEmpty()) {
        printErr(QStringLiteral("credsync: --screenshot needs --demo or --profile FILE\n"));
        return ExitUsage;
    }
    window.resize(options.screenshotSize);
    window.show();
    const bool opened = options.demo ? controller.openDemo(false) : controller.openProfileFile(options.profilePath);
    if (!opened)
        return ExitConfig;

    int exitCode = ExitFailed;
    QEventLoop loop; // the program's main loop for this run, not nested in a callback
    TriageSession *session = window.session();
    enum class Step { Scan, Inspect, Done } step = Step::Scan;
    auto grabLater = [&](QWidget *widget) {
        // Let layouts settle and the status bar repaint before grabbing.
        QTimer::singleShot(200, widget, [&, widget] {
            const bool saved = widget->grab().save(options.screenshotPath);
            if (!saved)
                printErr(QStringLiteral("credsync: could not write %1\n").arg(options.screenshotPath));
            exitCode = saved ? ExitOk : ExitFailed;
            loop.quit();
        });
    };
    // The plan of a fix (nothing is applied: the dialog is grabbed before anyone confirms) or the export.
    QObject::connect(window.fixController(), &FixController::dialogOpened, &window,
                     [&](widgets::FixPlanDialog *dialog) { grabLater(dialog); });
    QObject::connect(window.fixController(), &FixController::requestFailed, &window, [&](const QString &reason) {
        printErr(QStringLiteral("credsync: no plan to show: %1\n").arg(reason));
        loop.quit();
    });
    QObject::connect(window.caseController(), &CaseController::exportOpened, &window,
                     [&](ExportDialog *dialog) { grabLater(dialog); });
    auto save = [&] {
        if (!options.tab.isEmpty() && !window.detailPane()->setCurrentTab(options.tab))
            printErr(QStringLiteral("credsync: no tab named '%1'; showing %2\n").arg(options.tab, window.detailPane()->currentTabName()));
        if (options.dialog == QLatin1String("export")) {
            window.exportSelection();
        } else if (options.dialog.startsWith(QLatin1String("fix:"))) {
            Q_EMIT window.fixRequested(options.dialog.mid(4), window.listPane()->view()->selectedKeys());
        } else {
            if (!options.dialog.isEmpty())
                printErr(QStringLiteral("credsync: unknown --screenshot-dialog '%1'; showing the window\n").arg(options.dialog));
            grabLater(&window);
        }
    };
    QObject::connect(session, &TriageSession::jobFinished, &window, [&](const QString &error) {
        if (!error.isEmpty())
            printErr(QStringLiteral("credsync: %1\n").arg(error));
        if (step == Step::Scan && !options.selectTarget.isEmpty()) {
            // The scan leaves log and Sentry evidence out; inspect the selected one for its full picture.
            step = Step::Inspect;
            // After this signal the session starts the evidence the scan's first row wants, which
            // would cancel an inspection started from inside it: paste the ticket once that is done.
            QTimer::singleShot(0, &window, [&] { window.inspectText(options.selectTarget); });
            return;
        }
        if (step == Step::Done)
            return;
        step = Step::Done;
        if (!options.selectTarget.isEmpty() && !window.selectTarget(options.selectTarget)) {
            printErr(QStringLiteral("credsync: '%1' is not in the list\n").arg(options.selectTarget));
            if (!options.dialog.isEmpty()) {
                loop.quit(); // a dialog for nobody would never open
                return;
            }
        }
        save();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        printErr(QStringLiteral("credsync: the inspection did not finish within 120 s; no screenshot\n"));
        loop.quit();
    });
    timeout.start(120 * 1000);
    window.loadAll();
    loop.exec();
    return exitCode;
}

} // namespace

int runGui(const GuiOptions &options)
{
    MainWindow window;
    GuiController controller(window);
    if (!options.screenshotPath.isEmpty())
        return takeScreenshot(window, controller, options);

    window.show();
    if (options.demo)
        controller.openDemo();
    else if (!options.profilePath.isEmpty())
        controller.openProfileFile(options.profilePath);
    else if (const QString last = QSettings().value(QStringLiteral("profile/last")).toString(); !last.isEmpty())
        controller.openProfileFile(last);
    return QApplication::exec();
}

} // namespace credsync::app
