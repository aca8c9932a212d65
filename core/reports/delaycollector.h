#pragma once
// Gathers the delay report's facts from the live sources the way a scan does: the therapists table
// paged by key, HubSpot association batch reads (1,000 contacts) and object batch reads (100 objects)
// through the shared, rate-limited client, and one Loki range query for the id pulls that found
// nothing. Runs on the sources' thread; no nested event loop.
#include "delayreport.h"

#include "../profile.h"
#include "../types.h"
#include "../result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace credsync::pipeline {
struct Sources;
}

namespace credsync::reports {

struct DelayRequest
{
    DelayWindow window;
    int currentDelaySeconds = 60;
    int batchSize = 1000; // therapists per round of HubSpot reads
};

class DelayCollector : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<DelayReport>)>;
    using Progress = std::function<void(int done, int total)>;

    DelayCollector(pipeline::Sources *sources, QObject *parent = nullptr);
    ~DelayCollector() override;

    void run(const DelayRequest &request, Progress progress, Done done);
    void cancel();

private:
    void nextRound();
    void finishIfDone();

    struct Private;
    std::unique_ptr<Private> d;
};

// The first object of each profile type per therapist, with the id pull before it when the log has one:
// pure, so that the test can check it on hand-made inputs.
struct SignupObjects
{
    Therapist therapist;
    std::vector<HubSpotObject> objects;
};
std::vector<DelaySample> samplesFrom(const std::vector<SignupObjects> &signups, const Profile &profile,
                                     const std::map<QString, std::vector<QDateTime>> &pullsByContact);

} // namespace credsync::reports
