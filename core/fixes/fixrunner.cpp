#include "core/clock.h"
#include "fixrunner.h"

#include "autoplanner.h"
#include "auditstore.h"
#include "runjournal.h"

#include "resyncplanner.h"

#include <QPointer>

namespace credsync::fixes {

TherapistPlan planFor(const FixRequest &request, const FixState &state, const Profile &profile)
{
    if (request.automatic)
        return planAuto(state, profile);
    switch (request.kind) {
    case FixKind::PullIds: return planPullIds(state, profile, request.pullIds);
    case FixKind::Resync: return planResync(state, profile);
    case FixKind::Relabel: return planRelabel(state, profile, request.relabel);
    }
    return planPullIds(state, profile, request.pullIds);
}

struct FixRunner::Private
{
    FixGateway *gateway = nullptr;
    Profile profile;
    AuditStore *audit = nullptr;
    ApplyOptions options;
    bool busy = false;
    bool cancelled = false;

    FixRequest request;
    std::vector<FixSubject> subjects;
    FixPlan plan;
    std::function<void(const FixPlan &)> planDone;

    FixPlan applying;
    FixResult result;
    size_t next = 0;
    std::unique_ptr<TherapistApply> current;
    std::function<void(const FixResult &)> applyDone;
};

FixRunner::FixRunner(FixGateway *gateway, Profile profile, AuditStore *audit, ApplyOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->gateway = gateway;
    d->profile = std::move(profile);
    d->audit = audit;
    d->options = std::move(options);
}

FixRunner::~FixRunner() = default;

bool FixRunner::isBusy() const { return d->busy; }

void FixRunner::cancel()
{
    stop(QStringLiteral("cancelled"));
}

void FixRunner::stop(const QString &reason)
{
    d->cancelled = true;
    if (d->current)
        d->current->cancel(reason);
}

void FixRunner::plan(const FixRequest &request, const std::vector<FixSubject> &subjects, std::function<void(const FixPlan &)> done)
{
    d->busy = true;
    d->cancelled = false;
    d->request = request;
    d->subjects = subjects;
    d->plan = FixPlan{};
    d->plan.kind = request.kind;
    d->plan.profileName = d->profile.name;
    d->plan.plannedAt = clock::nowUtc();
    d->planDone = std::move(done);
    d->next = 0;
    planNext();
}

void FixRunner::planNext()
{
    if (d->next >= d->subjects.size() || d->cancelled) {
        d->busy = false;
        auto done = std::move(d->planDone);
        d->planDone = nullptr;
        if (done)
            done(d->plan);
        return;
    }
    const FixSubject subject = d->subjects[d->next];
    Q_EMIT progress(int(d->next), int(d->subjects.size()), QStringLiteral("planning %1").arg(subject.target.isEmpty() ? subject.key : subject.target));
    QPointer<FixRunner> self(this);
    d->gateway->readState(subject, [self, subject](Result<FixState> state) {
        if (!self)
            return;
        TherapistPlan entry;
        if (state) {
            FixRequest request = self->d->request;
            const std::optional<InterruptedRun> interrupted = self->interruptedRunFor(subject.contactId);
            if (interrupted && request.kind == FixKind::Relabel && request.relabel.assignments.empty())
                request.relabel.assignments = RunJournal::assignmentsFromTarget(interrupted->target, self->d->profile);
            entry = planFor(request, state.value(), self->d->profile);
            if (interrupted)
                entry.notes.prepend(QStringLiteral("resumes the %1: planned from HubSpot's current state%2")
                                        .arg(interrupted->summary(),
                                             request.relabel.assignments.empty() || request.kind != FixKind::Relabel
                                                 ? QString()
                                                 : QStringLiteral(" toward that run's target")));
        } else {
            entry.kind = self->d->request.kind;
            entry.therapist.id = subject.key;
            entry.therapist.contactId = subject.contactId;
            entry.refusal = QStringLiteral("could not read the therapist: %1").arg(state.error().describe());
        }
        entry.subject = subject;
        if (entry.subject.key.isEmpty())
            entry.subject.key = entry.therapist.id;
        if (self->d->profile.readOnly && !entry.refused())
            entry.refusal = QStringLiteral("the profile \"%1\" is read-only: fixes are disabled").arg(self->d->profile.name);
        self->d->plan.therapists.push_back(std::move(entry));
        ++self->d->next;
        self->planNext();
    });
}

std::optional<InterruptedRun> FixRunner::interruptedRunFor(const QString &contactId) const
{
    if (!d->audit || contactId.isEmpty())
        return std::nullopt;
    Result<std::vector<InterruptedRun>> found = RunJournal(d->audit->workspace()).interrupted(contactId);
    if (!found)
        return std::nullopt;
    for (const InterruptedRun &run : found.value()) {
        if (run.fix == fixKindName(d->request.kind))
            return run; // newest first
    }
    return std::nullopt;
}

void FixRunner::apply(const FixPlan &plan, std::function<void(const FixResult &)> done)
{
    d->busy = true;
    d->cancelled = false;
    d->applying = plan;
    d->result = FixResult{};
    d->result.kind = plan.kind;
    d->applyDone = std::move(done);
    d->next = 0;
    applyNext();
}

void FixRunner::applyNext()
{
    const size_t total = d->applying.therapists.size();
    if (d->next >= total) {
        d->busy = false;
        // Called from the last TherapistApply's own callback: free it once the stack has unwound.
        if (d->current)
            d->current.release()->deleteLater();
        auto done = std::move(d->applyDone);
        d->applyDone = nullptr;
        if (done)
            done(d->result);
        return;
    }
    const TherapistPlan &entry = d->applying.therapists[d->next];
    if (d->cancelled) {
        TherapistResult cancelled;
        cancelled.plan = entry;
        cancelled.outcome = entry.nothingToDo() ? FixOutcome::NothingToDo : FixOutcome::Cancelled;
        cancelled.message = QStringLiteral("cancelled before this therapist was started; nothing written");
        cancelled.leftToDo << QStringLiteral("not started: every step is still to do");
        d->result.cancelled = true;
        d->result.therapists.push_back(std::move(cancelled));
        ++d->next;
        applyNext();
        return;
    }
    Q_EMIT progress(int(d->next), int(total), QStringLiteral("applying %1 for %2").arg(fixKindName(entry.kind), entry.therapist.name.isEmpty() ? entry.therapist.id : entry.therapist.name));
    // The previous TherapistApply may still be on the stack (its callback called us): free it later.
    if (d->current)
        d->current.release()->deleteLater();
    d->current = std::make_unique<TherapistApply>(d->gateway, d->profile, d->audit, d->options);
    const QString key = entry.therapist.id;
    connect(d->current.get(), &TherapistApply::stepUpdated, this,
            [this, key](int index, const FixStep &step) { Q_EMIT stepUpdated(key, index, step); });
    QPointer<FixRunner> self(this);
    d->current->start(entry, [self](const TherapistResult &result) {
        if (!self)
            return;
        self->d->result.therapists.push_back(result);
        ++self->d->next;
        Q_EMIT self->progress(int(self->d->next), int(self->d->applying.therapists.size()), fixOutcomeName(result.outcome));
        self->applyNext();
    });
}

} // namespace credsync::fixes

#include "moc_fixrunner.cpp"
