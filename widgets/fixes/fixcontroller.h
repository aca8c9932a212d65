#pragma once
// The fix flow of the window: a Pull ids / Resync / Relabel click plans the fix on the inspector's
// thread, the plan dialog shows it and asks for confirmation, the apply runs there with progress and
// Cancel, the result is shown as it is, the therapists are inspected again (F5), and a delayed re-check
// (profile diagnosis.recheckSeconds) flags any that broke again. Never blocks, never nests a loop.
#include "core/fixes/applyprogress.h"
#include "core/fixes/fixrecheck.h"
#include "core/fixes/fixrunner.h"
#include "widgets/fixes/fixplandialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace credsync {

class InspectionService;
class TriageSession;
class WorkProgress;

class FixController : public QObject
{
    Q_OBJECT
public:
    // dialogParent: the window the plan dialog belongs to.
    FixController(TriageSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    void setProfile(const Profile &profile);
    // Follows session->service(); call after the session's service changes.
    void setService(InspectionService *service);

    // The status bar's progress: planning and applying show there at once, with Cancel (not owned).
    void setWorkProgress(WorkProgress *work);

    // Why fixes cannot run with this profile and service, or empty when they can.
    QString unavailableReason() const;

    // fix: "pull-ids" | "resync" | "relabel"; keys: TherapistListModel::KeyRole values (one combined plan).
    void requestFix(const QString &fix, const QStringList &therapistKeys);
    bool isPlanning() const { return m_planRequest != 0; }

    // The plan dialog on screen (nullptr when none).
    widgets::FixPlanDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    void dialogOpened(credsync::widgets::FixPlanDialog *dialog);
    // A fix request ended before its plan dialog could open (read-only, nothing to plan, planning failed).
    void requestFailed(const QString &reason);
    // A fix was applied (whatever its outcome): the audit has new entries for these therapist ids.
    void applied(const QStringList &therapistIds);
    void recheckFinished(int brokeAgain, int total);

private:
    void onPlanned(quint64 requestId, const fixes::FixPlan &plan, const QString &errorMessage);
    void onApplied(quint64 requestId, const fixes::FixResult &result, const QString &errorMessage);
    void onRechecked(quint64 requestId, const std::vector<fixes::RecheckOutcome> &outcomes, const QString &errorMessage);
    void openDialog(const fixes::FixPlan &plan);
    // The targets that inspect a therapist fastest: its contact id, else its key.
    static QStringList inspectTargets(const fixes::FixResult &result);
    void cancelPlanning();
    void beginApply(const fixes::FixPlan &confirmed);
    void finishJob(const fixes::FixResult *result);

    TriageSession *m_session;
    QWidget *m_dialogParent;
    QPointer<InspectionService> m_service;
    Profile m_profile;
    QPointer<widgets::FixPlanDialog> m_dialog;
    quint64 m_planRequest = 0;
    quint64 m_replanRequest = 0; // the dialog's relabel target was edited
    fixes::FixRequest m_request;  // what the dialog on screen was planned from
    std::vector<fixes::FixSubject> m_subjects;
    quint64 m_applyRequest = 0;
    QList<quint64> m_rechecks;
    QPointer<WorkProgress> m_work;
    std::shared_ptr<progress::ProgressSink> m_job; // the plan or apply the status bar shows
    int m_planDone = 0;
    std::optional<fixes::ApplyProgress> m_applySteps;
};

} // namespace credsync
