#include "widgets/window/mainwindow.h"

#include "core/i18n/language.h"
#include "core/i18n/timetext.h"
#include "widgets/common/displayoptions.h"

#include <QActionGroup>
#include <QLabel>
#include <QTimeZone>

#include "widgets/cases/casecontroller.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/detailtableview.h"
#include "widgets/list/filterbar.h"
#include "widgets/fixes/fixcontroller.h"
#include "widgets/session/inspectionservice.h"
#include "widgets/window/jobprogresswidget.h"
#include "widgets/common/workprogress.h"
#include "widgets/list/listpane.h"
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "models/therapiststatus.h"
#include "models/unresolvedmodel.h"
#include "widgets/profile/profileeditordialog.h"
#include "widgets/window/sourcestatuswidget.h"
#include "widgets/list/therapisttableview.h"
#include "widgets/session/triagesession.h"
#include "widgets/reports/reportscontroller.h"
#include "widgets/window/ticketviewcontroller.h"
#include "widgets/window/welcomepage.h"

#include <QAction>

#include "core/report/verdict.h"
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace credsync {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new TriageSession(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_listPane(new ListPane(m_session->therapists(), m_session->unresolved(), this))
    , m_detailPane(new DetailPane(this))
    , m_sourceStatus(new SourceStatusWidget(this))
    , m_progress(new JobProgressWidget(this))
    , m_work(new WorkProgress(statusBar(), this))
    , m_fixes(new FixController(m_session, this, this))
    , m_cases(new CaseController(this, m_session, this))
    , m_reports(nullptr)
    , m_ticketView(new TicketViewController(m_session, m_listPane, this))
{
    setWindowTitle(tr("CredSync Console"));
    // The smallest size at which every control keeps its whole text (issue 13: from 1024×600 up,
    // with room for a netbook's panel); below it the window does not shrink.
    setMinimumSize(960, 540);
    m_splitter->addWidget(m_listPane);
    m_splitter->addWidget(m_detailPane);
    // List above, details below (Wireshark's arrangement): both get the full width, which the
    // seven-column Ids table and the list's finding chips need more than height.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_sourceStatus);
    // Every time in the window is in this zone, named here once rather than in every cell.
    auto *zone = new QLabel(i18n::zoneCaption(QTimeZone::systemTimeZone()), this);
    zone->setObjectName(QStringLiteral("timeZoneCaption"));
    statusBar()->addPermanentWidget(zone);

    createActions();
    createMenus();
    // The approved clean-up plans are for the therapists the list shows, through its filter.
    m_reports = new ReportsController(this, m_session, m_listPane->proxy(), this);
    m_reports->setWorkProgress(m_work);
    m_cases->setWorkProgress(m_work);

    connect(m_welcome, &WelcomePage::openDemoClicked, this, &MainWindow::openDemoRequested);
    // Connect… writes a new profile (the menu's Open profile… still opens an existing one).
    connect(m_welcome, &WelcomePage::connectClicked, this, [this] {
        ProfileEditorDialog editor(this);
        if (editor.exec() == QDialog::Accepted && !editor.savedPath().isEmpty())
            Q_EMIT openProfileRequested(editor.savedPath());
    });
    connect(m_welcome, &WelcomePage::openProfileClicked, this, &MainWindow::openProfileRequested);
    connect(m_listPane, &ListPane::currentSourceRowChanged, this, &MainWindow::showCurrent);
    connect(m_listPane->view(), &TherapistTableView::textDropped, this, &MainWindow::inspectText);
    connect(m_ticketView, &TicketViewController::viewChanged, this, &MainWindow::updateActions);
    // A pasted ticket is a draft case too; opening the draft makes its therapists the view again.
    connect(m_ticketView, &TicketViewController::ticketResolved, this, [this](const QString &text, const QStringList &keys) {
        std::vector<TherapistReport> reports;
        const TherapistListModel *model = m_session->therapists();
        for (const QString &key : keys) {
            if (const TherapistReport *report = model->reportAt(model->rowOfKey(key)))
                reports.push_back(*report);
        }
        m_cases->saveDraft(text, reports);
    });
    connect(m_cases, &CaseController::draftOpened, this, [this](const QStringList &targets) {
        m_ticketView->openTicket(targets.join(QLatin1Char('\n')), false);
    });
    connect(m_session, &TriageSession::stopped, this, [this](int done, int notStarted) {
        m_ticketView->jobEnded();
        // The bar says it for a while, then returns to idle (the progress widget is already hidden).
        m_work->finishCancelled(std::exchange(m_inspectJob, nullptr), done, notStarted);
    });
    connect(m_listPane->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showCurrent);
    connect(m_detailPane, &DetailPane::fixRequested, this, &MainWindow::fixRequested);
    connect(this, &MainWindow::fixRequested, m_fixes, &FixController::requestFix);
    auto showMessage = [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); };
    connect(m_fixes, &FixController::statusMessage, this, showMessage);
    connect(m_cases, &CaseController::statusMessage, this, showMessage);
    connect(m_reports, &ReportsController::statusMessage, this, showMessage);
    connect(m_ticketView, &TicketViewController::statusMessage, this, showMessage);
    // The audit has new runs: the detail pane's Audit tab and timeline show them at once.
    connect(m_fixes, &FixController::applied, this, &MainWindow::showAudit);
    connect(m_detailPane, &DetailPane::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_work, &WorkProgress::busyChanged, this, &MainWindow::updateActions);
    connect(m_work, &WorkProgress::changed, m_progress, [this](bool busy, const progress::Progress &shown) {
        m_progress->setBusy(busy);
        m_progress->setProgress(shown);
    });
    connect(m_progress, &JobProgressWidget::cancelRequested, m_work, &WorkProgress::cancelCurrent);
    m_progress->setBusy(false);
    m_fixes->setWorkProgress(m_work);

    TherapistListModel *therapists = m_session->therapists();
    // The detail pane follows the current row, including when a refresh updates it in place.
    connect(therapists, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_listPane->currentSourceRow();
        if (row >= from.row() && row <= to.row())
            showCurrent();
    });
    connect(therapists, &QAbstractItemModel::modelReset, this, &MainWindow::showCurrent);
    // The session's inspections and scans are jobs of the status bar's progress like any other.
    connect(m_session, &TriageSession::busyChanged, this, [this](bool busy) {
        if (busy && !m_inspectJob)
            m_inspectJob = m_work->begin({tr("Inspecting…")}, [this] { m_session->stop(); });
        else if (!busy && m_inspectJob)
            std::exchange(m_inspectJob, nullptr)->finish();
        updateActions();
    });
    connect(m_session, &TriageSession::progressChanged, this, [this](int done, int total) {
        if (m_inspectJob)
            m_inspectJob->report({total > 0 ? tr("Inspecting %1 of %2").arg(done).arg(total) : tr("Inspecting…"), done, total});
    });
    connect(m_session, &TriageSession::jobFinished, this, &MainWindow::onJobFinished);

    restoreLayout();
    showWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // shortcuts work with the menu bar hidden too
        m_actions.insert(name, action);
        return action;
    };
    add(QStringLiteral("paste"), tr("&Paste targets"), QKeySequence::Paste, &MainWindow::pasteFromClipboard)
        ->setToolTip(tr("Inspect the contact ids, emails and links on the clipboard (Ctrl+V)"));
    add(QStringLiteral("scan"), tr("&Load all therapists"), QKeySequence(tr("Ctrl+L")), &MainWindow::loadAll)
        ->setToolTip(tr("Check every therapist in the database"));
    add(QStringLiteral("refresh"), tr("&Refresh selection"), QKeySequence::Refresh, &MainWindow::refreshSelection)
        ->setToolTip(tr("Inspect the selected therapists again (F5)"));
    add(QStringLiteral("checkFull"), tr("Check these in &full"), QKeySequence(tr("Ctrl+Shift+F")), &MainWindow::checkInFull)
        ->setToolTip(tr("Read the logs and Sentry errors of the selected therapists (or of every one the filter shows)"));
    // Esc cancels the job the status bar shows (an inspection, a fix being planned or applied…).
    add(QStringLiteral("cancel"), tr("&Cancel"), QKeySequence(Qt::Key_Escape), [this] {
        if (!m_work->cancelCurrent())
            m_session->stop();
    });
    add(QStringLiteral("back"), tr("&Back to the previous view"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { goBack(); })
        ->setToolTip(tr("Leave the pasted ticket's view (Alt+Left)"));
    add(QStringLiteral("copy"), tr("&Copy"), QKeySequence::Copy, &MainWindow::copy);
    add(QStringLiteral("copySummary"), tr("Copy &summary"), QKeySequence(tr("Ctrl+Shift+C")),
        [this] { m_detailPane->copySummary(); });
    add(QStringLiteral("find"), tr("&Filter…"), QKeySequence::Find, [this] { m_listPane->filterBar()->focusSearch(); });
    add(QStringLiteral("clear"), tr("C&lear list"), QKeySequence(), [this] {
        m_session->clear();
        m_ticketView->leave();
    });
    add(QStringLiteral("openProfile"), tr("&Open profile…"), QKeySequence::Open, &MainWindow::chooseProfile);
    add(QStringLiteral("openDemo"), tr("Open the &demo"), QKeySequence(), [this] { Q_EMIT openDemoRequested(); });
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    add(QStringLiteral("export"), tr("&Export…"), QKeySequence(tr("Ctrl+E")), &MainWindow::exportSelection)
        ->setToolTip(tr("Write up the selected therapists (or every one shown) for the ticket (Ctrl+E)"));
    updateActions();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("openProfile")));
    file->addAction(action(QStringLiteral("openDemo")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("scan")));
    file->addAction(action(QStringLiteral("export")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("paste")));
    edit->addAction(action(QStringLiteral("copy")));
    edit->addAction(action(QStringLiteral("copySummary")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));
    edit->addAction(action(QStringLiteral("clear")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("refresh")));
    view->addAction(action(QStringLiteral("checkFull")));
    view->addAction(action(QStringLiteral("cancel")));
    view->addAction(action(QStringLiteral("back")));
    view->addSeparator();
    QAction *cases = m_cases->dock()->toggleViewAction();
    cases->setText(tr("C&ases"));
    cases->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    view->addAction(cases);
    view->addSeparator();
    addViewLanguageActions(view);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(action(QStringLiteral("paste")));
    toolbar->addAction(action(QStringLiteral("scan")));
    toolbar->addAction(action(QStringLiteral("refresh")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("copySummary")));
    toolbar->addAction(action(QStringLiteral("export")));
}

