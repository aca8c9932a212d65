#include "widgets/session/reportbatcher.h"

#include "widgets/session/inspectionservice.h"

#include <utility>

namespace credsync {

ReportBatcher::ReportBatcher(Deliver deliver, size_t maxReports, qint64 maxAgeMs)
    : m_deliver(std::move(deliver))
    , m_maxReports(maxReports == 0 ? 1 : maxReports)
    , m_maxAgeMs(maxAgeMs)
{
}

ReportBatcher::Deliver ReportBatcher::queuedTo(InspectionService *service)
{
    return [service](quint64 jobId, std::vector<ListedReport> reports, std::optional<Progress> progress) {
        auto batch = std::make_shared<std::vector<ListedReport>>(std::move(reports));
        QMetaObject::invokeMethod(service, [service, jobId, batch, progress] {
            if (!batch->empty())
                Q_EMIT service->listedReportsReady(jobId, batch);
            if (progress)
                Q_EMIT service->progress(jobId, progress->done, progress->total);
        }, Qt::QueuedConnection);
    };
}

void ReportBatcher::switchJob(quint64 jobId)
{
    // Another job's items never share a batch: what waits for the old job goes first, in order.
    if (jobId != m_jobId)
        flush();
    m_jobId = jobId;
    if (isEmpty())
        m_since.start();
}

void ReportBatcher::add(quint64 jobId, const TherapistReport &report)
{
    switchJob(jobId);
    m_reports.push_back(ListedReport::of(report));
    flushIfDue();
}

void ReportBatcher::setProgress(quint64 jobId, int done, int total)
{
    switchJob(jobId);
    m_progress = Progress{done, total};
    flushIfDue();
}

void ReportBatcher::flushIfDue()
{
    if (m_reports.size() >= m_maxReports || m_since.elapsed() >= m_maxAgeMs)
        flush();
}

void ReportBatcher::flush()
{
    if (isEmpty())
        return;
    std::vector<ListedReport> reports;
    reports.swap(m_reports);
    std::optional<Progress> progress;
    progress.swap(m_progress);
    m_deliver(m_jobId, std::move(reports), progress);
}

} // namespace credsync
