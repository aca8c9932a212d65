#include "planapplier.h"

#include "fixrunner.h"

#include "../clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>

namespace credsync::fixes {

std::map<QString, QString> readPlanJournal(const QString &path, const QString &digest)
{
    std::map<QString, QString> outcomes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return outcomes;
    while (!file.atEnd()) {
        try {
            const nlohmann::json line = nlohmann::json::parse(file.readLine().toStdString());
            if (line.value("plan", std::string()) == digest.toStdString())
                outcomes[QString::fromStdString(line.value("therapist_id", std::string()))] = QString::fromStdString(line.value("outcome", std::string()));
        } catch (const std::exception &) {
            // A torn last line (the run was killed while writing it) is ignored: that therapist is re-checked.
        }
    }
    return outcomes;
}

void appendPlanJournal(const QString &path, const QString &digest, const QString &therapistId, const QString &contactId,
                       const QString &outcome)
{
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return;
    const nlohmann::json line{{"plan", digest.toStdString()}, {"therapist_id", therapistId.toStdString()},
                              {"contact_id", contactId.toStdString()}, {"outcome", outcome.toStdString()},
                              {"at", clock::nowUtc().toString(Qt::ISODateWithMs).toStdString()}};
    file.write(QByteArray::fromStdString(line.dump()) + '\n');
    file.flush();
}

struct PlanApplier::Private
{
    FixRunner *runner = nullptr;
    PlanFile plan;
    QString journalPath;
    QString digest;
    std::map<QString, QString> journal;
    Progress progress;
    std::function<void(const PlanApplySummary &)> done;
    PlanApplySummary summary;
    size_t index = 0;
    bool stopRequested = false;
    bool finished = false;
};

PlanApplier::PlanApplier(FixRunner *runner, PlanFile plan, QString journalPath, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->runner = runner;
    d->plan = std::move(plan);
    d->journalPath = std::move(journalPath);
    d->digest = planDigest(d->plan);
}

PlanApplier::~PlanApplier() = default;

void PlanApplier::start(Progress progress, std::function<void(const PlanApplySummary &)> done)
{
    d->progress = std::move(progress);
    d->done = std::move(done);
    d->journal = readPlanJournal(d->journalPath, d->digest);
    next();
}

void PlanApplier::stop()
{
    d->stopRequested = true;
}

void PlanApplier::next()
{
    if (d->finished)
        return;
    const int total = int(d->plan.therapists.size());
    if (d->index >= d->plan.therapists.size() || d->stopRequested) {
        d->finished = true;
        d->summary.interrupted = d->index < d->plan.therapists.size();
        if (d->progress && !d->summary.interrupted)
            d->progress(total, total, QString());
        d->done(d->summary);
        return;
    }
    const PlanFileTherapist entry = d->plan.therapists[d->index++];
    const QString who = entry.name.isEmpty() ? entry.contactId : QStringLiteral("%1 (%2)").arg(entry.contactId, entry.name);
    if (d->progress)
        d->progress(int(d->index) - 1, total, who);
    QPointer<PlanApplier> self(this);
    auto continueLater = [self] {
        // Queued: a long plan never recurses through a chain of callbacks.
        QMetaObject::invokeMethod(self, [self] { if (self) self->next(); }, Qt::QueuedConnection);
    };
    if (auto earlier = d->journal.find(entry.therapistId); earlier != d->journal.end()
        && (earlier->second == fixOutcomeName(FixOutcome::Applied) || earlier->second == fixOutcomeName(FixOutcome::NothingToDo))) {
        d->summary.appliedEarlier << who;
        continueLater();
        return;
    }
    FixRequest request;
    request.kind = d->plan.kind;
    const FixSubject subject{entry.therapistId, entry.contactId, entry.contactId.isEmpty() ? entry.therapistId : entry.contactId};
    d->runner->plan(request, {subject}, [self, entry, who, continueLater](const FixPlan &fresh) {
        if (!self)
            return;
        Private &p = *self->d;
        if (fresh.therapists.empty()) {
            p.summary.skipped << tr("%1: not found any more").arg(who);
            continueLater();
            return;
        }
        const TherapistPlan &now = fresh.therapists.front();
        if (now.nothingToDo()) {
            // Already correct needs no approval to stay so.
            p.summary.alreadyCorrect << who;
            continueLater();
            return;
        }
        if (now.fingerprint != entry.fingerprint) {
            p.summary.skipped << tr("%1: changed since it was planned; plan it again").arg(who);
            continueLater();
            return;
        }
        if (now.refused()) {
            p.summary.skipped << tr("%1: %2").arg(who, now.refusal);
            continueLater();
            return;
        }
        if (planStepsJson(now) != entry.steps) {
            p.summary.skipped << tr("%1: the plan made now differs from the approved one; plan it again").arg(who);
            continueLater();
            return;
        }
        p.runner->apply(fresh, [self, entry, who, continueLater](const FixResult &result) {
            if (!self)
                return;
            Private &q = *self->d;
            const TherapistResult &applied = result.therapists.front();
            appendPlanJournal(q.journalPath, q.digest, entry.therapistId, entry.contactId, fixOutcomeName(applied.outcome));
            if (applied.outcome == FixOutcome::Applied)
                q.summary.appliedAndVerified << who;
            else if (applied.outcome == FixOutcome::NothingToDo)
                q.summary.alreadyCorrect << who;
            else if (applied.outcome == FixOutcome::ChangedSincePlanned || applied.outcome == FixOutcome::Locked)
                q.summary.skipped << tr("%1: %2: %3").arg(who, fixOutcomeName(applied.outcome), applied.message);
            else
                q.summary.failed << tr("%1: %2: %3; state now: %4")
                                        .arg(who, fixOutcomeName(applied.outcome), applied.message, applied.stateReport.join(QStringLiteral("; ")));
            continueLater();
        });
    });
}

} // namespace credsync::fixes

#include "moc_planapplier.cpp"
