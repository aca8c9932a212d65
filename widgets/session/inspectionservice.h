#pragma once
// What the window needs from the read pipeline, as an interface: the real one hosts core's Inspector
// on a worker thread (ThreadedInspectionService); tests drive the window with a scripted fake.
// All signals arrive on the GUI thread.
#include <QObject>
#include <QStringList>

#include "core/fixes/fixrecheck.h"
#include "core/fixes/fixrunner.h"
#include "core/inspector.h"
#include "models/listedreport.h"

namespace credsync {

class InspectionService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Each call returns a new job id; signals carry it so that answers to superseded jobs can be dropped.
    virtual quint64 inspect(const QStringList &targets) = 0;
    virtual quint64 scan() = 0;
    virtual void cancel(quint64 jobId) = 0;

    // Fixes run where the inspector runs: they share its HubSpot client and database connection.
    // A service that cannot write (a test fake, say) keeps these defaults: fixesAvailable() is false
    // and every request is answered at once with the reason. Request ids share the job id sequence.
    virtual bool fixesAvailable() const { return false; }
    virtual quint64 planFix(const credsync::fixes::FixRequest &request, const std::vector<credsync::fixes::FixSubject> &subjects);
    virtual quint64 applyFix(const credsync::fixes::FixPlan &plan);
    // Stops after the therapist in flight (never half a therapist).
    virtual void cancelFix(quint64 requestId) { Q_UNUSED(requestId) }
    // Inspects the targets again after delaySeconds, without evidence, and reports who broke again.
    virtual quint64 recheck(const QStringList &targets, int delaySeconds);

Q_SIGNALS:
    void reportReady(quint64 jobId, const credsync::TherapistReport &report);
    // Several reports of one job at once, in the order they were made (a scan's reports arrive so,
    // one queued call per batch; see ReportBatcher). Listeners treat it as reportReady for each.
    void reportsReady(quint64 jobId, const std::vector<credsync::TherapistReport> &reports);
    // The same with each report's list row made on the producing thread (ThreadedInspectionService's
    // batches). The batch is handed over: the session that lists it takes the reports out.
    void listedReportsReady(quint64 jobId, const credsync::ListedBatch &batch);
    void unresolved(quint64 jobId, const credsync::UnresolvedTarget &target);
    void progress(quint64 jobId, int done, int total);
    // errorMessage is empty when the job ran to the end (whatever it found).
    void finished(quint64 jobId, const QString &errorMessage);
    // The sources are open (errorMessage empty) or could not be opened; account holds the portal's
    // id and UI domain for record links.
    void sourcesConnected(const QString &errorMessage, const credsync::AccountInfo &account);
    void sourceHealthChanged(const credsync::SourceHealth &health);
    void rateBudgetChanged(int remaining, int max);

    // Answers to planFix/applyFix/recheck; errorMessage is non-empty when the request could not run
    // at all (the plan or result is then empty).
    void fixPlanned(quint64 requestId, const credsync::fixes::FixPlan &plan, const QString &errorMessage);
    void fixProgress(quint64 requestId, int done, int total, const QString &text);
    void fixStepUpdated(quint64 requestId, const QString &therapistKey, int index, const credsync::fixes::FixStep &step);
    void fixApplied(quint64 requestId, const credsync::fixes::FixResult &result, const QString &errorMessage);
    void rechecked(quint64 requestId, const std::vector<credsync::fixes::RecheckOutcome> &outcomes, const QString &errorMessage);

protected:
    quint64 nextRequestId() { return ++m_lastRequest; }

private:
    quint64 m_lastRequest = 0;
};

} // namespace credsync
