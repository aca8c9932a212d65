#pragma once
// Hosts core's Inspector on its own thread: it makes blocking database calls, which must never run on
// the GUI thread. The Inspector is created, used and destroyed on that thread (its network and SQL
// objects belong there); the GUI talks to it only through queued calls and queued signals.
#include "inspectionservice.h"

#include <QThread>

#include <functional>
#include <vector>

namespace credsync {

class ThreadedInspectionService : public InspectionService
{
    Q_OBJECT
public:
    explicit ThreadedInspectionService(Profile profile, QObject *parent = nullptr);
    ~ThreadedInspectionService() override;

    quint64 inspect(const QStringList &targets) override;
    quint64 scan() override;
    void cancel(quint64 jobId) override;

    bool isConnected() const { return m_connected; }

private:
    // Runs `call` on the worker thread once the sources are connected (queued until then).
    void whenConnected(quint64 jobId, std::function<void(Inspector *)> call);
    void onConnected(const QString &errorMessage, const AccountInfo &account);

    QThread m_thread;
    QObject *m_anchor = nullptr;       // lives on the worker thread: the context for queued calls
    Inspector *m_inspector = nullptr;  // created and deleted on the worker thread
    quint64 m_lastJob = 0;
    bool m_connected = false;
    bool m_failed = false;
    QString m_connectError;
    std::vector<std::pair<quint64, std::function<void(Inspector *)>>> m_waiting;
};

} // namespace credsync
