#pragma once
// How long HubSpot's workflow takes to create each custom object after sign-up: the statistics of the
// delay report, as a pure function of the samples (no network, no SQL, no clock).
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace credsync::reports {

// One sign-up's first object of one type.
struct DelaySample
{
    QString contactId;
    QString objectType;   // the profile's object name ("Credentialing")
    QString objectId;
    QDateTime signupAt;   // the DB row's creation (UTC)
    QDateTime createdAt;  // the object's createdAt in HubSpot (UTC)
    std::optional<QDateTime> pullAt; // the backend's id pull that found nothing, when its log has it

    // Seconds from sign-up to the object's creation, to the millisecond.
    double delaySeconds() const;
};

struct TypeDelayStats
{
    QString objectType;
    int objects = 0;   // sign-ups of the window with an object of this type
    int missing = 0;   // sign-ups of the window with no object of this type yet
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    double foundAtCurrentDelay = 0; // fraction (0–1) of the objects created within the current delay
    double delayFor99 = 0;          // the smallest delay within which 99 % of the objects were created
    // From the id pull that found nothing to the object's creation, where the log has the pull.
    int pulls = 0;
    double pullToCreatedP50 = 0;
    double pullToCreatedMax = 0;
};

// Nearest-rank percentile: the smallest value v of `sortedValues` such that at least `percent` % of
// the values are ≤ v. 0 for no values.
double nearestRankPercentile(const std::vector<double> &sortedValues, double percent);

// Fraction (0–1) of the values ≤ limit; 0 for no values.
double fractionWithin(const std::vector<double> &values, double limit);

// Per object type, in the order of `objectTypes` (types without samples still get a row with their
// missing count). `signups` is the number of sign-ups in the window; missing = signups − objects.
std::vector<TypeDelayStats> computeDelayStats(const std::vector<DelaySample> &samples, int signups,
                                              const QStringList &objectTypes, int currentDelaySeconds);

// Histogram bins of `binSeconds` width from 0 (negative delays fall in the first bin, the last bin
// collects everything from its lower edge on); counts per bin.
struct DelayHistogram
{
    double binSeconds = 10;
    std::vector<int> counts;
};
DelayHistogram histogramOf(const std::vector<double> &delays, int maxBins = 30);

} // namespace credsync::reports
