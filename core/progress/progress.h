#pragma once
// One progress interface for every long operation (inspect of N targets, scan, fix planning, fix
// apply, export rendering, reports): the work reports a Progress value into a ProgressSink and asks it
// whether the person cancelled. Two front-ends implement the sink: the window's status bar (progress
// bar + Cancel, widgets/window/workprogress) and the CLI's terminal line (app/terminalprogress: on a
// TTY only, on stderr, overwritten in place and cleared at the end). No QtWidgets here.
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace credsync::progress {

// Where a piece of work is. text is a whole translated sentence ("Inspecting 3 of 5",
// "Step 1 of 4: Set the contact's ids"); done and total drive a bar; total 0 means not known yet.
struct Progress
{
    QString text;
    int done = 0;
    int total = 0;

    bool indeterminate() const { return total <= 0; }
    bool operator==(const Progress &other) const = default;
};

// "Cancelled: N done, M not started": how every cancelled piece of work ends, in the window and the CLI.
QString cancelledText(int done, int notStarted);

class ProgressSink
{
public:
    virtual ~ProgressSink();

    // The work is under way (or moved on); called on the sink's thread.
    virtual void report(const Progress &progress) = 0;
    // The work ended, whatever the outcome: the line is cleared, the status bar returns to idle.
    virtual void finish() = 0;

    // Cancellation: the front-end asks (Cancel, Esc, a signal); the work polls isCancelRequested()
    // between steps or is told at once through the handler it set. Safe from any thread.
    void requestCancel();
    bool isCancelRequested() const { return m_cancelled.load(); }
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }
    void resetCancel() { m_cancelled.store(false); }

private:
    std::atomic<bool> m_cancelled{false};
    std::function<void()> m_onCancel;
};

// A sink that forgets everything (work started without a front-end, --json runs).
class NullProgressSink final : public ProgressSink
{
public:
    void report(const Progress &) override {}
    void finish() override {}
};

} // namespace credsync::progress
