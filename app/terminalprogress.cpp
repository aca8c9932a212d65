#include "app/terminalprogress.h"

#include "app/commandcontext.h"

namespace credsync::app {

namespace {
const QString kEraseLine = QStringLiteral("\r\x1b[K");
}

TerminalProgress::TerminalProgress()
    : TerminalProgress(stderrIsTerminal(), [](const QString &text) { printErr(text); })
{
}

TerminalProgress::TerminalProgress(bool enabled, std::function<void(const QString &)> write)
    : m_enabled(enabled)
    , m_write(std::move(write))
{
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::report(const progress::Progress &progress)
{
    if (!m_enabled)
        return;
    m_write(kEraseLine + progress.text);
    m_shown = true;
}

void TerminalProgress::clearLine()
{
    if (m_enabled && m_shown)
        m_write(kEraseLine);
    m_shown = false;
}

void TerminalProgress::finish()
{
    clearLine();
}

} // namespace credsync::app
