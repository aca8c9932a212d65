#include "delaycollector.h"

#include "../evidence/eventextractor.h"
#include "../evidence/lokiclient.h"
#include "../evidence/logql.h"
#include "../db/therapistrepository.h"
#include "../pipeline/hubspotgatherer.h"
#include "../pipeline/sourcefactory.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>

namespace credsync::reports {

namespace {

constexpr int kPageSize = 1000;
constexpr int kLokiLinesPerPage = 1000;

} // namespace

std::vector<DelaySample> samplesFrom(const std::vector<SignupObjects> &signups, const Profile &profile,
                                     const std::map<QString, std::vector<QDateTime>> &pullsByContact)
{
    std::vector<DelaySample> samples;
    for (const SignupObjects &signup : signups) {
        for (const ObjectTypeProfile &type : profile.objects) {
            const HubSpotObject *first = nullptr;
            for (const HubSpotObject &object : signup.objects) {
                if (object.typeId != type.typeId || !object.createdAt.isValid())
                    continue;
                if (!first || object.createdAt < first->createdAt)
                    first = &object;
            }
            if (!first)
                continue;
            DelaySample sample;
            sample.contactId = signup.therapist.contactId;
            sample.objectType = type.name;
            sample.objectId = first->id;
            sample.signupAt = signup.therapist.createdAt;
            sample.createdAt = first->createdAt;
            // The pull that counts is the last one that found nothing before the object existed.
            if (auto pulls = pullsByContact.find(signup.therapist.contactId); pulls != pullsByContact.end()) {
                for (const QDateTime &pull : pulls->second) {
                    if (pull >= sample.signupAt && pull <= sample.createdAt && (!sample.pullAt || pull > *sample.pullAt))
                        sample.pullAt = pull;
                }
            }
            samples.push_back(sample);
        }
    }
    std::stable_sort(samples.begin(), samples.end(),
                     [](const DelaySample &a, const DelaySample &b) { return a.signupAt < b.signupAt; });
    return samples;
}

struct DelayCollector::Private
{
    pipeline::Sources *sources = nullptr;
    DelayRequest request;
    Progress progress;
    Done done;
    std::vector<Therapist> signups;
    size_t next = 0;
    std::vector<SignupObjects> gathered;
    std::map<QString, std::vector<QDateTime>> pulls;
    QStringList problems;
    std::unique_ptr<pipeline::HubSpotGatherer> gatherer;
    evidence::PagedRequest lokiRequest;
    bool hubspotDone = false;
    bool lokiDone = false;
    bool finished = false;
};

DelayCollector::DelayCollector(pipeline::Sources *sources, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->sources = sources;
}

DelayCollector::~DelayCollector()
{
    cancel();
}

void DelayCollector::cancel()
{
    if (d->gatherer)
        d->gatherer->cancel();
    d->lokiRequest.cancel();
    d->finished = true;
}

void DelayCollector::run(const DelayRequest &request, Progress progress, Done done)
{
    d->request = request;
    d->progress = std::move(progress);
    d->done = std::move(done);
    if (!d->sources || !d->sources->repository || !d->sources->hubspot) {
        d->finished = true;
        d->done(Error::make(Error::Kind::Internal, tr("the delay report needs connected sources"), QStringLiteral("report")));
        return;
    }
    // 1. Every sign-up of the window, paging the table by key like a scan.
    QString afterKey;
    for (;;) {
        Result<std::vector<Therapist>> rows = d->sources->repository->page(afterKey, kPageSize);
        if (!rows) {
            d->finished = true;
            d->done(rows.error());
            return;
        }
        if (rows->empty())
            break;
        afterKey = rows->back().id;
        for (Therapist &therapist : rows.value()) {
            if (therapist.createdAt.isValid() && therapist.createdAt >= request.window.start
                && therapist.createdAt < request.window.end)
                d->signups.push_back(std::move(therapist));
        }
    }
    const Profile &profile = d->sources->profile;
    d->gatherer = std::make_unique<pipeline::HubSpotGatherer>(d->sources->hubspot.get(), profile);

    // 2. The id pulls that found nothing, in one range query over the window (plus the time the
    // workflow may take after its last sign-up).
    if (d->sources->loki && !d->signups.empty()) {
        const QString query = QStringLiteral("%1 |~ %2").arg(profile.loki.selector,
                                                            evidence::logQlString(QStringLiteral("(?i)associated custom objects")));
        QPointer<DelayCollector> self(this);
        d->sources->loki->setMaxTotalLines(200000);
        d->lokiRequest = d->sources->loki->queryRange(
            query, request.window.start, request.window.end.addSecs(3600), kLokiLinesPerPage,
            [self](Result<std::vector<LogLine>> lines) {
                if (!self || self->d->finished)
                    return;
                if (!lines) {
                    self->d->problems << tr("the id pulls are left out: %1").arg(lines.error().describe());
                } else {
                    for (const LogEvent &event : evidence::extractEvents(lines.value(), self->d->sources->profile.loki, {})) {
                        if (event.kind == LogEvent::Kind::PullFoundNothing && !event.contactId.isEmpty())
                            self->d->pulls[event.contactId].push_back(event.time);
                    }
                }
                self->d->lokiDone = true;
                self->finishIfDone();
            });
    } else {
        if (!d->sources->loki && !d->sources->lokiProblem.isEmpty())
            d->problems << tr("the id pulls are left out: %1").arg(d->sources->lokiProblem);
        d->lokiDone = true;
    }
    // 3. HubSpot, one batch round at a time.
    nextRound();
}

void DelayCollector::nextRound()
{
    if (d->finished)
        return;
    if (d->progress)
        d->progress(int(d->next), int(d->signups.size()));
    if (d->next >= d->signups.size()) {
        d->hubspotDone = true;
        finishIfDone();
        return;
    }
    const size_t batch = size_t(std::max(1, d->request.batchSize));
    const size_t end = std::min(d->signups.size(), d->next + batch);
    std::vector<Therapist> round(d->signups.begin() + qsizetype(d->next), d->signups.begin() + qsizetype(end));
    d->next = end;
    QPointer<DelayCollector> self(this);
    d->gatherer->gather(round, [](const QString &, const std::vector<HubSpotObject> &) { return true; },
                        [self, round](pipeline::GatheredHubSpot gathered) {
                            if (!self || self->d->finished)
                                return;
                            if (gathered.fatal) {
                                self->d->finished = true;
                                self->d->lokiRequest.cancel();
                                self->d->done(*gathered.fatal);
                                return;
                            }
                            int unreadable = 0;
                            for (const Therapist &therapist : round) {
                                if (gathered.problems.count(therapist.id)) {
                                    ++unreadable;
                                    continue;
                                }
                                self->d->gathered.push_back({therapist, gathered.objects[therapist.id]});
                            }
                            if (unreadable > 0)
                                self->d->problems << tr("%1 sign-ups could not be read from HubSpot and are left out.").arg(unreadable);
                            // Queued, so that a long window never recurses through a chain of callbacks.
                            QMetaObject::invokeMethod(self, [self] { if (self) self->nextRound(); }, Qt::QueuedConnection);
                        });
}

void DelayCollector::finishIfDone()
{
    if (d->finished || !d->hubspotDone || !d->lokiDone)
        return;
    d->finished = true;
    DelayReport report;
    report.window = d->request.window;
    report.currentDelaySeconds = d->request.currentDelaySeconds;
    for (const ObjectTypeProfile &type : d->sources->profile.objects)
        report.objectTypes << type.name;
    report.signups = int(d->gathered.size());
    report.samples = samplesFrom(d->gathered, d->sources->profile, d->pulls);
    report.problems = d->problems;
    report.computeStats();
    d->done(std::move(report));
}

} // namespace credsync::reports

#include "moc_delaycollector.cpp"
