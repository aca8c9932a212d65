#include "widgets/common/workerthread.h"

namespace credsync {

WorkerThread::WorkerThread(const QString &name, QObject *parent)
    : QObject(parent)
    , m_anchor(new QObject)
{
    m_thread.setObjectName(name);
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    QMetaObject::invokeMethod(m_anchor, [this] {
        if (m_teardown)
            m_teardown();
        delete m_anchor;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WorkerThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_anchor, std::move(work), Qt::QueuedConnection);
}

} // namespace credsync
