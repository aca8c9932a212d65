#pragma once
// The window's Reports menu: Delays… and Changes since the last scan…, and the desktop notification
// when a recorded scan finds therapists newly broken. Owns no state beyond the loaded scan's status.
#include "core/profile.h"
#include "core/types.h"

#include <QObject>

#include <functional>

class QMainWindow;
class QSystemTrayIcon;

namespace credsync {

class TriageSession;
class WorkProgress;

class ReportsController : public QObject
{
    Q_OBJECT
public:
    ReportsController(QMainWindow *window, TriageSession *session, QObject *parent = nullptr);

    void setProfile(const Profile &profile);
    // "Load all therapists" started; a list changed by anything else is no longer a complete scan.
    void noteScanStarted();
    void noteListChanged();
    bool loadedScanComplete() const { return m_scanComplete; }

    void showDelays();
    void showChanges();
    // Plan → export for approval → apply, for the therapists the list shows.
    void showCleanup();
    void setShownReports(std::function<std::vector<TherapistReport>()> shownReports) { m_shownReports = std::move(shownReports); }
    // The window's status-bar progress: the reports' reads show there too, with Cancel (not owned).
    void setWorkProgress(WorkProgress *work) { m_work = work; }
    // The desktop notification (a tray message where the desktop has a tray, else the status bar).
    void notify(const QString &title, const QString &text);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    QMainWindow *m_window;
    WorkProgress *m_work = nullptr;
    TriageSession *m_session;
    Profile m_profile;
    bool m_haveProfile = false;
    bool m_scanRunning = false;
    bool m_scanComplete = false;
    QSystemTrayIcon *m_tray = nullptr;
    std::function<std::vector<TherapistReport>()> m_shownReports;
};

} // namespace credsync
