#pragma once
// The window's view of the world: the therapists listed, the unresolved targets, and the one job that
// feeds them (hotspot's JobTracker idea). Starting a job cancels the one before and drops its late
// answers; reports are coalesced and appended in batches so a 10,000-therapist scan costs a few
// hundred insertRows, not ten thousand, and the GUI keeps repainting.
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <unordered_set>

#include "core/inspector.h"
#include "models/listedreport.h"

#include <vector>

namespace credsync {

class InspectionService;
class TherapistListModel;
class UnresolvedModel;

class TriageSession : public QObject
{
    Q_OBJECT
public:
    explicit TriageSession(QObject *parent = nullptr);

    // The service may be replaced (another profile); the list is cleared then.
    void setService(InspectionService *service);
    InspectionService *service() const { return m_service; }

    TherapistListModel *therapists() const { return m_therapists; }
    UnresolvedModel *unresolved() const { return m_unresolved; }

    // Targets are added to the current view; already listed therapists are updated in place.
    void inspect(const QStringList &targets);
    // Replaces the view with every therapist in the database.
    void scan();
    void cancel();
    // Cancel by the person (Esc, the progress bar's Cancel): like cancel(), and says so with stopped().
    void stop();
    void clear();

    // Rows listed by a scan carry no logs or Sentry errors. Called with the one selected therapist's
    // key (empty for none or several): when its row has no evidence yet, it is inspected with evidence
    // in the background — at once when idle, after the running job when another job (a scan) runs,
    // which is never cancelled for it. A later call supersedes an earlier one; the superseded
    // evidence job is cancelled and its late answers dropped.
    void requestEvidence(const QString &key);
    bool hasEvidence(const QString &key) const { return !m_withoutEvidence.count(key); }

    // "Check these in full": reads logs and Sentry for the listed rows (keys as in the model) in one
    // background job; each row says "checking logs and Sentry…" until its answer replaces it.
    void checkInFull(const QStringList &keys);

    bool isBusy() const { return m_jobId != 0; }
    quint64 currentJob() const { return m_jobId; }
    // How long reports may wait before they are shown: short enough to feel live, long enough to batch.
    void setFlushInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressChanged(int done, int total);
    void jobFinished(const QString &errorMessage);
    void unresolvedAdded(int count);
    // The rows a job listed or updated, by key, as they are shown (the ticket view follows its job).
    void reportsListed(quint64 jobId, const QStringList &keys);
    // A job stopped by stop(): how many targets were done and how many never started.
    void stopped(int done, int notStarted);

private:
    void startJob(quint64 jobId, const QString &description);
    void onReport(quint64 jobId, const credsync::TherapistReport &report);
    void onReports(quint64 jobId, const std::vector<credsync::TherapistReport> &reports);
    void onListedReports(quint64 jobId, const credsync::ListedBatch &batch);
    void queued(); // reports are waiting: show them within the flush interval
    void onUnresolved(quint64 jobId, const credsync::UnresolvedTarget &target);
    void onProgress(quint64 jobId, int done, int total);
    void onFinished(quint64 jobId, const QString &errorMessage);
    void flush();
    void flushSlice();
    void flushSome(size_t most);
    static constexpr size_t kRowsPerSlice = 500;
    void startWantedEvidence();

    InspectionService *m_service = nullptr;
    TherapistListModel *m_therapists = nullptr;
    UnresolvedModel *m_unresolved = nullptr;
    quint64 m_jobId = 0;
    QStringList m_pendingTargets; // what the current inspect job was asked for, to clear retried rows
    std::deque<ListedReport> m_pending; // taken from the front a slice at a time
    QTimer m_flushTimer;
    bool m_jobIsScan = false;
    int m_done = 0;  // the running job's last progress
    int m_total = 0;
    // Keys of rows a scan listed (no logs or errors looked up). std::unordered_set keeps each key's hash:
    // growing past 65,536 keys relinks nodes instead of hashing every key again (a stall at 100k rows).
    std::unordered_set<QString> m_withoutEvidence;
    QString m_wantedEvidence;        // the selected row waiting for its evidence
    QString m_evidenceKey;           // the row the running job fetches evidence for (empty: another job)
};

} // namespace credsync
