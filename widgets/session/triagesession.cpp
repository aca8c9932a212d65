#include "widgets/session/triagesession.h"

#include "widgets/session/inspectionservice.h"
#include "models/therapistlistmodel.h"
#include "models/therapiststatus.h"

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
    m_pending.push_back(report);
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
    std::vector<TherapistReport> batch;
    if (m_pending.size() <= most) {
        batch.swap(m_pending);
    } else {
        batch.assign(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.begin() + qsizetype(most)));
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(most));
    }
    QStringList keys;
    // Never a walk over every row: at 100,000 rows that alone stalled the window on each flush.
    QSet<QString> checking = m_therapists->checking();
    for (const TherapistReport &report : batch) {
        keys << TherapistStatus::key(report);
        if (m_jobIsScan)
            m_withoutEvidence.insert(TherapistStatus::key(report));
        else
            m_withoutEvidence.remove(TherapistStatus::key(report));
        checking.remove(TherapistStatus::key(report));
    }
    // A scan's reports are held in full only while recent: its rows stay slim (issue 14).
    m_therapists->addReports(std::move(batch), m_jobIsScan ? TherapistListModel::Retention::Recent
                                                           : TherapistListModel::Retention::Keep);
    Q_EMIT reportsListed(m_jobId, keys);
    m_therapists->setChecking(checking);
}

} // namespace credsync
