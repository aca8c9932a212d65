#include "core/clock.h"
#include "widgets/cases/casecontroller.h"

#include "widgets/cases/casepanel.h"
#include "core/cases/caseworkspace.h"
#include "core/export/auditlookup.h"
#include "core/export/markdownexport.h"
#include "widgets/common/workprogress.h"
#include "widgets/export/exportdialog.h"
#include "models/therapistlistmodel.h"
#include "widgets/session/triagesession.h"

#include <QDockWidget>
#include <QLabel>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>
#include <QtConcurrent>

#include <utility>

namespace credsync {

CaseController::CaseController(QMainWindow *window, TriageSession *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_dock(new QDockWidget(tr("Cases"), window))
{
    m_dock->setObjectName(QStringLiteral("casesDock"));
    m_dock->setAccessibleName(tr("Cases"));
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    auto *placeholder = new QLabel(tr("Open a profile or the demo to see its cases."), m_dock);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    m_dock->setWidget(placeholder);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // A sidebar: narrow enough that the Ids table keeps its verdict column in view (a saved layout wins).
    window->resizeDocks({m_dock}, {250}, Qt::Horizontal);
    connect(session, &TriageSession::jobFinished, this, &CaseController::onJobFinished);
}

CaseController::~CaseController()
{
    // The panel holds a store over the workspace: it goes first.
    delete m_panel;
}

void CaseController::setProfile(const Profile &profile, const AccountInfo &account)
{
    m_profile = profile;
    m_account = account;
    m_reinspectCase.clear();
    delete m_panel;
    m_panel = nullptr;
    m_audit.reset();
    m_workspace.reset();
    m_workspaceError.clear();
    fixes::AuditStore::registerMigrations();
    auto opened = cases::openWorkspace(profile);
    if (opened) {
        m_workspace = std::move(opened).value();
        m_audit = std::make_unique<fixes::AuditStore>(m_workspace.get());
    } else {
        m_workspaceError = opened.error().describe();
        Q_EMIT statusMessage(tr("Cases and the audit are unavailable: %1").arg(m_workspaceError), 0);
    }
    // Without a workspace the panel still shows, with its own explanation.
    m_panel = new CasePanel(m_workspace.get(), profile, m_dock);
    m_panel->setObjectName(QStringLiteral("casePanel"));
    m_panel->setAccount(account);
    m_dock->setWidget(m_panel);
    connect(m_panel, &CasePanel::reinspectRequested, this, &CaseController::reinspect);
    connect(m_panel, &CasePanel::draftOpened, this, [this](const QString &, const QStringList &targets) {
        Q_EMIT draftOpened(targets);
    });
    connect(m_panel, &CasePanel::exportRequested, this,
            [this](const exporting::ExportContent &content) { prepareExport(content); });
}

void CaseController::setAccount(const AccountInfo &account)
{
    m_account = account;
    if (m_panel)
        m_panel->setAccount(account);
}

void CaseController::setSelection(const std::vector<TherapistReport> &reports)
{
    if (m_panel)
        m_panel->setSelection(reports);
}

std::vector<fixes::AuditEntry> CaseController::auditEntries(const Therapist &therapist) const
{
    if (!m_audit || (therapist.id.isEmpty() && therapist.contactId.isEmpty()))
        return {};
    fixes::AuditQuery query;
    query.therapistKey = therapist.id;
    query.contactId = therapist.id.isEmpty() ? therapist.contactId : QString();
    query.limit = 50;
    Result<std::vector<fixes::AuditEntry>> entries = m_audit->entries(query);
    return entries ? std::move(entries).value() : std::vector<fixes::AuditEntry>{};
}

std::vector<fixes::InterruptedRun> CaseController::interruptedRuns(const Therapist &therapist) const
{
    if (!m_audit || therapist.contactId.isEmpty())
        return {};
    Result<std::vector<fixes::InterruptedRun>> runs = fixes::RunJournal(m_audit->workspace()).interrupted(therapist.contactId);
    return runs ? std::move(runs).value() : std::vector<fixes::InterruptedRun>{};
}

namespace {

exporting::ExportContent contentOf(const Profile &profile, const AccountInfo &account, const std::vector<TherapistReport> &reports,
                                   const std::vector<UnresolvedTarget> &unresolved)
{
    exporting::ExportContent content;
    content.profile = profile;
    content.account = account;
    content.reports = reports;
    content.unresolved = unresolved;
    content.generatedAt = clock::nowUtc();
    return content;
}

} // namespace

ExportDialog *CaseController::openExport(const std::vector<TherapistReport> &reports, const std::vector<UnresolvedTarget> &unresolved)
{
    return openExport(contentOf(m_profile, m_account, reports, unresolved));
}

exporting::ExportContent CaseController::withAppliedFixes(exporting::ExportContent content) const
{
    // The audit is read here, on the thread that opened the workspace's connection.
    if (content.fixes.empty()) {
        exporting::addAppliedFixes(content, [this](const Therapist &therapist) {
            return exporting::appliedFixes(auditEntries(therapist));
        });
    }
    return content;
}

void CaseController::prepareExport(const std::vector<TherapistReport> &reports, const std::vector<UnresolvedTarget> &unresolved)
{
    prepareExport(contentOf(m_profile, m_account, reports, unresolved));
}

void CaseController::prepareExport(exporting::ExportContent content)
{
    const int count = int(content.reports.size());
    if (!m_work) {
        openExport(std::move(content));
        return;
    }
    // The job until the dialog opens; null once cancelled (the result is then dropped).
    auto job = std::make_shared<std::shared_ptr<progress::ProgressSink>>();
    const std::weak_ptr<std::shared_ptr<progress::ProgressSink>> cancelled = job; // the sink holds this handler
    *job = m_work->begin({tr("Preparing the write-up of %n therapist(s)…", nullptr, count)}, [this, cancelled, count] {
        const auto held = cancelled.lock();
        if (held && *held && m_work)
            m_work->finishCancelled(std::exchange(*held, nullptr), 0, count);
    });
    // After the bar is drawn: the audit (SQL, this thread), then the rendering on a worker.
    QTimer::singleShot(0, this, [this, job, content = std::move(content)]() mutable {
        if (!*job)
            return;
        exporting::ExportContent prepared = withAppliedFixes(std::move(content));
        const exporting::ExportOptions options = ExportDialog::initialOptions();
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, job, prepared, options] {
            watcher->deleteLater();
            if (!*job)
                return;
            openExport(prepared, ExportDialog::Prepared{options, watcher->result()});
            std::exchange(*job, nullptr)->finish();
        });
        // Values only: the content and the options are copied into the worker; no widget crosses.
        watcher->setFuture(QtConcurrent::run([prepared, options] { return exporting::markdownExport(prepared, options); }));
    });
}

