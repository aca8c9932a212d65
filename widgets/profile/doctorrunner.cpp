#include "widgets/profile/doctorrunner.h"

#include <QThread>

namespace credsync {

DoctorRunner::DoctorRunner(QObject *parent)
    : QObject(parent)
{
}

DoctorRunner::~DoctorRunner()
{
    cancel();
}

void DoctorRunner::start(const Profile &profile)
{
    cancel();
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("doctor"));
    auto *doctor = new Doctor(profile);
    doctor->moveToThread(thread);
    // The documented pattern: the doctor is deleted on its own thread as that thread winds down (its
    // destructor cancels requests that live there), and the thread object once it has finished.
    connect(thread, &QThread::finished, doctor, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(doctor, &Doctor::checkDone, this, [this, thread](const DoctorCheck &check) {
        if (thread == m_thread)
            Q_EMIT checkDone(check);
    });
    connect(doctor, &Doctor::finished, this, [this, thread](bool allOk) {
        if (thread != m_thread)
            return;
        cancel();
        Q_EMIT finished(allOk);
    });
    m_thread = thread;
    m_doctor = doctor;
    thread->start();
    QMetaObject::invokeMethod(doctor, [doctor] { doctor->run(); }, Qt::QueuedConnection);
}

void DoctorRunner::cancel()
{
    if (!m_thread)
        return;
    QThread *thread = m_thread;
    m_thread = nullptr;
    m_doctor.clear();
    thread->quit();
    // A run stopped mid-way may be inside the blocking database open; wait so that nothing outlives
    // the runner (the open has its own timeout).
    thread->wait();
}

} // namespace credsync
