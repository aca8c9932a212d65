#pragma once
// Applies an approved PLAN.json therapist by therapist through a FixRunner (its lock, its read-back
// verification, its audit, the HubSpot client's throttle): re-plans each therapist from a fresh read,
// skips the ones whose fingerprint or steps changed since approval, journals each outcome to a file so
// that a second run of the same plan resumes, and can be stopped after the therapist in flight.
// Asynchronous (callbacks on the runner's thread); the CLI waits on its main loop, the window does not.
#include "planfile.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace credsync::fixes {

class FixRunner;

struct PlanApplySummary
{
    QStringList appliedAndVerified;   // "contact (name)"
    QStringList alreadyCorrect;
    QStringList appliedEarlier;       // by an interrupted run of the same plan (the journal)
    QStringList skipped;              // "contact: why"
    QStringList failed;               // "contact: outcome: message; state now: …"
    bool interrupted = false;
    bool succeeded() const { return skipped.isEmpty() && failed.isEmpty() && !interrupted; }
};

// The journal: one JSON line per therapist applied, tagged with the plan's digest.
std::map<QString, QString> readPlanJournal(const QString &path, const QString &digest);
void appendPlanJournal(const QString &path, const QString &digest, const QString &therapistId, const QString &contactId,
                       const QString &outcome);

class PlanApplier : public QObject
{
    Q_OBJECT
public:
    // runner is not owned and must outlive the applier.
    PlanApplier(FixRunner *runner, PlanFile plan, QString journalPath, QObject *parent = nullptr);
    ~PlanApplier() override;

    using Progress = std::function<void(int done, int total, const QString &therapist)>;
    void start(Progress progress, std::function<void(const PlanApplySummary &)> done);
    // Stops after the therapist in flight; the summary says interrupted.
    void stop();

private:
    void next();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace credsync::fixes