// View → Show finding codes and View → Language: both remembered (widgets/displayoptions.h).
void MainWindow::addViewLanguageActions(QMenu *view)
{
    QAction *codes = view->addAction(tr("Show finding &codes"));
    codes->setCheckable(true);
    codes->setChecked(displayoptions::showFindingCodes());
    codes->setToolTip(tr("Show the engineers' codes (MISSING_DB_ID) instead of the plain titles"));
    connect(codes, &QAction::toggled, this, [this](bool show) {
        displayoptions::setShowFindingCodes(show);
        // The chips are painted from the setting: repaint every view that shows them.
        for (QWidget *widget : findChildren<QWidget *>())
            widget->update();
    });

    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current = i18n::currentLanguage();
    // Each language in its own name, so that someone who cannot read the current one still finds hers.
    const std::pair<QString, QString> languages[] = {{QStringLiteral("es"), QStringLiteral("Español")},
                                                     {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(code == current);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = code, name = name] {
            if (code == displayoptions::windowLanguage() && code == i18n::currentLanguage())
                return;
            displayoptions::setWindowLanguage(code);
            statusBar()->showMessage(tr("The console speaks %1 from its next start.").arg(name), 8000);
        });
    }
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::updateActions()
{
    const bool triage = m_stack->currentWidget() == m_splitter && m_session->service();
    for (const char *name : {"paste", "scan", "refresh", "checkFull", "clear", "copySummary", "export"})
        action(QString::fromLatin1(name))->setEnabled(triage);
    action(QStringLiteral("cancel"))->setEnabled(m_session->isBusy() || (m_work && m_work->isBusy()));
    action(QStringLiteral("back"))->setEnabled(m_ticketView->isShowingTicket());
}

