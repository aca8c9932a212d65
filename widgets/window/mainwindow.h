#pragma once
// The triage window: list and detail pane side by side (or a welcome page before any profile), the
// actions and their shortcuts, and the status bar. It wires parts together; the parts do the work.
#include <QMainWindow>

#include "core/profile.h"
#include "core/progress/progress.h"
#include "core/types.h"

#include <memory>
#include <vector>

class QAction;
class QSplitter;
class QStackedWidget;

class QMenu;

namespace credsync {

class CaseController;
class DetailPane;
class FixController;
class InspectionService;
class JobProgressWidget;
class ListPane;
class ReportsController;
class SourceStatusWidget;
class TicketViewController;
class TriageSession;
class WelcomePage;
class WorkProgress;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the triage view for a profile; the service does the inspecting (not owned).
    void setSession(const Profile &profile, const AccountInfo &account, InspectionService *service);
    void setAccount(const AccountInfo &account);
    void showWelcome();
    bool isShowingWelcome() const;

    // Intake: targets are picked out of the text and inspected in the background. The pasted ticket
    // becomes the view (only its therapists, rows appearing as they resolve, the lines that did not
    // resolve listed with the reason); goBack() returns to the view before it.
    void inspectText(const QString &text);
    void goBack();
    bool isShowingTicket() const;
    TicketViewController *ticketView() const { return m_ticketView; }
    // "Load all therapists": a scan that replaces the list; the first row is opened when it arrives.
    void loadAll();
    // Selects the therapist a target names (contact id, email, name, therapist id); false if not listed.
    bool selectTarget(const QString &target);
    // Sets the profile remembered for next time (QSettings).
    void rememberProfile(const QString &path);

    TriageSession *session() const { return m_session; }
    ListPane *listPane() const { return m_listPane; }
    DetailPane *detailPane() const { return m_detailPane; }
    SourceStatusWidget *sourceStatus() const { return m_sourceStatus; }
    QAction *action(const QString &name) const;
    FixController *fixController() const { return m_fixes; }
    CaseController *caseController() const { return m_cases; }
    ReportsController *reportsController() const { return m_reports; }
    // The status bar's progress of every running job (inspect, fix, export, reports), with Cancel.
    WorkProgress *workProgress() const { return m_work; }
    // The reports of the selected therapists, in list order (empty when none is selected).
    std::vector<TherapistReport> selectedReports() const;
    // Ctrl+E: the selected therapists, or every one shown when none is selected.
    void exportSelection();

Q_SIGNALS:
    void openDemoRequested();
    void openProfileRequested(const QString &path);
    void fixRequested(const QString &fix, const QStringList &therapistKeys);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void addViewLanguageActions(QMenu *view);
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void pasteFromClipboard();
    void copy();
    void refreshSelection();
    void checkInFull();
    void chooseProfile();
    void showCurrent();
    void onJobFinished(const QString &errorMessage);
    void updateActions();
    void showAudit();

    Profile m_profile;
    AccountInfo m_account;
    TriageSession *m_session;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QSplitter *m_splitter;
    ListPane *m_listPane;
    DetailPane *m_detailPane;
    SourceStatusWidget *m_sourceStatus;
    JobProgressWidget *m_progress;
    WorkProgress *m_work;
    std::shared_ptr<progress::ProgressSink> m_inspectJob; // the session's inspection or scan
    FixController *m_fixes;
    CaseController *m_cases;
    ReportsController *m_reports;
    TicketViewController *m_ticketView;
    QHash<QString, QAction *> m_actions;
};

} // namespace credsync
