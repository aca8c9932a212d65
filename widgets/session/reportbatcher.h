#pragma once
// Gathers a job's reports on the thread that makes them and hands them to the GUI thread in batches:
// one queued call per batch instead of one per report. A scan makes thousands of reports a second;
// posted one each, a backlog drained in a single pass of the GUI's event loop and starved its timers
// (issue 14: stalls of over a second while a 100k scan streamed in). A batch goes when it holds
// `maxReports` reports or its first report has waited `maxAgeMs`; the owner flushes the tail (a timer,
// or before any other signal of the job, so the order of everything the GUI sees is unchanged).
#include "core/types.h"
#include "models/listedreport.h"

#include <QElapsedTimer>

#include <functional>
#include <optional>
#include <vector>

namespace credsync {

class InspectionService;

class ReportBatcher
{
public:
    struct Progress
    {
        int done = 0;
        int total = 0;
    };
    // Called on the producing thread with a batch in the order the reports were made, each with its
    // list row already made (folding the search text is the costliest part of listing a report, and
    // it happens here, off the window's thread), then the job's latest progress (if any arrived since
    // the last batch).
    using Deliver = std::function<void(quint64 jobId, std::vector<ListedReport> reports, std::optional<Progress> progress)>;

    explicit ReportBatcher(Deliver deliver, size_t maxReports = 500, qint64 maxAgeMs = 20);

    // The delivery an inspection service uses: one queued call per batch into the service's thread,
    // emitting listedReportsReady (when the batch has reports) and then progress.
    static Deliver queuedTo(InspectionService *service);

    void add(quint64 jobId, const TherapistReport &report);
    // Progress is coalesced: only the latest per batch reaches the GUI (it follows the batch's reports).
    void setProgress(quint64 jobId, int done, int total);
    // Hands over whatever is waiting (nothing when empty).
    void flush();
    bool isEmpty() const { return m_reports.empty() && !m_progress; }

private:
    void switchJob(quint64 jobId);
    void flushIfDue();

    Deliver m_deliver;
    size_t m_maxReports;
    qint64 m_maxAgeMs;
    quint64 m_jobId = 0;
    std::vector<ListedReport> m_reports;
    std::optional<Progress> m_progress;
    QElapsedTimer m_since; // since the oldest waiting item
};

} // namespace credsync