void MainWindow::setSession(const Profile &profile, const AccountInfo &account, InspectionService *service)
{
    m_profile = profile;
    m_account = account;
    m_session->setService(service);
    m_session->therapists()->setAccount(account);
    m_detailPane->setContext(profile, account);
    m_fixes->setProfile(profile);
    m_reports->setProfile(profile);
    m_fixes->setService(service);
    m_detailPane->setFixesUnavailable(m_fixes->unavailableReason());
    m_cases->setProfile(profile, account);
    QStringList types;
    for (const ObjectTypeProfile &type : profile.objects)
        types << type.name;
    m_listPane->filterBar()->setObjectTypes(types);
    m_sourceStatus->reset();
    m_sourceStatus->setProfileName(profile.name);
    if (service) {
        connect(service, &InspectionService::sourceHealthChanged, m_sourceStatus, &SourceStatusWidget::setHealth,
                Qt::UniqueConnection);
        connect(service, &InspectionService::rateBudgetChanged, m_sourceStatus, &SourceStatusWidget::setRateBudget,
                Qt::UniqueConnection);
        connect(service, &InspectionService::sourcesConnected, this,
                [this](const QString &error, const AccountInfo &connectedAccount) {
                    // A source that cannot be opened is a status-bar message, not a dialog: the
                    // indicators beside it say which one and why.
                    if (!error.isEmpty())
                        statusBar()->showMessage(tr("Could not connect: %1").arg(error));
                    else
                        setAccount(connectedAccount);
                });
    }
    setWindowTitle(tr("%1 — CredSync Console").arg(profile.name));
    m_stack->setCurrentWidget(m_splitter);
    m_listPane->view()->setFocus();
    updateActions();
}

