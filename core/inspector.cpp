#include "core/clock.h"
#include "inspector.h"

#include "db/therapistrepository.h"
#include "diagnosis/diagnosis.h"
#include "evidence/eventextractor.h"
#include "evidence/lokiclient.h"
#include "evidence/sentryclient.h"
#include "evidence/timeline.h"
#include "hubspot/hubspotclient.h"
#include "logging.h"
#include "net/httptransport.h"
#include "pipeline/detailpacker.h"
#include "pipeline/evidencegatherer.h"
#include "pipeline/hubspotgatherer.h"
#include "pipeline/sourcefactory.h"
#include "pipeline/targetresolver.h"

#include <QTimer>

#include <map>

namespace credsync {

namespace {
constexpr int kScanPageSize = 1000; // HubSpot's maximum inputs of one association batch read

void registerMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<InspectOptions>();
        qRegisterMetaType<SourceHealth>();
        qRegisterMetaType<TherapistReport>();
        qRegisterMetaType<UnresolvedTarget>();
        qRegisterMetaType<Status>();
        return true;
    }();
    Q_UNUSED(registered);
}
} // namespace

struct Job
{
    quint64 id = 0;
    bool scan = false;
    InspectOptions options;
    std::unique_ptr<pipeline::TargetResolver> resolver;
    std::unique_ptr<pipeline::HubSpotGatherer> gatherer;
    std::unique_ptr<pipeline::EvidenceGatherer> evidence;
    std::unique_ptr<pipeline::DetailPacker> details; // scan: object reads packed across pages
    int fetched = 0;      // scan: therapists read from the database so far
    int outstanding = 0;  // therapists gathered but not yet reported
    int reported = 0;
    int total = 0;
    QString afterKey;     // scan: keyset position
    bool exhausted = false;
};

struct Inspector::Private
{
    Inspector *q = nullptr;
    Profile profile;
    std::function<QDateTime()> clock = [] { return clock::nowUtc(); };
    std::function<QDateTime(const Therapist &)> fixHistory;
    pipeline::Sources sources;
    bool connected = false;
    std::map<quint64, std::unique_ptr<Job>> jobs;
    // Finished jobs, destroyed on the next turn of the event loop (a job may finish from inside one of
    // its own callbacks), or with the inspector if no turn comes (LeakSanitizer found jobs left behind
    // when the inspector went before a zero timer fired).
    std::vector<std::unique_ptr<Job>> retired;

    Job *job(quint64 id)
    {
        auto it = jobs.find(id);
        return it == jobs.end() ? nullptr : it->second.get();
    }

    void finish(quint64 id, const Status &status)
    {
        auto it = jobs.find(id);
        if (it == jobs.end())
            return;
        // The job may be finishing from inside one of its own callbacks: destroy it on the next turn.
        retired.push_back(std::move(it->second));
        jobs.erase(it);
        QTimer::singleShot(0, q, [this] { retired.clear(); });
        Q_EMIT q->finished(id, status);
    }

    void report(Job *job, const QString &target, const Therapist &therapist, std::vector<HubSpotObject> objects,
                const QString &hubspotProblem, pipeline::GatheredEvidence evidence, bool evidenceRead)
    {
        TherapistReport report;
        TherapistSnapshot &snapshot = report.snapshot;
        snapshot.target = target;
        snapshot.therapist = therapist;
        snapshot.objects = std::move(objects);
        snapshot.hubspotLoaded = hubspotProblem.isEmpty();
        if (!hubspotProblem.isEmpty())
            snapshot.problems.push_back({QStringLiteral("hubspot"), hubspotProblem});
        snapshot.logs = std::move(evidence.logs);
        snapshot.errors = std::move(evidence.errors);
        for (SourceProblem &problem : evidence.problems)
            snapshot.problems.push_back(std::move(problem));
        snapshot.evidenceWindows = std::move(evidence.windows);
        snapshot.logEvents = evidence::extractEvents(snapshot.logs, profile.loki, profile.idColumns());
        snapshot.takenAt = clock();
        snapshot.evidenceRead = evidenceRead;
        if (fixHistory)
            snapshot.fixVerifiedAt = fixHistory(therapist);
        report.findings = diagnosis::diagnose(snapshot, profile, snapshot.takenAt);
        report.timeline = evidence::buildTimeline(snapshot, profile, sources.account, sources.exploreUrlFor(therapist, snapshot));
        ++job->reported;
        Q_EMIT q->reportReady(job->id, report);
        Q_EMIT q->progress(job->id, job->reported, std::max(job->total, job->reported));
    }

