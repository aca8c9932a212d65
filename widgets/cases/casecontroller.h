#pragma once
// The window's workspace side: the case sidebar (a dock), the export dialog (Ctrl+E) and the audit of
// applied fixes for the detail pane and the write-up. Opens the profile's workspace on the GUI thread
// (CasePanel's contract); the fixes write their audit through their own connection on the inspector's
// thread, and this side only reads.
#include "core/export/exportcontent.h"
#include "core/fixes/auditstore.h"
#include "core/fixes/runjournal.h"
#include "core/profile.h"
#include "core/workspace/workspace.h"
#include "widgets/export/exportdialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QDockWidget;
class QMainWindow;

namespace credsync {

class CasePanel;
class TriageSession;
class WorkProgress;

class CaseController : public QObject
{
    Q_OBJECT
public:
    CaseController(QMainWindow *window, TriageSession *session, QObject *parent = nullptr);
    ~CaseController() override;

    // Opens the profile's workspace and shows its cases; a workspace that cannot be opened leaves the
    // panel empty with the reason.
    void setProfile(const Profile &profile, const AccountInfo &account);
    void setAccount(const AccountInfo &account);
    void setSelection(const std::vector<TherapistReport> &reports);

    // Fixes applied to this therapist, newest first (empty without a workspace).
    std::vector<fixes::AuditEntry> auditEntries(const Therapist &therapist) const;
    // Fixes on this therapist's contact whose process died mid-run, newest first (the run journal;
    // empty without a workspace).
    std::vector<fixes::InterruptedRun> interruptedRuns(const Therapist &therapist) const;

    // The write-up of these reports with the fixes applied to them, in the export dialog.
    ExportDialog *openExport(const std::vector<TherapistReport> &reports, const std::vector<UnresolvedTarget> &unresolved = {});
    ExportDialog *openExport(exporting::ExportContent content, std::optional<ExportDialog::Prepared> prepared = std::nullopt);

    // The same through the status bar (Ctrl+E and the case panel's Export): "Preparing the write-up of
    // N therapists…" with Cancel at once, the audit read on this thread, the first preview rendered on
    // a worker from copies, then the dialog (exportOpened); a cancel drops the result.
    void setWorkProgress(WorkProgress *work) { m_work = work; }
    void prepareExport(const std::vector<TherapistReport> &reports, const std::vector<UnresolvedTarget> &unresolved = {});
    void prepareExport(exporting::ExportContent content);

    // A pasted ticket kept as a draft case with the therapists it resolved to (nothing without a workspace).
    void saveDraft(const QString &text, const std::vector<TherapistReport> &reports);

    QDockWidget *dock() const { return m_dock; }
    CasePanel *panel() const { return m_panel; }
    QString workspaceError() const { return m_workspaceError; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    void exportOpened(credsync::ExportDialog *dialog);
    // A draft case was opened in the sidebar: its targets become the view again.
    void draftOpened(const QStringList &targets);

private:
    void reinspect(const QString &caseName, const QStringList &targets);
    void onJobFinished();

    exporting::ExportContent withAppliedFixes(exporting::ExportContent content) const;

    QMainWindow *m_window;
    WorkProgress *m_work = nullptr; // the window's status-bar progress (null: export without it)
    TriageSession *m_session;
    QDockWidget *m_dock;
    CasePanel *m_panel = nullptr;
    Profile m_profile;
    AccountInfo m_account;
    std::unique_ptr<workspace::Workspace> m_workspace;
    std::unique_ptr<fixes::AuditStore> m_audit;
    QString m_workspaceError;
    QString m_reinspectCase;      // the case whose targets the current job inspects
    QStringList m_reinspectTargets;
};

} // namespace credsync
