#pragma once
// The CLI's front-end of progress::ProgressSink: one line on stderr, overwritten in place ("\r" and
// erase-to-end-of-line) and cleared at the end, only when stderr is a terminal. Never on stdout, so
// --json and piped output are never touched; when stderr is not a terminal it writes nothing at all.
#include "core/progress/progress.h"

#include <functional>

namespace credsync::app {

class TerminalProgress final : public progress::ProgressSink
{
public:
    // The real one: enabled when stderr is a terminal, writing with printErr.
    TerminalProgress();
    // For tests: enabled as given, writing through write.
    TerminalProgress(bool enabled, std::function<void(const QString &)> write);
    ~TerminalProgress() override;

    bool isEnabled() const { return m_enabled; }
    void report(const progress::Progress &progress) override;
    // Clears the line if one was written; safe to call twice.
    void finish() override;
    // Before printing a result line to stdout on the same terminal: the progress line goes first.
    void clearLine();

private:
    bool m_enabled;
    bool m_shown = false;
    std::function<void(const QString &)> m_write;
};

} // namespace credsync::app
