#pragma once
// A thread of its own for a dialog's reads (the database and the network), as the inspector has
// (ThreadedInspectionService): the objects a job creates there live and die there, the window's
// thread never waits on a query. post() runs work on the thread; answers come back with
// QMetaObject::invokeMethod(receiver, …, Qt::QueuedConnection), dropped if the receiver is gone.
#include <QObject>
#include <QThread>

#include <functional>

namespace credsync {

class WorkerThread : public QObject
{
    Q_OBJECT
public:
    explicit WorkerThread(const QString &name, QObject *parent = nullptr);
    // Runs the teardown on the thread (it deletes what lives there), then stops the thread.
    ~WorkerThread() override;

    void post(std::function<void()> work);
    void setTeardown(std::function<void()> teardown) { m_teardown = std::move(teardown); }
    // A QObject living on the thread: the context for connections made there.
    QObject *context() const { return m_anchor; }

private:
    QThread m_thread;
    QObject *m_anchor;
    std::function<void()> m_teardown;
};

} // namespace credsync
