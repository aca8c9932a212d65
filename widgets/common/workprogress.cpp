#include "widgets/common/workprogress.h"

#include <QPointer>

#include <algorithm>
#include <QStatusBar>

namespace credsync {

class WorkProgress::Job final : public progress::ProgressSink
{
public:
    Job(WorkProgress *owner, progress::Progress first)
        : owner(owner)
        , latest(std::move(first))
    {
    }
    void report(const progress::Progress &progress) override
    {
        latest = progress;
        if (owner && !finished)
            owner->show();
    }
    void finish() override
    {
        if (finished)
            return;
        finished = true;
        if (owner)
            owner->remove(this);
    }

    QPointer<WorkProgress> owner;
    progress::Progress latest;
    bool finished = false;
};

WorkProgress::WorkProgress(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
}

WorkProgress::~WorkProgress() = default;

std::shared_ptr<progress::ProgressSink> WorkProgress::begin(const progress::Progress &first, std::function<void()> onCancel)
{
    auto job = std::make_shared<Job>(this, first);
    job->setCancelHandler(std::move(onCancel));
    const bool wasBusy = isBusy();
    m_jobs.push_back(job);
    show();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return job;
}

progress::Progress WorkProgress::current() const
{
    return m_jobs.empty() ? progress::Progress{} : m_jobs.back()->latest;
}

bool WorkProgress::cancelCurrent()
{
    if (m_jobs.empty())
        return false;
    // The handler may finish the job (and so change m_jobs): keep it alive meanwhile.
    const std::shared_ptr<Job> job = m_jobs.back();
    job->requestCancel();
    return true;
}

void WorkProgress::finishCancelled(const std::shared_ptr<progress::ProgressSink> &job, int done, int notStarted)
{
    if (job)
        job->finish();
    // The bar says it for a while, then returns to idle (the progress widget is already hidden).
    m_statusBar->showMessage(progress::cancelledText(done, notStarted), 8000);
}

void WorkProgress::show()
{
    Q_EMIT changed(!m_jobs.empty(), current());
}

void WorkProgress::remove(Job *job)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [job](const std::shared_ptr<Job> &entry) { return entry.get() == job; });
    if (it == m_jobs.end())
        return;
    const std::shared_ptr<Job> keep = *it; // the caller may hold no other reference
    m_jobs.erase(it);
    show();
    if (m_jobs.empty())
        Q_EMIT busyChanged(false);
}

} // namespace credsync