    // Reports every gathered therapist, reading evidence first when asked to; calls then() when all are out.
    void deliver(quint64 jobId, std::vector<pipeline::ResolvedTherapist> therapists, pipeline::GatheredHubSpot gathered,
                 std::function<bool(const TherapistReport &)> wantsEvidence, std::function<void()> then)
    {
        Job *job = this->job(jobId);
        if (!job)
            return;
        // One extra count holds the job open while the loop runs, so that an answer delivered
        // synchronously cannot call then() before (and again after) the loop.
        job->outstanding += int(therapists.size()) + 1;
        auto shared = std::make_shared<pipeline::GatheredHubSpot>(std::move(gathered));
        for (pipeline::ResolvedTherapist &resolved : therapists) {
            const QString key = resolved.therapist.id;
            std::vector<HubSpotObject> objects = shared->objects[key];
            const QString problem = shared->problems.count(key) ? shared->problems[key] : QString();
            bool evidenceWanted = job->options.withEvidence && sources.hasEvidence();
            if (evidenceWanted && wantsEvidence) {
                TherapistReport preview;
                preview.snapshot.therapist = resolved.therapist;
                preview.snapshot.objects = objects;
                preview.snapshot.hubspotLoaded = problem.isEmpty();
                preview.findings = diagnosis::diagnose(preview.snapshot, profile, clock());
                evidenceWanted = wantsEvidence(preview);
            }
            if (!evidenceWanted) {
                report(job, resolved.target, resolved.therapist, std::move(objects), problem, {}, false);
                --job->outstanding;
                continue;
            }
            QDateTime earliest = resolved.therapist.createdAt;
            for (const HubSpotObject &object : objects) {
                if (object.createdAt.isValid() && (!earliest.isValid() || object.createdAt < earliest))
                    earliest = object.createdAt;
            }
            job->evidence->gather(resolved.therapist, earliest,
                                  [this, jobId, resolved, objects, problem, then](pipeline::GatheredEvidence evidence) {
                                      Job *job = this->job(jobId);
                                      if (!job)
                                          return;
                                      report(job, resolved.target, resolved.therapist, objects, problem, std::move(evidence), true);
                                      if (--job->outstanding == 0)
                                          then();
                                  });
        }
        if (--job->outstanding == 0)
            then();
    }

    // Object details (creation times, archived state) are needed for a contact with a finding, or with
    // two or more objects of one type (the definition of the scan's minimum requests).
    bool needsDetails(const TherapistReport &report) const
    {
        if (!report.findings.empty())
            return true;
        std::map<QString, int> perType;
        for (const HubSpotObject &object : report.snapshot.objects) {
            if (++perType[object.typeId] > 1)
                return true;
        }
        return false;
    }

    // One scanned therapist, objects complete: diagnosis, evidence when asked for and broken, report.
    void scanReport(Job *job, TherapistReport report, bool diagnosed = false)
    {
        TherapistSnapshot &snapshot = report.snapshot;
        if (!diagnosed)
            diagnoseScanned(report);
        if (job->options.withEvidence && sources.hasEvidence() && !report.findings.empty()) {
            ++job->outstanding;
            QDateTime earliest = snapshot.therapist.createdAt;
            for (const HubSpotObject &object : snapshot.objects) {
                if (object.createdAt.isValid() && (!earliest.isValid() || object.createdAt < earliest))
                    earliest = object.createdAt;
            }
            const quint64 jobId = job->id;
            auto pending = std::make_shared<TherapistReport>(std::move(report));
            job->evidence->gather(pending->snapshot.therapist, earliest, [this, jobId, pending](pipeline::GatheredEvidence evidence) {
                Job *job = this->job(jobId);
                if (!job)
                    return;
                --job->outstanding;
                this->report(job, pending->snapshot.target, pending->snapshot.therapist, std::move(pending->snapshot.objects),
                             pending->snapshot.problems.empty() ? QString() : pending->snapshot.problems.front().message,
                             std::move(evidence), true);
                maybeFinishScan(jobId);
            });
            return;
        }
        snapshot.logEvents = evidence::extractEvents(snapshot.logs, profile.loki, profile.idColumns());
        report.timeline = evidence::buildTimeline(snapshot, profile, sources.account, sources.exploreUrlFor(snapshot.therapist, snapshot));
        ++job->reported;
        Q_EMIT q->reportReady(job->id, report);
        Q_EMIT q->progress(job->id, job->reported, std::max(job->total, job->reported));
    }

    // The diagnosis of ids and labels, before any evidence: what a scan reports unless --evidence.
    void diagnoseScanned(TherapistReport &report) const
    {
        TherapistSnapshot &snapshot = report.snapshot;
        snapshot.takenAt = clock();
        snapshot.evidenceRead = false;
        if (fixHistory)
            snapshot.fixVerifiedAt = fixHistory(snapshot.therapist);
        report.findings = diagnosis::diagnose(snapshot, profile, snapshot.takenAt);
    }

