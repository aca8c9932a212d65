#include "scandiff.h"

#include <QCoreApplication>

namespace credsync::scans {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct ScanDiffText
{
    Q_DECLARE_TR_FUNCTIONS(ScanDiff)
};

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
}

nlohmann::json changeToJson(const TherapistChange &change, bool showEmails)
{
    nlohmann::json codes = nlohmann::json::array();
    for (const QString &code : change.now.codes)
        codes.push_back(code.toStdString());
    nlohmann::json previous = nlohmann::json::array();
    for (const QString &code : change.previousCodes)
        previous.push_back(code.toStdString());
    return {{"therapist_id", change.now.key.toStdString()},
            {"contact_id", change.now.contactId.toStdString()},
            {"name", change.now.name.toStdString()},
            {"email", (showEmails ? change.now.email : redactEmail(change.now.email)).toStdString()},
            {"verdict", change.now.verdict.toStdString()},
            {"codes", codes},
            {"previous_codes", previous}};
}

QString changeLine(const TherapistChange &change)
{
    return QStringLiteral("  %1  %2  %3\n")
        .arg(change.now.contactId.leftJustified(14, QLatin1Char(' ')), change.now.name.leftJustified(24, QLatin1Char(' ')),
             change.now.codes.isEmpty() ? change.previousCodes.join(QLatin1Char(' ')) : change.now.codes.join(QLatin1Char(' ')));
}

} // namespace

ScanDiff compareScans(const std::optional<RecordedScan> &previous, const RecordedScan &current)
{
    ScanDiff diff;
    diff.currentId = current.id;
    diff.currentAt = current.startedAt;
    std::map<QString, const RecordedTherapist *> before;
    if (previous) {
        diff.previousId = previous->id;
        diff.previousAt = previous->startedAt;
        for (const RecordedTherapist &therapist : previous->therapists)
            before[therapist.key] = &therapist;
    }
    for (const RecordedTherapist &therapist : current.therapists) {
        const auto found = before.find(therapist.key);
        const RecordedTherapist *old = found == before.end() ? nullptr : found->second;
        TherapistChange change;
        change.now = therapist;
        if (old)
            change.previousCodes = old->codes;
        for (const QString &code : therapist.codes) {
            if (!change.previousCodes.contains(code)) {
                change.newCodes << code;
                diff.appeared[code].push_back(therapist);
            }
        }
        const bool brokenNow = therapist.verdict == Verdict::Broken;
        const bool brokenBefore = old && old->verdict == Verdict::Broken;
        if (brokenNow && brokenBefore)
            diff.stillBroken.push_back(change);
        else if (brokenNow)
            diff.newlyBroken.push_back(change);
        else if (brokenBefore && therapist.verdict == Verdict::Healthy)
            diff.healed.push_back(change);
    }
    return diff;
}

CodeTrend trendOf(const std::vector<ScanSummary> &recentFirst)
{
    CodeTrend trend;
    std::vector<ScanSummary> oldestFirst(recentFirst.rbegin(), recentFirst.rend());
    for (const ScanSummary &scan : oldestFirst) {
        for (const auto &[code, count] : scan.codes)
            trend.counts[code];
    }
    for (const ScanSummary &scan : oldestFirst) {
        trend.scanIds.push_back(scan.id);
        trend.scanTimes.push_back(scan.startedAt);
        for (auto &[code, counts] : trend.counts) {
            const auto found = scan.codes.find(code);
            counts.push_back(found == scan.codes.end() ? 0 : found->second);
        }
    }
    return trend;
}

QString redactEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (email.isEmpty())
        return email;
    if (at <= 0)
        return QStringLiteral("***");
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

nlohmann::json scanDiffToJson(const ScanDiff &diff, const CodeTrend &trend, bool showEmails)
{
    auto list = [showEmails](const std::vector<TherapistChange> &changes) {
        nlohmann::json array = nlohmann::json::array();
        for (const TherapistChange &change : changes)
            array.push_back(changeToJson(change, showEmails));
        return array;
    };
    nlohmann::json trendJson = nlohmann::json::array();
    for (const auto &[code, counts] : trend.counts)
        trendJson.push_back({{"code", code.toStdString()}, {"counts", counts}});
    nlohmann::json scans = nlohmann::json::array();
    for (size_t i = 0; i < trend.scanIds.size(); ++i)
        scans.push_back({{"id", trend.scanIds[i]}, {"started_at", iso(trend.scanTimes[i]).toStdString()}});
    // With no earlier scan nothing is "newly" broken: the broken ones are only listed under "broken".
    const bool first = diff.previousId == 0;
    nlohmann::json broken = list(diff.newlyBroken);
    for (const TherapistChange &change : diff.stillBroken)
        broken.push_back(changeToJson(change, showEmails));
    return {{"previous", first ? nlohmann::json() : nlohmann::json{{"id", diff.previousId}, {"started_at", iso(diff.previousAt).toStdString()}}},
            {"current", {{"id", diff.currentId}, {"started_at", iso(diff.currentAt).toStdString()}}},
            {"first_scan", first},
            {"broken", broken},
            {"newly_broken", first ? nlohmann::json::array() : list(diff.newlyBroken)},
            {"healed", list(diff.healed)},
            {"still_broken", list(diff.stillBroken)},
            {"trend", trendJson},
            {"scans", scans}};
}

QString scanDiffText(const ScanDiff &diff, const CodeTrend &trend)
{
    QString text;
    if (diff.previousId)
        text += ScanDiffText::tr("Recorded scan %1 (%2) compared with scan %3 (%4).\n")
                    .arg(diff.currentId).arg(iso(diff.currentAt)).arg(diff.previousId).arg(iso(diff.previousAt));
    if (!diff.previousId) {
        // Nothing to compare with: no "newly broken" (every broken one would be), just what is broken now.
        text += ScanDiffText::tr("Recorded scan %1 (%2) is the first: there is no earlier scan to compare with.\n")
                    .arg(diff.currentId).arg(iso(diff.currentAt));
        text += ScanDiffText::tr("\nBroken in this scan: %1\n").arg(diff.newlyBroken.size() + diff.stillBroken.size());
        for (const TherapistChange &change : diff.newlyBroken)
            text += changeLine(change);
        for (const TherapistChange &change : diff.stillBroken)
            text += changeLine(change);
    } else {
        text += ScanDiffText::tr("\nNewly broken: %1\n").arg(diff.newlyBroken.size());
        for (const TherapistChange &change : diff.newlyBroken)
            text += changeLine(change);
        text += ScanDiffText::tr("\nHealed: %1\n").arg(diff.healed.size());
        for (const TherapistChange &change : diff.healed)
            text += changeLine(change);
        text += ScanDiffText::tr("\nStill broken: %1\n").arg(diff.stillBroken.size());
        for (const TherapistChange &change : diff.stillBroken)
            text += changeLine(change);
    }
    if (!trend.counts.empty()) {
        text += ScanDiffText::tr("\nFinding codes across the last %1 recorded scans (oldest first):\n").arg(trend.scanIds.size());
        for (const auto &[code, counts] : trend.counts) {
            QStringList numbers;
            for (int count : counts)
                numbers << QString::number(count);
            text += QStringLiteral("  %1 %2\n").arg(code.leftJustified(24, QLatin1Char(' ')), numbers.join(QStringLiteral(" → ")));
        }
    }
    return text;
}

} // namespace credsync::scans