void MainWindow::setAccount(const AccountInfo &account)
{
    m_account = account;
    m_session->therapists()->setAccount(account);
    m_detailPane->setContext(m_profile, account);
    m_cases->setAccount(account);
}

void MainWindow::showWelcome()
{
    m_welcome->setRecentProfile(QSettings().value(QStringLiteral("profile/last")).toString());
    m_stack->setCurrentWidget(m_welcome);
    updateActions();
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::loadAll()
{
    // Every therapist is a view of its own: a ticket view open before it has nothing to go back to.
    m_ticketView->leave();
    m_ticketView->selectFirstResult();
    m_reports->noteScanStarted();
    m_session->scan();
}

void MainWindow::inspectText(const QString &text)
{
    m_reports->noteListChanged();
    m_ticketView->openTicket(text);
}

bool MainWindow::isShowingTicket() const
{
    return m_ticketView->isShowingTicket();
}

void MainWindow::goBack()
{
    m_ticketView->goBack();
}

void MainWindow::pasteFromClipboard()
{
    inspectText(QApplication::clipboard()->text());
}

void MainWindow::copy()
{
    if (DetailTableView *table = m_detailPane->currentTable()) {
        table->copySelection();
        return;
    }
    m_listPane->view()->copySelection();
}

void MainWindow::checkInFull()
{
    QStringList keys = m_listPane->view()->selectedKeys();
    if (keys.size() <= 1) {
        // One row or none: the filter's rows are what "these" means.
        keys.clear();
        const QAbstractItemModel *proxy = m_listPane->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            keys << proxy->index(row, 0).data(TherapistListModel::KeyRole).toString();
    }
    if (keys.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to check: paste targets or load the therapists first"), 4000);
        return;
    }
    m_session->checkInFull(keys);
    statusBar()->showMessage(tr("Checking %n therapist(s) in full: logs and Sentry…", nullptr, int(keys.size())));
}

void MainWindow::refreshSelection()
{
    // Contact ids resolve fastest and survive an email change; fall back to the key the list holds.
    QStringList targets;
    const QStringList keys = m_listPane->view()->selectedKeys();
    for (const QString &key : keys) {
        if (const TherapistRow *row = m_session->therapists()->rowAt(m_session->therapists()->rowOfKey(key)))
            targets << row->inspectTarget();
    }
    if (!targets.isEmpty())
        m_session->inspect(targets);
}

bool MainWindow::selectTarget(const QString &target)
{
    const int row = m_session->therapists()->rowMatching(target);
    return row >= 0 && m_listPane->selectSourceRow(row);
}

void MainWindow::showCurrent()
{
    const int row = m_listPane->currentSourceRow();
    const QStringList keys = m_listPane->view()->selectedKeys();
    m_detailPane->showReport(m_session->therapists()->reportAt(row), keys);
    // A row a scan listed has no logs or errors yet: fetch them for the one therapist looked at.
    m_session->requestEvidence(keys.size() == 1 ? keys.front() : QString());
    showAudit();
    m_cases->setSelection(selectedReports());
}

void MainWindow::showAudit()
{
    if (const TherapistReport *report = m_detailPane->report()) {
        m_detailPane->setAuditEntries(m_cases->auditEntries(report->snapshot.therapist));
        m_detailPane->setInterruptedRuns(m_cases->interruptedRuns(report->snapshot.therapist));
    }
}

std::vector<TherapistReport> MainWindow::selectedReports() const
{
    std::vector<TherapistReport> reports;
    const TherapistListModel *model = m_session->therapists();
    for (const QString &key : m_listPane->view()->selectedKeys()) {
        if (const TherapistReport *report = model->reportAt(model->rowOfKey(key)))
            reports.push_back(*report);
    }
    return reports;
}

void MainWindow::exportSelection()
{
    const TherapistListModel *model = m_session->therapists();
    std::vector<TherapistReport> reports;
    std::vector<UnresolvedTarget> unresolved;
    if (const auto &scope = m_listPane->proxy()->keyScope(); isShowingTicket() && scope) {
        // A pasted ticket's write-up covers the whole ticket: every therapist it resolved to (whatever
        // row is selected or the filter box hides), in list order, and the lines that did not resolve.
        for (int row = 0; row < model->rowCount(); ++row) {
            const TherapistReport *report = model->reportAt(row);
            if (report && scope->contains(TherapistStatus::key(*report)))
                reports.push_back(*report);
        }
        const UnresolvedModel *lines = m_session->unresolved();
        for (int row = 0; row < lines->rowCount(); ++row)
            unresolved.push_back({lines->index(row, UnresolvedModel::TargetColumn).data().toString(),
                                  lines->index(row, UnresolvedModel::ReasonColumn).data().toString()});
    } else {
        reports = selectedReports();
    }
    if (reports.empty() && !isShowingTicket()) {
        // Nothing selected: what the filter shows, in the order shown.
        const QAbstractItemModel *proxy = m_listPane->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString key = proxy->index(row, 0).data(TherapistListModel::KeyRole).toString();
            if (const TherapistReport *report = model->reportAt(model->rowOfKey(key)))
                reports.push_back(*report);
        }
    }
    if (reports.empty()) {
        statusBar()->showMessage(tr("Nothing to export: paste targets or load the therapists first"), 4000);
        return;
    }
    // Progress first (the write-up reads the audit and renders off this thread), then the dialog.
    m_cases->prepareExport(reports, unresolved);
}

