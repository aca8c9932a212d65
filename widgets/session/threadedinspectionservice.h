#pragma once
// Hosts core's Inspector on its own thread: it makes blocking database calls, which must never run on
// the GUI thread. The Inspector is created, used and destroyed on that thread (its network and SQL
// objects belong there); the GUI talks to it only through queued calls and queued signals.
#include "widgets/session/inspectionservice.h"

#include <QThread>

#include <functional>
#include <vector>

namespace credsync {

class InspectorFixes;

class ThreadedInspectionService : public InspectionService
{
    Q_OBJECT
public:
    explicit ThreadedInspectionService(Profile profile, QObject *parent = nullptr);
    ~ThreadedInspectionService() override;

    quint64 inspect(const QStringList &targets) override;
    quint64 scan() override;
    void cancel(quint64 jobId) override;

    bool fixesAvailable() const override { return true; }
    quint64 planFix(const fixes::FixRequest &request, const std::vector<fixes::FixSubject> &subjects) override;
    quint64 applyFix(const fixes::FixPlan &plan) override;
    void cancelFix(quint64 requestId) override;
    quint64 recheck(const QStringList &targets, int delaySeconds) override;

    bool isConnected() const { return m_connected; }

private:
    // Runs `call` on the worker thread once the sources are connected (queued until then). When they
    // cannot be connected, `failed` gets the reason on the GUI thread (default: finished(jobId, reason)).
    using Failure = std::function<void(const QString &)>;
    void whenConnected(quint64 jobId, std::function<void(Inspector *)> call, Failure failed = {});
    void onConnected(const QString &errorMessage, const AccountInfo &account);
    // Runs `call` with the fix runner on the worker thread; when there is none (or it is busy),
    // `unavailable` is called on the GUI thread with the reason instead.
    void withRunner(quint64 requestId, std::function<void(fixes::FixRunner *)> call,
                    std::function<void(const QString &)> unavailable);

    QThread m_thread;
    QObject *m_anchor = nullptr;       // lives on the worker thread: the context for queued calls
    Inspector *m_inspector = nullptr;  // created and deleted on the worker thread
    InspectorFixes *m_fixes = nullptr; // likewise
    quint64 m_lastJob = 0;
    quint64 m_applying = 0;            // worker thread only: the apply request in flight
    quint64 m_planning = 0;            // worker thread only: the plan request in flight
    bool m_connected = false;
    bool m_failed = false;
    QString m_connectError;
    struct Waiting
    {
        quint64 jobId;
        std::function<void(Inspector *)> call;
        Failure failed;
    };
    std::vector<Waiting> m_waiting;
};

} // namespace credsync
