#include "delaystats.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace credsync::reports {

double DelaySample::delaySeconds() const
{
    if (!signupAt.isValid() || !createdAt.isValid())
        return 0;
    return double(signupAt.msecsTo(createdAt)) / 1000.0;
}

double nearestRankPercentile(const std::vector<double> &sortedValues, double percent)
{
    if (sortedValues.empty())
        return 0;
    const double n = double(sortedValues.size());
    // ceil(p/100 × n) computed on integers of per-mille to avoid 0.99 × 100 = 98.99999… surprises.
    const qint64 rank = (qint64(std::llround(percent * 1000)) * qint64(sortedValues.size()) + 99999) / 100000;
    const qint64 index = std::clamp<qint64>(rank, 1, qint64(n)) - 1;
    return sortedValues[size_t(index)];
}

double fractionWithin(const std::vector<double> &values, double limit)
{
    if (values.empty())
        return 0;
    const auto within = std::count_if(values.begin(), values.end(), [limit](double v) { return v <= limit; });
    return double(within) / double(values.size());
}

std::vector<TypeDelayStats> computeDelayStats(const std::vector<DelaySample> &samples, int signups,
                                              const QStringList &objectTypes, int currentDelaySeconds)
{
    std::map<QString, std::vector<double>> delays;
    std::map<QString, std::vector<double>> pullDelays;
    for (const DelaySample &sample : samples) {
        delays[sample.objectType].push_back(sample.delaySeconds());
        if (sample.pullAt && sample.pullAt->isValid())
            pullDelays[sample.objectType].push_back(double(sample.pullAt->msecsTo(sample.createdAt)) / 1000.0);
    }
    QStringList order = objectTypes;
    for (const auto &[type, values] : delays) {
        if (!order.contains(type))
            order << type;
    }
    std::vector<TypeDelayStats> out;
    for (const QString &type : order) {
        std::vector<double> values = delays[type];
        std::sort(values.begin(), values.end());
        TypeDelayStats stats;
        stats.objectType = type;
        stats.objects = int(values.size());
        stats.missing = std::max(0, signups - stats.objects);
        stats.p50 = nearestRankPercentile(values, 50);
        stats.p90 = nearestRankPercentile(values, 90);
        stats.p99 = nearestRankPercentile(values, 99);
        stats.max = values.empty() ? 0 : values.back();
        stats.foundAtCurrentDelay = fractionWithin(values, currentDelaySeconds);
        stats.delayFor99 = stats.p99;
        std::vector<double> pulls = pullDelays[type];
        std::sort(pulls.begin(), pulls.end());
        stats.pulls = int(pulls.size());
        stats.pullToCreatedP50 = nearestRankPercentile(pulls, 50);
        stats.pullToCreatedMax = pulls.empty() ? 0 : pulls.back();
        out.push_back(stats);
    }
    return out;
}

DelayHistogram histogramOf(const std::vector<double> &delays, int maxBins)
{
    DelayHistogram histogram;
    if (delays.empty() || maxBins <= 0)
        return histogram;
    const double top = std::max(1.0, *std::max_element(delays.begin(), delays.end()));
    // A round bin width (1, 2, 5 × 10^k seconds) so that the axis reads naturally.
    const double raw = top / maxBins;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double width = magnitude;
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        width = step * magnitude;
        if (width >= raw)
            break;
    }
    histogram.binSeconds = width;
    const int bins = std::clamp(int(std::floor(top / width)) + 1, 1, maxBins);
    histogram.counts.assign(size_t(bins), 0);
    for (double delay : delays) {
        const int bin = std::clamp(int(std::floor(std::max(0.0, delay) / width)), 0, bins - 1);
        ++histogram.counts[size_t(bin)];
    }
    return histogram;
}

} // namespace credsync::reports
