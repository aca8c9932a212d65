#include "threadedinspectionservice.h"

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

    m_thread.setObjectName(QStringLiteral("inspector"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();

    QMetaObject::invokeMethod(m_anchor, [this, profile = std::move(profile)]() mutable {
        auto *inspector = new Inspector(std::move(profile));
        m_inspector = inspector;
        // Signals cross to the GUI thread queued (the receiver lives there); `this` is only used as
        // the receiving context, never touched from this thread.
        connect(inspector, &Inspector::reportReady, this, &InspectionService::reportReady);
        connect(inspector, &Inspector::unresolved, this, &InspectionService::unresolved);
        connect(inspector, &Inspector::progress, this, &InspectionService::progress);
        connect(inspector, &Inspector::sourceHealthChanged, this, &InspectionService::sourceHealthChanged);
        connect(inspector, &Inspector::rateBudgetChanged, this, &InspectionService::rateBudgetChanged);
        connect(inspector, &Inspector::finished, this, [this](quint64 jobId, const Status &status) {
            Q_EMIT finished(jobId, status.ok() ? QString() : status.error().describe());
        });
        // The account is read here, on the inspector's thread, and handed over by value.
        connect(inspector, &Inspector::connected, inspector, [this, inspector](const Status &status) {
            const QString error = status.ok() ? QString() : status.error().describe();
            const AccountInfo account = inspector->accountInfo();
            QMetaObject::invokeMethod(this, [this, error, account] { onConnected(error, account); }, Qt::QueuedConnection);
        });
        inspector->connectSources();
    }, Qt::QueuedConnection);
}

ThreadedInspectionService::~ThreadedInspectionService()
{
    // Delete the inspector on its own thread before stopping the thread.
    QMetaObject::invokeMethod(m_anchor, [this] {
        delete m_inspector;
        m_inspector = nullptr;
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
    std::vector<std::pair<quint64, std::function<void(Inspector *)>>> waiting;
    waiting.swap(m_waiting);
    for (auto &[jobId, call] : waiting)
        whenConnected(jobId, std::move(call));
}

void ThreadedInspectionService::whenConnected(quint64 jobId, std::function<void(Inspector *)> call)
{
    if (!m_connected && !m_failed) {
        m_waiting.emplace_back(jobId, std::move(call));
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