ExportDialog *CaseController::openExport(exporting::ExportContent content, std::optional<ExportDialog::Prepared> prepared)
{
    if (!prepared) // prepareExport read the audit already
        content = withAppliedFixes(std::move(content));
    auto *dialog = new ExportDialog(std::move(content), m_window, std::move(prepared));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
    Q_EMIT exportOpened(dialog);
    return dialog;
}

void CaseController::reinspect(const QString &caseName, const QStringList &targets)
{
    if (targets.isEmpty() || !m_session->service())
        return;
    m_reinspectCase = caseName;
    m_reinspectTargets = targets;
    m_session->inspect(targets);
    Q_EMIT statusMessage(tr("Inspecting the case \"%1\" again…").arg(caseName), 0);
}

void CaseController::onJobFinished()
{
    if (m_reinspectCase.isEmpty() || !m_panel)
        return;
    const QString caseName = std::exchange(m_reinspectCase, QString());
    const QStringList targets = std::exchange(m_reinspectTargets, QStringList());
    // The job merged its answers into the list: take the case's therapists from there.
    std::vector<TherapistReport> fresh;
    const TherapistListModel *model = m_session->therapists();
    for (int row = 0; row < model->rowCount(); ++row) {
        const TherapistRow *listed = model->rowAt(row);
        if (!targets.contains(listed->contactId) && !targets.contains(listed->therapistId))
            continue;
        // Inspected just now, so held in full (a scanned row the cache let go is not this case's).
        if (const TherapistReport *report = model->reportAt(row))
            fresh.push_back(*report);
    }
    m_panel->showFresh(caseName, fresh);
    Q_EMIT statusMessage(tr("Case \"%1\": %2 therapist(s) inspected again").arg(caseName).arg(fresh.size()), 6000);
}

void CaseController::saveDraft(const QString &text, const std::vector<TherapistReport> &reports)
{
    if (!m_panel)
        return;
    if (Result<QString> saved = m_panel->saveDraft(text, reports); saved)
        Q_EMIT statusMessage(tr("The ticket is kept as the draft case “%1”.").arg(*saved), 6000);
    // a failure is shown in the panel
}

} // namespace credsync