void MainWindow::onJobFinished(const QString &errorMessage)
{
    m_ticketView->jobEnded();
    if (!errorMessage.isEmpty()) {
        statusBar()->showMessage(errorMessage);
        return;
    }
    const TherapistListModel *model = m_session->therapists();
    const verdict::Counts counts = model->verdictCounts();
    const int unresolved = m_session->unresolved()->rowCount();
    QString message = model->rowCount() == 1 ? tr("1 therapist listed") : tr("%1 therapists listed").arg(model->rowCount());
    // Unknown first: a list that could not be checked must not read as a clean one.
    if (const int unknown = counts.count(verdict::Verdict::Unknown); unknown > 0)
        message += QStringLiteral(", ") + tr("%1 unknown (%2)").arg(unknown).arg(counts.unknownReasons().front().first);
    message += QStringLiteral(", ") + tr("%1 broken").arg(counts.count(verdict::Verdict::Broken));
    if (unresolved)
        message += QStringLiteral(", ") + tr("%1 not found").arg(unresolved);
    statusBar()->showMessage(message);
}

void MainWindow::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a profile"), QString(),
                                                      tr("Profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openProfileRequested(path);
}

void MainWindow::rememberProfile(const QString &path)
{
    QSettings().setValue(QStringLiteral("profile/last"), path);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({300, 500});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->cancel();
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace credsync