    static TherapistReport scanned(pipeline::ResolvedTherapist resolved, std::vector<HubSpotObject> objects, QString problem)
    {
        TherapistReport report;
        TherapistSnapshot &snapshot = report.snapshot;
        snapshot.target = std::move(resolved.target);
        snapshot.therapist = std::move(resolved.therapist);
        snapshot.objects = std::move(objects);
        snapshot.hubspotLoaded = problem.isEmpty();
        if (!problem.isEmpty())
            snapshot.problems.push_back({QStringLiteral("hubspot"), std::move(problem)});
        return report;
    }

    void maybeFinishScan(quint64 jobId)
    {
        Job *job = this->job(jobId);
        if (job && job->exhausted && job->outstanding == 0 && (!job->details || job->details->idle()))
            finish(jobId, Ok{});
    }

    void nextScanPage(quint64 jobId)
    {
        Job *job = this->job(jobId);
        if (!job)
            return;
        int pageSize = job->options.pageSize > 0 ? job->options.pageSize : kScanPageSize;
        if (job->options.limit > 0)
            pageSize = std::min(pageSize, job->options.limit - job->fetched);
        Result<std::vector<Therapist>> rows = pageSize > 0 ? sources.repository->page(job->afterKey, pageSize)
                                                           : Result<std::vector<Therapist>>(std::vector<Therapist>{});
        if (!rows) {
            finish(jobId, rows.error());
            return;
        }
        if (rows->empty()) {
            // No more therapists: the last, partly filled object batches go out now.
            job->exhausted = true;
            job->details->flush();
            maybeFinishScan(jobId);
            return;
        }
        job->afterKey = rows->back().id;
        job->fetched += int(rows->size());
        // The page is handed to the gatherer first and moved into the callback after (argument order is
        // unspecified, so not in the same call).
        auto page = std::make_shared<std::vector<Therapist>>(std::move(rows).value());
        job->gatherer->gather(*page, [](const QString &, const std::vector<HubSpotObject> &) { return false; },
                              [this, jobId, page](pipeline::GatheredHubSpot gathered) {
                                  Job *job = this->job(jobId);
                                  if (!job)
                                      return;
                                  if (gathered.fatal) {
                                      finish(jobId, *gathered.fatal);
                                      return;
                                  }
                                  for (Therapist &therapist : *page) {
                                      const QString key = therapist.id;
                                      QString target = therapist.contactId.isEmpty() ? therapist.id : therapist.contactId;
                                      auto problem = gathered.problems.find(key);
                                      TherapistReport report = scanned({std::move(target), std::move(therapist)},
                                                                       std::move(gathered.objects[key]),
                                                                       problem == gathered.problems.end() ? QString() : problem->second);
                                      if (!report.snapshot.hubspotLoaded) {
                                          scanReport(job, std::move(report));
                                          continue;
                                      }
                                      diagnoseScanned(report);
                                      if (!needsDetails(report)) {
                                          scanReport(job, std::move(report), true);
                                          continue;
                                      }
                                      job->details->add({std::move(report.snapshot.target), std::move(report.snapshot.therapist)},
                                                        std::move(report.snapshot.objects));
                                  }
                                  // Yield to the event loop between pages so the GUI stays live.
                                  QTimer::singleShot(0, q, [this, jobId] { nextScanPage(jobId); });
                              });
    }
};

Inspector::Inspector(Profile profile, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    registerMetaTypes();
    d->q = this;
    d->profile = std::move(profile);
}

Inspector::~Inspector()
{
    for (auto &[id, job] : d->jobs) {
        if (job->resolver) job->resolver->cancel();
        if (job->gatherer) job->gatherer->cancel();
        if (job->evidence) job->evidence->cancel();
        if (job->details) job->details->cancel();
    }
    d->jobs.clear();
}

const Profile &Inspector::profile() const { return d->profile; }
AccountInfo Inspector::accountInfo() const { return d->sources.account; }
void Inspector::setClock(std::function<QDateTime()> clock) { d->clock = std::move(clock); }
void Inspector::setFixHistory(std::function<QDateTime(const Therapist &)> lastVerifiedFix)
{
    d->fixHistory = std::move(lastVerifiedFix);
}
QDateTime Inspector::now() const { return d->clock(); }
pipeline::Sources *Inspector::sources() { return d->connected ? &d->sources : nullptr; }

