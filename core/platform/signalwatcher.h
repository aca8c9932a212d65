#pragma once
// SIGINT and SIGTERM as a Qt signal (POSIX; the only platform-specific code for signals). The handler
// only writes the signal's number to a self-pipe; a QSocketNotifier turns that into stopRequested() on
// the watcher's thread, so the apply in progress can stop between steps. A second signal ends the
// process at once with 128 + its number (the run journal makes that recoverable).
#include <QObject>

class QSocketNotifier;

namespace credsync::platform {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers; one watcher per process. The destructor restores the defaults.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isInstalled() const { return m_installed; }
    int received() const { return m_received; } // 0 while none
    // 130 for SIGINT, 143 for SIGTERM (the shell's convention), 0 while none.
    int exitCode() const;
    static QString signalName(int signalNumber);

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    bool m_installed = false;
    int m_received = 0;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace credsync::platform
