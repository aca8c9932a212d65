#include "widgets/session/threadedinspectionservice.h"

#include "widgets/fixes/inspectorfixes.h"
#include "widgets/session/reportbatcher.h"

#include "core/fixes/fixhistory.h"

#include <QPointer>
#include <QTimer>

namespace credsync {

ThreadedInspectionService::ThreadedInspectionService(Profile profile, QObject *parent)
    : InspectionService(parent)
    , m_anchor(new QObject)
{
    qRegisterMetaType<TherapistReport>();
    qRegisterMetaType<UnresolvedTarget>();
    qRegisterMetaType<SourceHealth>();
    qRegisterMetaType<Status>();
    qRegisterMetaType<InspectOptions>();
    // Both features' tables exist before any workspace is opened, on either thread.
    fixes::AuditStore::registerMigrations();

    m_thread.setObjectName(QStringLiteral("inspector"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();

    QMetaObject::invokeMethod(m_anchor, [this, profile = std::move(profile)]() mutable {
        auto *inspector = new Inspector(profile);
        inspector->setFixHistory(fixes::workspaceFixLookup(profile)); // opened on this thread, used only here
        m_inspector = inspector;
        // Signals cross to the GUI thread queued (the receiver lives there); `this` is only used as
        // the receiving context, never touched from this thread.
        // Reports (and the progress that comes with each) are batched here and cross in one queued
        // call per batch; anything else of a job flushes the batch first, so the GUI sees the same
        // order as before. Superseded jobs' reports are still dropped by the session (by job id).
        m_batcher = new ReportBatcher(ReportBatcher::queuedTo(this));
        m_batchTimer = new QTimer(m_anchor);
        m_batchTimer->setSingleShot(true);
        m_batchTimer->setInterval(20);
        connect(m_batchTimer, &QTimer::timeout, m_anchor, [this] { m_batcher->flush(); });
        auto armTail = [this] {
            if (!m_batcher->isEmpty() && !m_batchTimer->isActive())
                m_batchTimer->start();
        };
        connect(inspector, &Inspector::reportReady, m_anchor, [this, armTail](quint64 jobId, const TherapistReport &report) {
            m_batcher->add(jobId, report);
            armTail();
        });
        connect(inspector, &Inspector::progress, m_anchor, [this, armTail](quint64 jobId, int done, int total) {
            m_batcher->setProgress(jobId, done, total);
            armTail();
        });
        connect(inspector, &Inspector::unresolved, m_anchor, [this](quint64 jobId, const UnresolvedTarget &target) {
            m_batcher->flush();
            QMetaObject::invokeMethod(this, [this, jobId, target] { Q_EMIT unresolved(jobId, target); }, Qt::QueuedConnection);
        });
        connect(inspector, &Inspector::sourceHealthChanged, this, &InspectionService::sourceHealthChanged);
        connect(inspector, &Inspector::rateBudgetChanged, this, &InspectionService::rateBudgetChanged);
        connect(inspector, &Inspector::finished, m_anchor, [this](quint64 jobId, const Status &status) {
            m_batcher->flush();
            const QString error = status.ok() ? QString() : status.error().describe();
            QMetaObject::invokeMethod(this, [this, jobId, error] { Q_EMIT finished(jobId, error); }, Qt::QueuedConnection);
        });
        // The account is read here, on the inspector's thread, and handed over by value.
        connect(inspector, &Inspector::connected, inspector, [this, inspector](const Status &status) {
            const QString error = status.ok() ? QString() : status.error().describe();
            const AccountInfo account = inspector->accountInfo();
            QMetaObject::invokeMethod(this, [this, error, account] { onConnected(error, account); }, Qt::QueuedConnection);
        });
        m_fixes = new InspectorFixes(inspector);
        inspector->connectSources();
    }, Qt::QueuedConnection);
}

ThreadedInspectionService::~ThreadedInspectionService()
{
    // Delete the inspector on its own thread before stopping the thread.
    QMetaObject::invokeMethod(m_anchor, [this] {
        delete m_fixes; // its runner, gateway and audit connection belong to this thread
        m_fixes = nullptr;
        delete m_inspector;
        m_inspector = nullptr;
        delete m_batcher; // what still waits belongs to a window that is closing
        m_batcher = nullptr;
        delete m_anchor;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ThreadedInspectionService::onConnected(const QString &errorMessage, const AccountInfo &account)
{
    m_connected = errorMessage.isEmpty();
    m_failed = !m_connected;
    m_connectError = errorMessage;
    Q_EMIT sourcesConnected(errorMessage, account);
    std::vector<Waiting> waiting;
    waiting.swap(m_waiting);
    for (Waiting &entry : waiting)
        whenConnected(entry.jobId, std::move(entry.call), std::move(entry.failed));
}

void ThreadedInspectionService::whenConnected(quint64 jobId, std::function<void(Inspector *)> call, Failure failed)
{
    if (!m_connected && !m_failed) {
        m_waiting.push_back({jobId, std::move(call), std::move(failed)});
        return;
    }
    if (m_failed && failed) {
        QMetaObject::invokeMethod(this, [failed, error = m_connectError] { failed(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_failed) {
        // Jobs on sources that never opened finish at once with the reason, so the window's progress
        // indicator never waits for an answer that cannot come.
        QMetaObject::invokeMethod(this, [this, jobId] { Q_EMIT finished(jobId, m_connectError); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_anchor, [this, call = std::move(call)] {
        if (m_inspector)
            call(m_inspector);
    }, Qt::QueuedConnection);
}

quint64 ThreadedInspectionService::inspect(const QStringList &targets)
{
    const quint64 jobId = ++m_lastJob;
    whenConnected(jobId, [jobId, targets](Inspector *inspector) { inspector->inspect(jobId, targets, InspectOptions{}); });
    return jobId;
}

quint64 ThreadedInspectionService::scan()
{
    const quint64 jobId = ++m_lastJob;
    whenConnected(jobId, [jobId](Inspector *inspector) {
        InspectOptions options;
        options.withEvidence = false; // the list needs findings; evidence comes when one is opened
        inspector->scan(jobId, options);
    });
    return jobId;
}

void ThreadedInspectionService::cancel(quint64 jobId)
{
    QMetaObject::invokeMethod(m_anchor, [this, jobId] {
        if (m_inspector)
            m_inspector->cancel(jobId);
    }, Qt::QueuedConnection);
}

} // namespace credsync

namespace credsync {

void ThreadedInspectionService::withRunner(quint64 requestId, std::function<void(fixes::FixRunner *)> call,
                                           std::function<void(const QString &)> unavailable)
{
    auto refuse = [this, unavailable](const QString &reason) {
        QMetaObject::invokeMethod(this, [unavailable, reason] { unavailable(reason); }, Qt::QueuedConnection);
    };
    whenConnected(requestId, [this, call = std::move(call), refuse](Inspector *) {
        QString error;
        fixes::FixRunner *runner = m_fixes ? m_fixes->runner(&error) : nullptr;
        if (!runner)
            refuse(error);
        else if (runner->isBusy())
            refuse(tr("another fix is being planned or applied; wait for it to finish"));
        else
            call(runner);
    }, unavailable);
}

quint64 ThreadedInspectionService::planFix(const fixes::FixRequest &request, const std::vector<fixes::FixSubject> &subjects)
{
    const quint64 requestId = ++m_lastJob;
    withRunner(requestId, [this, requestId, request, subjects](fixes::FixRunner *runner) {
        // The runner's signals are re-emitted on the GUI thread with the request id, for this request only.
        auto *context = new QObject;
        connect(runner, &fixes::FixRunner::progress, context, [this, requestId](int done, int total, const QString &text) {
            QMetaObject::invokeMethod(this, [=, this] { Q_EMIT fixProgress(requestId, done, total, text); }, Qt::QueuedConnection);
        });
        m_planning = requestId;
        runner->plan(request, subjects, [this, requestId, context](const fixes::FixPlan &plan) {
            context->deleteLater();
            if (m_planning == requestId)
                m_planning = 0;
            QMetaObject::invokeMethod(this, [this, requestId, plan] { Q_EMIT fixPlanned(requestId, plan, {}); }, Qt::QueuedConnection);
        });
    }, [this, requestId](const QString &error) { Q_EMIT fixPlanned(requestId, {}, error); });
    return requestId;
}

quint64 ThreadedInspectionService::applyFix(const fixes::FixPlan &plan)
{
    const quint64 requestId = ++m_lastJob;
    withRunner(requestId, [this, requestId, plan](fixes::FixRunner *runner) {
        if (const QString auditError = m_fixes->auditError(); !auditError.isEmpty()) {
            QMetaObject::invokeMethod(this, [this, requestId, auditError] { Q_EMIT fixApplied(requestId, {}, auditError); },
                                      Qt::QueuedConnection);
            return;
        }
        m_applying = requestId;
        auto *context = new QObject;
        connect(runner, &fixes::FixRunner::progress, context, [this, requestId](int done, int total, const QString &text) {
            QMetaObject::invokeMethod(this, [=, this] { Q_EMIT fixProgress(requestId, done, total, text); }, Qt::QueuedConnection);
        });
        connect(runner, &fixes::FixRunner::stepUpdated, context,
                [this, requestId](const QString &key, int index, const fixes::FixStep &step) {
                    QMetaObject::invokeMethod(this, [=, this] { Q_EMIT fixStepUpdated(requestId, key, index, step); },
                                              Qt::QueuedConnection);
                });
        runner->apply(plan, [this, requestId, context](const fixes::FixResult &result) {
            context->deleteLater();
            m_applying = 0;
            QMetaObject::invokeMethod(this, [this, requestId, result] { Q_EMIT fixApplied(requestId, result, {}); },
                                      Qt::QueuedConnection);
        });
    }, [this, requestId](const QString &error) { Q_EMIT fixApplied(requestId, {}, error); });
    return requestId;
}

void ThreadedInspectionService::cancelFix(quint64 requestId)
{
    QMetaObject::invokeMethod(m_anchor, [this, requestId] {
        QString error;
        // Only the request in flight is cancelled; a late cancel must not stop the next fix.
        if (m_fixes && requestId != 0 && (m_applying == requestId || m_planning == requestId))
            if (fixes::FixRunner *runner = m_fixes->runner(&error))
                runner->cancel();
    }, Qt::QueuedConnection);
}

quint64 ThreadedInspectionService::recheck(const QStringList &targets, int delaySeconds)
{
    const quint64 requestId = ++m_lastJob;
    whenConnected(requestId, [this, requestId, targets, delaySeconds](Inspector *inspector) {
        // Parented to the anchor: deleted with the inspector's thread objects if still waiting.
        auto *recheck = new fixes::FixRecheck(inspector, requestId, m_anchor);
        connect(recheck, &fixes::FixRecheck::finished, recheck,
                [this, requestId, recheck](const std::vector<fixes::RecheckOutcome> &outcomes, const Status &status) {
                    const QString error = status.ok() ? QString() : status.error().describe();
                    QMetaObject::invokeMethod(this, [this, requestId, outcomes, error] { Q_EMIT rechecked(requestId, outcomes, error); },
                                              Qt::QueuedConnection);
                    recheck->deleteLater();
                });
        recheck->start(targets, delaySeconds);
    }, [this, requestId](const QString &error) { Q_EMIT rechecked(requestId, {}, error); });
    return requestId;
}

} // namespace credsync
