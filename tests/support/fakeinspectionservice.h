#pragma once
// An InspectionService that records what the window asked for and answers only when a test says so,
// so widget tests control exactly which job answers, in which order, and when it finishes.
#include "widgets/session/inspectionservice.h"

#include <QHash>

#include <vector>

namespace credsync::test {

class FakeInspectionService : public InspectionService
{
    Q_OBJECT
public:
    using InspectionService::InspectionService;

    quint64 inspect(const QStringList &targets) override;
    quint64 scan() override;
    void cancel(quint64 jobId) override;

    // Answers a job from `world`: a target naming a therapist (contact id, email, name, uuid) yields its
    // report, anything else comes back unresolved; then the job finishes.
    void answer(quint64 jobId, const std::vector<TherapistReport> &world);

    QList<QStringList> inspectCalls;
    QHash<quint64, QStringList> jobTargets; // absent for scans: a scan answers with the whole world
    int scanCalls = 0;
    QList<quint64> cancelled;
    quint64 lastJob = 0;
};

} // namespace credsync::test
