#include "widgets/session/triagesession.h"

#include "widgets/session/inspectionservice.h"
#include "models/therapistlistmodel.h"
#include "models/therapiststatus.h"

#include <algorithm>
#include <utility>
#include "models/unresolvedmodel.h"

namespace credsync {

TriageSession::TriageSession(QObject *parent)
    : QObject(parent)
    , m_therapists(new TherapistListModel(this))
    , m_unresolved(new UnresolvedModel(this))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(150);
    // A scan can deliver thousands of reports between two flushes: they are shown a slice at a time,
    // the rest on the next turn of the event loop, so the window never stalls on one huge batch.
    connect(&m_flushTimer, &QTimer::timeout, this, &TriageSession::flushSlice);
}

void TriageSession::setService(InspectionService *service)
{
    if (m_service == service)
        return;
    cancel();
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    clear();
    if (!m_service)
        return;
    connect(m_service, &InspectionService::reportReady, this, &TriageSession::onReport);
    connect(m_service, &InspectionService::reportsReady, this, &TriageSession::onReports);
    connect(m_service, &InspectionService::listedReportsReady, this, &TriageSession::onListedReports);
    connect(m_service, &InspectionService::unresolved, this, &TriageSession::onUnresolved);
    connect(m_service, &InspectionService::progress, this, &TriageSession::onProgress);
    connect(m_service, &InspectionService::finished, this, &TriageSession::onFinished);
}

void TriageSession::inspect(const QStringList &targets)
{
    if (!m_service || targets.isEmpty())
        return;
    cancel();
    m_evidenceKey.clear();
    m_pendingTargets = targets;
    // Retried targets leave the unresolved list now; the ones that fail again come back with a reason.
    m_unresolved->removeTargets(targets);
    startJob(m_service->inspect(targets), {});
}

void TriageSession::scan()
{
    if (!m_service)
        return;
    cancel();
    m_therapists->clear();
    m_unresolved->clear();
    m_pendingTargets.clear();
    m_withoutEvidence.clear();
    m_wantedEvidence.clear();
    m_evidenceKey.clear();
    startJob(m_service->scan(), {});
    m_jobIsScan = true;
}

void TriageSession::requestEvidence(const QString &key)
{
    m_wantedEvidence = hasEvidence(key) ? QString() : key;
    if (!m_evidenceKey.isEmpty() && m_evidenceKey != key && isBusy()) {
        // Superseded: what already arrived is kept (it is true), later answers are dropped.
        cancel();
    }
    if (!isBusy())
        startWantedEvidence();
    // Otherwise a job the operator started runs: onFinished() starts the evidence job after it.
}

void TriageSession::startWantedEvidence()
{
    if (m_wantedEvidence.isEmpty() || hasEvidence(m_wantedEvidence) || !m_service)
        return;
    const TherapistRow *row = m_therapists->rowAt(m_therapists->rowOfKey(m_wantedEvidence));
    if (!row) {
        m_wantedEvidence.clear();
        return;
    }
    // The F5 path: contact ids resolve fastest; fall back to the key the list holds. The answer is the
    // full report the slim row lacks (a scanned row the cache let go), kept from then on.
    const QString target = row->inspectTarget();
    const QString key = std::exchange(m_wantedEvidence, QString());
    inspect({target});
    m_evidenceKey = key;
    m_therapists->setChecking({key});
}

void TriageSession::checkInFull(const QStringList &keys)
{
    QStringList targets;
    QSet<QString> marked;
    for (const QString &key : keys) {
        const TherapistRow *row = m_therapists->rowAt(m_therapists->rowOfKey(key));
        if (!row || marked.contains(key))
            continue;
        targets << row->inspectTarget();
        marked.insert(key);
    }
    if (targets.isEmpty())
        return;
    m_wantedEvidence.clear();
    inspect(targets);
    m_therapists->setChecking(marked);
}

