#pragma once
// Runs a Doctor on its own thread (it opens the database with a blocking call) and relays its checks to
// the thread that owns the runner through queued signals. One run at a time; a new run cancels the old.
#include "core/doctor.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace credsync {

class DoctorRunner : public QObject
{
    Q_OBJECT
public:
    explicit DoctorRunner(QObject *parent = nullptr);
    ~DoctorRunner() override;

    void start(const Profile &profile);
    // Drops the current run: its thread is told to stop and no more signals arrive from it.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void checkDone(const credsync::DoctorCheck &check);
    void finished(bool allOk);

private:
    QThread *m_thread = nullptr;
    QPointer<Doctor> m_doctor;
};

} // namespace credsync
