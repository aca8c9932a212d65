#pragma once
// Applies one therapist's plan: lock → re-read and compare the fingerprint → each step written,
// verified by reading back, retried when retryable → on a step that stays failed, the completed steps
// undone in reverse (each verified) → the final state verified and reported line by line → audit.
// Asynchronous on the caller's thread (callbacks from the gateway); no nested event loops.
#include "fixgateway.h"
#include "fixtypes.h"

#include <QObject>

#include <functional>
#include <memory>

namespace credsync::fixes {

class AuditStore;

struct ApplyOptions
{
    int maxStepAttempts = 3;  // per step, on top of the transport's own retries
    QString operatorName;     // OS user; currentOperator() when empty
    QString profileName;
};

class TherapistApply : public QObject
{
    Q_OBJECT
public:
    // gateway and audit are not owned; audit may be null (then nothing is recorded — tests only).
    TherapistApply(FixGateway *gateway, Profile profile, AuditStore *audit, ApplyOptions options, QObject *parent = nullptr);
    ~TherapistApply() override;

    // Calls done exactly once (unless this object is destroyed first).
    void start(const TherapistPlan &plan, std::function<void(const TherapistResult &)> done);
    // Stops before the next step: the step in flight is verified (read back) as usual, the completed
    // steps are undone in reverse, and the run ends Failed with `reason` ("stopped by SIGTERM").
    // Before the first write nothing happens and the run ends Cancelled.
    void cancel(const QString &reason);

Q_SIGNALS:
    void stepUpdated(int index, const credsync::fixes::FixStep &step);

private:
    void afterLock();
    void runStep(size_t index);
    void onStepWritten(size_t index, const Status &written);
    void compensate(size_t remaining);
    void onCompensated(size_t index, const Status &written);
    void finalVerify();
    void finish(FixOutcome outcome, const QString &message);
    void finishWithState(FixOutcome outcome, const QString &message, const Result<FixState> &state);

    // Writes one step (or its inverse) and reads it back: done gets an empty string when the read-back
    // matches, otherwise what was read.
    void write(const FixStep &step, bool inverse, Done<Ok> done);
    void readBack(const FixStep &step, bool inverse, std::function<void(QString mismatch)> done);
    Result<std::vector<AssociationType>> typesFor(const FixStep &step, const QStringList &labels) const;
    void audit(size_t index, const QString &phase);
    void findInterrupted();
    QString holderText() const;
    void journalTakeOver(const FixLock &lock);
    void closeInterrupted(const TherapistResult &result);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace credsync::fixes