void TriageSession::startJob(quint64 jobId, const QString &)
{
    const bool wasBusy = isBusy();
    m_jobId = jobId;
    m_jobIsScan = false;
    m_done = 0;
    m_total = 0;
    Q_EMIT progressChanged(0, 0);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void TriageSession::cancel()
{
    if (!m_jobId)
        return;
    if (m_service)
        m_service->cancel(m_jobId);
    // What already arrived is worth showing; only later answers are dropped.
    flush();
    m_therapists->setChecking({});
    m_jobId = 0;
    m_evidenceKey.clear();
    Q_EMIT busyChanged(false);
}

void TriageSession::stop()
{
    if (!m_jobId)
        return;
    const int done = m_done;
    const int notStarted = qMax(0, m_total - m_done);
    m_wantedEvidence.clear(); // a stop means stop: no evidence job starts behind it
    cancel();
    Q_EMIT stopped(done, notStarted);
}

void TriageSession::clear()
{
    m_pending.clear();
    m_withoutEvidence.clear();
    m_wantedEvidence.clear();
    m_therapists->clear();
    m_unresolved->clear();
}

void TriageSession::onReport(quint64 jobId, const TherapistReport &report)
{
    if (jobId != m_jobId)
        return;
    m_pending.push_back(ListedReport::of(report));
    queued();
}

void TriageSession::onReports(quint64 jobId, const std::vector<TherapistReport> &reports)
{
    if (jobId != m_jobId || reports.empty())
        return;
    for (const TherapistReport &report : reports)
        m_pending.push_back(ListedReport::of(report));
    queued();
}

void TriageSession::onListedReports(quint64 jobId, const ListedBatch &batch)
{
    if (jobId != m_jobId || !batch || batch->empty())
        return;
    // Taken, not copied: the rows were made on the worker thread and nobody else lists them.
    std::move(batch->begin(), batch->end(), std::back_inserter(m_pending));
    batch->clear();
    queued();
}

void TriageSession::queued()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TriageSession::onUnresolved(quint64 jobId, const UnresolvedTarget &target)
{
    if (jobId != m_jobId)
        return;
    m_unresolved->append(target);
    Q_EMIT unresolvedAdded(1);
}

void TriageSession::onProgress(quint64 jobId, int done, int total)
{
    if (jobId != m_jobId)
        return;
    if (m_jobIsScan && total > m_total) {
        // The scan's size is known: its rows' key indexes get their room once, not by rehashing every
        // key as they grow (30 to 50 ms each time past 40k and 80k rows).
        m_therapists->reserve(total);
        m_withoutEvidence.reserve(size_t(total));
    }
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
}

void TriageSession::onFinished(quint64 jobId, const QString &errorMessage)
{
    if (jobId != m_jobId)
        return;
    flush();
    m_therapists->setChecking({});
    m_jobId = 0;
    m_pendingTargets.clear();
    m_evidenceKey.clear();
    Q_EMIT busyChanged(false);
    Q_EMIT jobFinished(errorMessage);
    startWantedEvidence();
}

void TriageSession::flush()
{
    m_flushTimer.stop();
    while (!m_pending.empty())
        flushSome(m_pending.size());
}

void TriageSession::flushSlice()
{
    // One insertion per slice: each costs the proxy and the view a pass over their rows whatever its size,
    // so tiny steps cost more than they save (100 rows each stalled the window longer under
    // QSortFilterProxyModel); 500 rows keep a slice, its relayout and a repaint under 50 ms at 100k
    // rows on the shared 2-core machine (bench_list --load-only; 1,000 did not).
    flushSome(kRowsPerSlice);
    if (!m_pending.empty()) {
        QTimer::singleShot(0, this, [this, job = m_jobId] {
            if (job == m_jobId)
                flushSlice();
        });
    }
}

void TriageSession::flushSome(size_t most)
{
    if (m_pending.empty())
        return;
    // From the front of a deque: a slice costs what it takes, not what is still waiting behind it.
    const auto end = m_pending.begin() + std::ptrdiff_t(std::min(most, m_pending.size()));
    std::vector<ListedReport> batch(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(end));
    m_pending.erase(m_pending.begin(), end);
    QStringList keys;
    // Never a walk over every row: at 100,000 rows that alone stalled the window on each flush.
    QSet<QString> checking = m_therapists->checking();
    for (const ListedReport &listed : batch) {
        const QString &key = listed.row.key;
        keys << key;
        if (m_jobIsScan)
            m_withoutEvidence.insert(key);
        else
            m_withoutEvidence.erase(key);
        checking.remove(key);
    }
    // A scan's reports are held in full only while recent: its rows stay slim (issue 14).
    m_therapists->addRows(std::move(batch), m_jobIsScan ? TherapistListModel::Retention::Recent
                                                           : TherapistListModel::Retention::Keep);
    Q_EMIT reportsListed(m_jobId, keys);
    m_therapists->setChecking(checking);
}

} // namespace credsync
