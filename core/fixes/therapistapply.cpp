#include "therapistapply.h"

#include "auditstore.h"
#include "fingerprint.h"
#include "planwording.h"
#include "runjournal.h"
#include "statereport.h"

#include "../logging.h"

#include <QPointer>

#include <algorithm>

namespace credsync::fixes {

struct TherapistApply::Private
{
    FixGateway *gateway = nullptr;
    Profile profile;
    AuditStore *audit = nullptr;
    ApplyOptions options;
    TherapistPlan plan;
    FixState state;                 // re-read under the lock
    std::unique_ptr<FixLock> lock;
    qint64 runId = 0;
    std::function<void(const TherapistResult &)> done;
    QString failure;                // why the failed step failed
    bool compensationFailed = false;
    bool finished = false;
    bool stateIsCurrent = false;    // d->state was read after the last write
    std::vector<InterruptedRun> interrupted; // earlier runs of this fix on this contact whose process died
    QString cancelReason;           // non-empty: stop before the next step
};

namespace {

std::map<QString, QString> stringValues(const ValueMap &values)
{
    std::map<QString, QString> out;
    for (const auto &[name, value] : values)
        out[name] = value.value_or(QString()); // HubSpot clears a property with ""
    return out;
}

QStringList keysOf(const ValueMap &values)
{
    QStringList out;
    for (const auto &[name, value] : values)
        out << name;
    return out;
}

QString valuesMismatch(const ValueMap &expected, const ValueMap &read)
{
    QStringList out;
    for (const auto &[name, value] : expected) {
        const auto it = read.find(name);
        const std::optional<QString> now = it == read.end() ? std::nullopt : it->second;
        if (!sameValue(now, value))
            out << QStringLiteral("%1 is %2, expected %3").arg(name, wording::valueText(now), wording::valueText(value));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

TherapistApply::TherapistApply(FixGateway *gateway, Profile profile, AuditStore *audit, ApplyOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->gateway = gateway;
    d->profile = std::move(profile);
    d->audit = audit;
    d->options = std::move(options);
    if (d->options.operatorName.isEmpty())
        d->options.operatorName = currentOperator();
    if (d->options.profileName.isEmpty())
        d->options.profileName = d->profile.name;
}

TherapistApply::~TherapistApply() = default;

void TherapistApply::start(const TherapistPlan &plan, std::function<void(const TherapistResult &)> done)
{
    d->plan = plan;
    d->done = std::move(done);
    if (d->profile.readOnly) {
        finish(FixOutcome::ReadOnly, QStringLiteral("the profile \"%1\" is read-only: fixes are disabled").arg(d->profile.name));
        return;
    }
    if (plan.refused()) {
        finish(FixOutcome::Refused, plan.refusal);
        return;
    }
    if (plan.steps.empty()) {
        findInterrupted();
        if (!d->interrupted.empty()) {
            // A console died here, maybe holding the lock: take it over (journaled) and let it go, so that
            // nothing is left behind for the next one.
            if (Result<std::unique_ptr<FixLock>> lock = d->gateway->acquireLock(plan.therapist, holderText()); lock)
                journalTakeOver(**lock);
        }
        finish(FixOutcome::NothingToDo, QStringLiteral("nothing to do"));
        return;
    }
    if (d->audit) {
        // Every write is audited: without an audit trail nothing is applied.
        Result<qint64> run = d->audit->beginRun(plan, d->options.operatorName, d->options.profileName);
        if (!run) {
            finish(FixOutcome::Refused, QStringLiteral("nothing applied: %1").arg(run.error().message));
            return;
        }
        d->runId = run.value();
    }
    Result<std::unique_ptr<FixLock>> lock = d->gateway->acquireLock(plan.therapist, holderText());
    if (!lock) {
        const bool locked = lock.error().kind == Error::Kind::Locked;
        finish(locked ? FixOutcome::Locked : FixOutcome::Refused,
               locked ? lock.error().message : QStringLiteral("could not take the therapist's lock: %1").arg(lock.error().message));
        return;
    }
    d->lock = std::move(lock).value();
    journalTakeOver(*d->lock);
    findInterrupted();

    // Re-read under the lock: nothing that respects the lock can move between this read and the writes.
    QPointer<TherapistApply> self(this);
    d->gateway->readState(plan.subject, [self](Result<FixState> state) {
        if (!self)
            return;
        if (!state) {
            self->finish(FixOutcome::Refused, QStringLiteral("nothing applied: could not re-read the therapist: %1").arg(state.error().describe()));
            return;
        }
        self->d->state = std::move(state).value();
        self->d->stateIsCurrent = true;
        self->afterLock();
    });
}

void TherapistApply::afterLock()
{
    const QString now = fingerprint(d->state, d->plan.kind, d->profile);
    if (now != d->plan.fingerprint) {
        const QStringList differences = fingerprintDifferences(d->plan.state, d->state, d->plan.kind, d->profile);
        finishWithState(FixOutcome::ChangedSincePlanned,
                        QStringLiteral("changed since planned, nothing applied: %1")
                            .arg(differences.isEmpty() ? QStringLiteral("the state differs") : differences.join(QStringLiteral("; "))),
                        d->state);
        return;
    }
    logging::fix()->info("applying {} for therapist {} ({} steps)", fixKindName(d->plan.kind).toStdString(),
                         d->plan.therapist.id.toStdString(), d->plan.steps.size());
    runStep(0);
}

void TherapistApply::cancel(const QString &reason)
{
    if (d->finished || !d->cancelReason.isEmpty())
        return;
    d->cancelReason = reason.isEmpty() ? QStringLiteral("cancelled") : reason;
}

void TherapistApply::runStep(size_t index)
{
    if (index >= d->plan.steps.size()) {
        finalVerify();
        return;
    }
    if (!d->cancelReason.isEmpty() && d->plan.steps[index].attempts == 0) {
        // Between steps: nothing is in flight. Undo what was done so the contact is as it was.
        d->failure = QStringLiteral("%1 before step %2; nothing more was sent").arg(d->cancelReason).arg(index + 1);
        for (size_t later = index; later < d->plan.steps.size(); ++later)
            d->plan.steps[later].status = StepStatus::NotAttempted;
        logging::fix()->warn("{}", d->failure.toStdString());
        compensate(index);
        return;
    }
    FixStep &step = d->plan.steps[index];
    ++step.attempts;
    if (d->lock) {
        if (Status renewed = d->lock->renew(); !renewed) {
            // Someone took the lock over (our lease lapsed): writing on would race them.
            d->failure = QStringLiteral("stopped before step %1: %2").arg(index + 1).arg(renewed.error().message);
            for (size_t later = index; later < d->plan.steps.size(); ++later)
                d->plan.steps[later].status = StepStatus::NotAttempted;
            step.attempts = 0;
            compensate(index);
            return;
        }
    }
    audit(index, QStringLiteral("send")); // journaled before it leaves: a crash now leaves "sent, result unknown"
    QPointer<TherapistApply> self(this);
    write(step, false, [self, index](Result<Ok> written) {
        if (self)
            self->onStepWritten(index, written);
    });
}

void TherapistApply::onStepWritten(size_t index, const Status &written)
{
    QPointer<TherapistApply> self(this);
    readBack(d->plan.steps[index], false, [self, index, written](const QString &mismatch) {
        if (!self)
            return;
        FixStep &step = self->d->plan.steps[index];
        if (mismatch.isEmpty()) {
            step.status = StepStatus::Done;
            // A dropped connection may hide a write that landed: the read-back is what counts.
            step.message = written ? QString()
                                   : QStringLiteral("applied although the call reported: %1").arg(written.error().describe());
            self->audit(index, QStringLiteral("apply"));
            Q_EMIT self->stepUpdated(int(index), step);
            self->runStep(index + 1);
            return;
        }
        const QString why = written ? QStringLiteral("the read-back disagrees: %1").arg(mismatch) : written.error().describe();
        const bool retryable = !written ? written.error().isRetryable() : true;
        if (retryable && step.attempts < self->d->options.maxStepAttempts) {
            logging::fix()->warn("step {} attempt {} failed ({}), retrying", index + 1, step.attempts, why.toStdString());
            self->runStep(index);
            return;
        }
        step.status = StepStatus::Failed;
        step.message = why;
        self->d->failure = QStringLiteral("step %1 (%2) failed: %3").arg(index + 1).arg(step.description, why);
        self->audit(index, QStringLiteral("apply"));
        Q_EMIT self->stepUpdated(int(index), step);
        for (size_t later = index + 1; later < self->d->plan.steps.size(); ++later)
            self->d->plan.steps[later].status = StepStatus::NotAttempted;
        self->compensate(index);
    });
}

// Undoes, newest first, the steps before `remaining` that were done.
void TherapistApply::compensate(size_t remaining)
{
    while (remaining > 0 && d->plan.steps[remaining - 1].status != StepStatus::Done)
        --remaining;
    if (remaining == 0) {
        QPointer<TherapistApply> self(this);
        d->gateway->readState(d->plan.subject, [self](Result<FixState> state) {
            if (!self)
                return;
            const FixOutcome outcome = self->d->compensationFailed ? FixOutcome::FailedNotCompensated : FixOutcome::Failed;
            self->finishWithState(outcome, self->d->failure, state);
        });
        return;
    }
    const size_t index = remaining - 1;
    FixStep &step = d->plan.steps[index];
    step.attempts = 0;
    QPointer<TherapistApply> self(this);
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [self, index, attempt]() {
        if (!self)
            return;
        FixStep &current = self->d->plan.steps[index];
        ++current.attempts;
        self->write(current, true, [self, index, attempt](Result<Ok> written) {
            if (!self)
                return;
            self->readBack(self->d->plan.steps[index], true, [self, index, attempt, written](const QString &mismatch) {
                if (!self)
                    return;
                FixStep &undone = self->d->plan.steps[index];
                if (mismatch.isEmpty()) {
                    undone.status = StepStatus::Compensated;
                    undone.message = QStringLiteral("undone after a later step failed");
                } else if (undone.attempts < self->d->options.maxStepAttempts && (written.ok() || written.error().isRetryable())) {
                    (*attempt)();
                    return;
                } else {
                    undone.status = StepStatus::CompensationFailed;
                    undone.message = QStringLiteral("could not be undone: %1").arg(written ? mismatch : written.error().describe());
                    self->d->compensationFailed = true;
                }
                self->audit(index, QStringLiteral("compensate"));
                Q_EMIT self->stepUpdated(int(index), undone);
                *attempt = nullptr; // break the self-reference
                self->compensate(index);
            });
        });
    };
    (*attempt)();
}

void TherapistApply::finalVerify()
{
    QPointer<TherapistApply> self(this);
    d->gateway->readState(d->plan.subject, [self](Result<FixState> state) {
        if (!self)
            return;
        if (!state) {
            self->finishWithState(FixOutcome::VerifyFailed,
                                  QStringLiteral("every step was verified, but the final read failed: %1").arg(state.error().describe()), state);
            return;
        }
        const QStringList mismatches = planMismatches(self->d->plan, state.value());
        if (!mismatches.isEmpty()) {
            self->finishWithState(FixOutcome::VerifyFailed,
                                  QStringLiteral("the final state differs from the plan (someone else may be changing this contact): %1")
                                      .arg(mismatches.join(QStringLiteral("; "))),
                                  state);
            return;
        }
        self->finishWithState(FixOutcome::Applied, QStringLiteral("applied and verified"), state);
    });
}

void TherapistApply::finishWithState(FixOutcome outcome, const QString &message, const Result<FixState> &state)
{
    if (state) {
        d->state = state.value();
        d->stateIsCurrent = true;
        finish(outcome, message);
        return;
    }
    d->stateIsCurrent = false;
    finish(outcome, message + QStringLiteral(" (and the state could not be read back: %1)").arg(state.error().describe()));
}

void TherapistApply::finish(FixOutcome outcome, const QString &message)
{
    if (d->finished)
        return;
    d->finished = true;
    d->lock.reset(); // release before reporting, so a waiting console can go on

    TherapistResult result;
    result.plan = d->plan;
    result.outcome = outcome;
    result.message = message;
    result.auditRunId = d->runId;
    const bool wrote = std::any_of(d->plan.steps.begin(), d->plan.steps.end(), [](const FixStep &step) { return step.attempts > 0; });
    if (d->stateIsCurrent || (!wrote && !d->state.therapist.id.isEmpty())) {
        result.finalState = d->state;
        result.stateReport = describeState(d->state, d->profile, d->plan.kind);
    } else if (!d->plan.state.therapist.id.isEmpty()) {
        result.stateReport << (wrote ? QStringLiteral("(could not be read after the writes; as it was before the apply:)")
                                     : QStringLiteral("(as planned; not re-read:)"));
        result.stateReport << describeState(wrote && !d->state.therapist.id.isEmpty() ? d->state : d->plan.state, d->profile, d->plan.kind);
    }

    auto descriptions = [this](std::initializer_list<StepStatus> statuses) {
        QStringList out;
        for (const FixStep &step : d->plan.steps) {
            for (StepStatus status : statuses) {
                if (step.status == status)
                    out << step.description;
            }
        }
        return out;
    };
    switch (outcome) {
    case FixOutcome::Applied:
    case FixOutcome::NothingToDo:
        result.leftToDo = d->plan.notes;
        break;
    case FixOutcome::Refused:
    case FixOutcome::ReadOnly:
        result.leftToDo << QStringLiteral("nothing was written");
        break;
    case FixOutcome::Locked:
        result.lockHolder = message;
        result.leftToDo << QStringLiteral("nothing was written; apply again once the other console has finished");
        break;
    case FixOutcome::ChangedSincePlanned:
        result.leftToDo << QStringLiteral("nothing was written; plan again from the current state and review the new plan");
        break;
    case FixOutcome::Cancelled:
        result.leftToDo << QStringLiteral("not started: every step is still to do");
        break;
    case FixOutcome::Failed:
        result.leftToDo << QStringLiteral("every completed step was undone: the contact is as it was before the apply");
        for (const QString &text : descriptions({StepStatus::Compensated, StepStatus::Failed, StepStatus::NotAttempted}))
            result.leftToDo << QStringLiteral("still to do: %1").arg(text);
        result.leftToDo << QStringLiteral("apply again when the cause is gone");
        break;
    case FixOutcome::FailedNotCompensated:
        for (const QString &text : descriptions({StepStatus::CompensationFailed}))
            result.leftToDo << QStringLiteral("DONE AND NOT UNDONE (check by hand): %1").arg(text);
        for (const QString &text : descriptions({StepStatus::Compensated, StepStatus::Failed, StepStatus::NotAttempted}))
            result.leftToDo << QStringLiteral("still to do: %1").arg(text);
        break;
    case FixOutcome::VerifyFailed:
        result.leftToDo << QStringLiteral("inspect the therapist again; every step reported success but the final state differs");
        break;
    }
    for (FixStep &step : result.plan.steps) {
        if (step.status == StepStatus::Planned && !isSuccess(outcome))
            step.status = StepStatus::NotAttempted;
    }

    if (d->audit && d->runId > 0) {
        if (Status recorded = d->audit->finishRun(d->runId, result); !recorded)
            logging::fix()->error("{}", recorded.error().message.toStdString());
    }
    closeInterrupted(result);
    logging::fix()->info("{} for therapist {}: {} ({})", fixKindName(d->plan.kind).toStdString(), d->plan.therapist.id.toStdString(),
                         fixOutcomeName(outcome).toStdString(), message.toStdString());
    if (d->done) {
        auto done = std::move(d->done);
        d->done = nullptr;
        done(result);
    }
}

QString TherapistApply::holderText() const
{
    return QStringLiteral("%1 (credsync fix %2, profile %3)").arg(d->options.operatorName, fixKindName(d->plan.kind), d->options.profileName);
}

void TherapistApply::journalTakeOver(const FixLock &lock)
{
    const QString note = lock.takeOverNote();
    if (note.isEmpty() || !d->audit)
        return;
    // The lock's holder was gone or its lease lapsed: say so in the journal before writing anything.
    const LockEvent event{{}, d->plan.therapist.contactId, QStringLiteral("take-over"), d->options.operatorName,
                          d->runId > 0 ? QStringLiteral("run %1 took over the lock %2").arg(d->runId).arg(note)
                                       : QStringLiteral("an apply that found nothing left to do took over the lock %1").arg(note)};
    if (Status recorded = RunJournal(d->audit->workspace()).recordLockEvent(event); !recorded)
        logging::fix()->error("{}", recorded.error().message.toStdString());
}

void TherapistApply::findInterrupted()
{
    if (!d->audit || d->plan.therapist.contactId.isEmpty())
        return;
    Result<std::vector<InterruptedRun>> found = RunJournal(d->audit->workspace()).interrupted(d->plan.therapist.contactId);
    if (!found) {
        logging::fix()->error("{}", found.error().message.toStdString());
        return;
    }
    for (InterruptedRun &run : found.value()) {
        if (run.runId != d->runId && run.fix == fixKindName(d->plan.kind))
            d->interrupted.push_back(std::move(run));
    }
}

void TherapistApply::closeInterrupted(const TherapistResult &result)
{
    if (!d->audit || d->interrupted.empty())
        return;
    QString ending;
    switch (result.outcome) {
    case FixOutcome::Applied:
        ending = QStringLiteral("run %1 read HubSpot's current state and finished it: applied and verified").arg(d->runId);
        break;
    case FixOutcome::NothingToDo:
        ending = QStringLiteral("a later apply read HubSpot's current state and found nothing left to do");
        break;
    case FixOutcome::Failed:
        ending = QStringLiteral("run %1 tried to finish it and failed; its own steps were undone: %2").arg(d->runId).arg(result.message);
        break;
    case FixOutcome::FailedNotCompensated:
    case FixOutcome::VerifyFailed:
        ending = QStringLiteral("run %1 tried to finish it and did not end verified (check by hand): %2").arg(d->runId).arg(result.message);
        break;
    case FixOutcome::Refused:
    case FixOutcome::ReadOnly:
    case FixOutcome::ChangedSincePlanned:
    case FixOutcome::Locked:
    case FixOutcome::Cancelled:
        return; // nothing was written: the run stays interrupted for the next apply
    }
    RunJournal journal(d->audit->workspace());
    for (const InterruptedRun &run : d->interrupted) {
        const QString message = QStringLiteral("%1; %2").arg(run.summary(), ending);
        if (Status closed = journal.closeInterrupted(run.runId, d->runId, message); !closed)
            logging::fix()->error("{}", closed.error().message.toStdString());
        else
            logging::fix()->info("run {}: {}", run.runId, message.toStdString());
    }
    d->interrupted.clear();
}

void TherapistApply::audit(size_t index, const QString &phase)
{
    if (!d->audit || d->runId <= 0)
        return;
    if (Status recorded = d->audit->recordStep(d->runId, int(index), phase, d->plan.steps[index]); !recorded)
        logging::fix()->error("{}", recorded.error().message.toStdString());
}

Result<std::vector<AssociationType>> TherapistApply::typesFor(const FixStep &step, const QStringList &labels) const
{
    std::vector<AssociationType> types;
    for (const QString &label : labels) {
        const LabelDefinition *definition = d->state.labelDefinition(step.objectTypeId, label);
        if (!definition)
            return Error::make(Error::Kind::Validation, QStringLiteral("the portal has no label \"%1\" for this association").arg(label));
        types.push_back(*definition);
    }
    return types;
}

void TherapistApply::write(const FixStep &step, bool inverse, Done<Ok> done)
{
    const QString contactId = d->plan.therapist.contactId;
    switch (step.kind) {
    case FixStep::Kind::UpdateColumns: {
        // Inverse: only while the row still holds what this apply wrote.
        Status written = inverse ? d->gateway->updateColumns(d->plan.therapist.id, step.after, step.before)
                                 : d->gateway->updateColumns(d->plan.therapist.id, step.before, step.after);
        done(written);
        return;
    }
    case FixStep::Kind::UpdateProperties:
        d->gateway->updateProperties(step.objectTypeId, step.objectId, stringValues(inverse ? step.before : step.after), std::move(done));
        return;
    case FixStep::Kind::RemoveLabels:
    case FixStep::Kind::AddLabels: {
        const bool removing = (step.kind == FixStep::Kind::RemoveLabels) != inverse;
        if (!removing && !inverse && step.writeMethod == LabelWriteMethod::Put) {
            // The pair's full desired set (with the unlabeled type, so that replace semantics keep the
            // association): right under replace, and under append too because removals came first.
            Result<std::vector<AssociationType>> types = typesFor(step, step.labelsAfter);
            if (!types) {
                done(types.error());
                return;
            }
            if (const LabelDefinition *unlabeled = d->state.unlabeledDefinition(step.objectTypeId))
                types->insert(types->begin(), *unlabeled);
            d->gateway->putLabels(contactId, step.objectTypeId, step.objectId, types.value(), std::move(done));
            return;
        }
        Result<std::vector<AssociationType>> types = typesFor(step, step.labels);
        if (!types) {
            done(types.error());
            return;
        }
        if (removing)
            d->gateway->removeLabels(contactId, step.objectTypeId, step.objectId, types.value(), std::move(done));
        else
            d->gateway->addLabels(contactId, step.objectTypeId, step.objectId, types.value(), std::move(done));
        return;
    }
    }
}

void TherapistApply::readBack(const FixStep &step, bool inverse, std::function<void(QString)> done)
{
    const ValueMap &expected = inverse ? step.before : step.after;
    switch (step.kind) {
    case FixStep::Kind::UpdateColumns: {
        Result<ValueMap> read = d->gateway->readColumns(d->plan.therapist.id, keysOf(expected));
        done(read ? valuesMismatch(expected, read.value()) : QStringLiteral("could not read back: %1").arg(read.error().describe()));
        return;
    }
    case FixStep::Kind::UpdateProperties:
        d->gateway->readProperties(step.objectTypeId, step.objectId, keysOf(expected),
                                   [expected, done = std::move(done)](Result<ValueMap> read) {
                                       done(read ? valuesMismatch(expected, read.value())
                                                 : QStringLiteral("could not read back: %1").arg(read.error().describe()));
                                   });
        return;
    case FixStep::Kind::RemoveLabels:
    case FixStep::Kind::AddLabels: {
        const QStringList wanted = inverse ? step.labelsBefore : step.labelsAfter;
        const QString objectId = step.objectId;
        d->gateway->readAssociations(d->plan.therapist.contactId, step.objectTypeId,
                                     [wanted, objectId, done = std::move(done)](Result<std::vector<AssociatedObject>> read) {
                                         if (!read) {
                                             done(QStringLiteral("could not read back: %1").arg(read.error().describe()));
                                             return;
                                         }
                                         for (const AssociatedObject &association : read.value()) {
                                             if (association.toObjectId != objectId)
                                                 continue;
                                             const QStringList labels = association.labels();
                                             done(sameLabels(labels, wanted) ? QString()
                                                                             : QStringLiteral("object %1 carries %2, expected %3")
                                                                                   .arg(objectId, wording::labelsText(labels), wording::labelsText(wanted)));
                                             return;
                                         }
                                         done(QStringLiteral("object %1 is no longer associated with the contact").arg(objectId));
                                     });
        return;
    }
    }
}

} // namespace credsync::fixes

#include "moc_therapistapply.cpp"
