#include "scansummary.h"

#include <QCoreApplication>

namespace credsync::report {

QString scanSummaryText(const verdict::Counts &counts, double seconds)
{
    using verdict::Verdict;
    const QString time = QString::number(seconds, 'f', 1);
    QString text;
    const int unknown = counts.count(Verdict::Unknown);
    if (unknown > 0) {
        const auto reasons = counts.unknownReasons();
        text = QCoreApplication::translate("ScanSummary", "Checked %1 therapists in %2 s: %3 unknown (%4), %5 with ids and labels OK, %6 attention, %7 broken.\n")
                   .arg(counts.therapists()).arg(time).arg(unknown).arg(reasons.front().first)
                   .arg(counts.count(Verdict::Healthy)).arg(counts.count(Verdict::Attention)).arg(counts.count(Verdict::Broken));
        for (std::size_t i = 1; i < reasons.size() && i < 5; ++i)
            text += QCoreApplication::translate("ScanSummary", "  also unknown, %1 therapist(s): %2\n").arg(reasons[i].second).arg(reasons[i].first);
        return text;
    }
    return QCoreApplication::translate("ScanSummary", "Checked %1 therapists in %2 s: %3 with ids and labels OK, %4 attention, %5 broken, 0 unknown.\n")
        .arg(counts.therapists()).arg(time).arg(counts.count(Verdict::Healthy))
        .arg(counts.count(Verdict::Attention)).arg(counts.count(Verdict::Broken));
}

} // namespace credsync::report
