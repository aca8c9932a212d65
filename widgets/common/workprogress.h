#pragma once
// The window's front-end of progress::ProgressSink: every click that starts work (inspect, scan, fix
// planning, fix apply, export, reports) begins a job here and the status bar shows it at once, with
// Cancel. Several jobs may overlap (an inspection while a fix is planned): the newest unfinished one
// is shown and Cancel/Esc cancels that one. A cancel ends with "Cancelled: N done, M not started" and,
// when the last job ends, the status bar returns to idle.
#include "core/progress/progress.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QStatusBar;

namespace credsync {

class WorkProgress : public QObject
{
    Q_OBJECT
public:
    // statusBar: where "Cancelled: …" is said; the window shows changed() in its progress widget.
    explicit WorkProgress(QStatusBar *statusBar, QObject *parent = nullptr);
    ~WorkProgress() override;

    // Shows first at once and returns the job's sink; onCancel is called (once) when the person
    // cancels this job. The caller reports into the sink and calls finish() when the work ends.
    std::shared_ptr<progress::ProgressSink> begin(const progress::Progress &first, std::function<void()> onCancel = {});

    bool isBusy() const { return !m_jobs.empty(); }
    // The job shown (empty when idle).
    progress::Progress current() const;
    // Esc / the Cancel button: cancels the job shown; false when idle.
    bool cancelCurrent();
    // Ends a cancelled job: the sink is finished and the status bar says what was done.
    void finishCancelled(const std::shared_ptr<progress::ProgressSink> &job, int done, int notStarted);

Q_SIGNALS:
    void busyChanged(bool busy);
    // The job to show changed or moved on; busy false: idle (hide the progress).
    void changed(bool busy, const credsync::progress::Progress &shown);

private:
    class Job;
    void show();
    void remove(Job *job);

    QStatusBar *m_statusBar;
    std::vector<std::shared_ptr<Job>> m_jobs;
};

} // namespace credsync
