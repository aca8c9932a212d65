#include "fakeinspectionservice.h"

namespace credsync::test {

quint64 FakeInspectionService::inspect(const QStringList &targets)
{
    inspectCalls << targets;
    jobTargets.insert(++lastJob, targets);
    return lastJob;
}

quint64 FakeInspectionService::scan()
{
    ++scanCalls;
    return ++lastJob;
}

void FakeInspectionService::cancel(quint64 jobId)
{
    cancelled << jobId;
}

void FakeInspectionService::answer(quint64 jobId, const std::vector<TherapistReport> &world)
{
    if (!jobTargets.contains(jobId)) {
        int done = 0;
        for (const TherapistReport &report : world) {
            Q_EMIT reportReady(jobId, report);
            Q_EMIT progress(jobId, ++done, int(world.size()));
        }
        Q_EMIT finished(jobId, {});
        return;
    }
    const QStringList targets = jobTargets.value(jobId);
    int done = 0;
    for (const QString &target : targets) {
        bool found = false;
        for (const TherapistReport &report : world) {
            const Therapist &t = report.snapshot.therapist;
            if (target == t.contactId || target.compare(t.email, Qt::CaseInsensitive) == 0 || target == t.name
                || target == t.id || (!t.contactId.isEmpty() && target.contains(t.contactId))) {
                TherapistReport copy = report;
                copy.snapshot.target = target;
                Q_EMIT reportReady(jobId, copy);
                found = true;
                break;
            }
        }
        if (!found)
            Q_EMIT unresolved(jobId, {target, QStringLiteral("no therapist matches")});
        Q_EMIT progress(jobId, ++done, int(targets.size()));
    }
    Q_EMIT finished(jobId, {});
}

} // namespace credsync::test