void Inspector::connectSources()
{
    pipeline::connectSources(d->profile, d->sources, this, [this](const SourceHealth &health) {
        Q_EMIT sourceHealthChanged(health);
    }, [this](Status status) {
        d->connected = status.ok();
        // Each connect builds a new client, so this connection is made once per client.
        if (d->sources.hubspot) {
            connect(d->sources.hubspot.get(), &hubspot::HubSpotClient::rateBudgetChanged, this,
                    [this](const hubspot::RateBudget &budget) { Q_EMIT rateBudgetChanged(budget.remaining, budget.max); });
        }
        Q_EMIT connected(status);
    });
}

void Inspector::inspect(quint64 jobId, const QStringList &targets, const InspectOptions &options)
{
    if (!d->connected) {
        Q_EMIT finished(jobId, Error::make(Error::Kind::Config, QStringLiteral("sources are not connected")));
        return;
    }
    auto job = std::make_unique<Job>();
    job->id = jobId;
    job->options = options;
    job->resolver = std::make_unique<pipeline::TargetResolver>(d->sources.repository.get(), d->sources.hubspot.get(),
                                                               d->sources.account);
    job->gatherer = std::make_unique<pipeline::HubSpotGatherer>(d->sources.hubspot.get(), d->profile);
    job->evidence = d->sources.makeEvidenceGatherer();
    job->evidence->setClock(d->clock);
    Job *raw = job.get();
    d->jobs[jobId] = std::move(job);

    raw->resolver->resolve(targets, [this, jobId](pipeline::Resolution resolution) {
        Job *job = d->job(jobId);
        if (!job)
            return;
        for (const UnresolvedTarget &target : resolution.unresolved)
            Q_EMIT unresolved(jobId, target);
        if (resolution.fatal) {
            d->finish(jobId, *resolution.fatal);
            return;
        }
        job->total = int(resolution.therapists.size());
        Q_EMIT progress(jobId, 0, job->total);
        std::vector<Therapist> therapists;
        for (const pipeline::ResolvedTherapist &resolved : resolution.therapists)
            therapists.push_back(resolved.therapist);
        auto resolved = std::make_shared<std::vector<pipeline::ResolvedTherapist>>(std::move(resolution.therapists));
        job->gatherer->gather(therapists, [](const QString &, const std::vector<HubSpotObject> &) { return true; },
                              [this, jobId, resolved](pipeline::GatheredHubSpot gathered) {
                                  if (!d->job(jobId))
                                      return;
                                  if (gathered.fatal) {
                                      d->finish(jobId, *gathered.fatal);
                                      return;
                                  }
                                  d->deliver(jobId, *resolved, std::move(gathered), nullptr,
                                             [this, jobId] { d->finish(jobId, Ok{}); });
                              });
    });
}

void Inspector::scan(quint64 jobId, const InspectOptions &options)
{
    if (!d->connected) {
        Q_EMIT finished(jobId, Error::make(Error::Kind::Config, QStringLiteral("sources are not connected")));
        return;
    }
    auto job = std::make_unique<Job>();
    job->id = jobId;
    job->scan = true;
    job->options = options;
    job->gatherer = std::make_unique<pipeline::HubSpotGatherer>(d->sources.hubspot.get(), d->profile);
    job->evidence = d->sources.makeEvidenceGatherer();
    job->evidence->setClock(d->clock);
    pipeline::HubSpotGatherer *gatherer = job->gatherer.get();
    job->details = std::make_unique<pipeline::DetailPacker>(
        d->sources.hubspot.get(), [gatherer](const QString &typeId) { return gatherer->propertiesFor(typeId); },
        [this, jobId](pipeline::ResolvedTherapist therapist, std::vector<HubSpotObject> objects, QString problem) {
            if (Job *job = d->job(jobId)) {
                d->scanReport(job, Private::scanned(std::move(therapist), std::move(objects), std::move(problem)));
                d->maybeFinishScan(jobId);
            }
        },
        [this, jobId](const Error &error) { d->finish(jobId, error); });
    if (Result<qint64> count = d->sources.repository->count(); count)
        job->total = int(options.limit > 0 ? std::min<qint64>(options.limit, *count) : *count);
    d->jobs[jobId] = std::move(job);
    Q_EMIT progress(jobId, 0, d->jobs[jobId]->total);
    d->nextScanPage(jobId);
}

void Inspector::cancel(quint64 jobId)
{
    Job *job = d->job(jobId);
    if (!job)
        return;
    if (job->resolver) job->resolver->cancel();
    if (job->gatherer) job->gatherer->cancel();
    if (job->evidence) job->evidence->cancel();
    if (job->details) job->details->cancel();
    d->finish(jobId, Error::make(Error::Kind::Cancelled, QStringLiteral("cancelled")));
}

} // namespace credsync
