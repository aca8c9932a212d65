#pragma once
// The window's Reports menu: Delays… and Changes since the last scan…, and the desktop notification
// when a recorded scan finds therapists newly broken. Owns no state beyond the loaded scan's status.
#include "core/profile.h"
#include "core/types.h"

#include <QObject>

class QAbstractProxyModel;
class QMainWindow;
class QSystemTrayIcon;

namespace credsync {

class TriageSession;
class WorkProgress;

class ReportsController : public QObject
{
    Q_OBJECT
public:
    // `shown` is the list's filter over the session's therapists: the clean-up plans what it shows.
    ReportsController(QMainWindow *window, TriageSession *session, const QAbstractProxyModel *shown,
                      QObject *parent = nullptr);

    void setProfile(const Profile &profile);
    // "Load all therapists" started; a list changed by anything else is no longer a complete scan.
    void noteScanStarted();
    void noteListChanged();
    bool loadedScanComplete() const { return m_scanComplete; }

    void showDelays();
    void showChanges();
    // Plan → export for approval → apply, for the therapists the list shows.
    void showCleanup();
    // The window's status-bar progress: the reports' reads show there too, with Cancel (not owned).
    void setWorkProgress(WorkProgress *work) { m_work = work; }
    // The desktop notification (a tray message where the desktop has a tray, else the status bar).
    void notify(const QString &title, const QString &text);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    std::vector<TherapistReport> shownReports() const;

    QMainWindow *m_window;
    WorkProgress *m_work = nullptr;
    TriageSession *m_session;
    const QAbstractProxyModel *m_shown;
    Profile m_profile;
    bool m_haveProfile = false;
    bool m_scanRunning = false;
    bool m_scanComplete = false;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace credsync
