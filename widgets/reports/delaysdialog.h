#pragma once
// The "Delays" view: how long HubSpot's workflow took to create each object after sign-up, per object
// type, with the histogram and the answer to the backend's "is 60 s enough?". Collects on a thread of
// its own with its own connection to the sources (the database pages are read there, never on the
// window's thread); progress shows in the dialog and, when given, in the window's status bar.
#include "core/profile.h"
#include "core/progress/progress.h"
#include "core/reports/delayreport.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace credsync {

class DelayChartWidget;
class WorkerThread;

class DelaysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DelaysDialog(const Profile &profile, QWidget *parent = nullptr);
    ~DelaysDialog() override;

    void run();
    bool hasReport() const { return m_report.has_value(); }
    bool isRunning() const { return m_running; }
    QString statusText() const;
    // Where a run reports besides the dialog (the window's status bar); called when a run starts.
    void setProgressFactory(std::function<std::shared_ptr<progress::ProgressSink>(const progress::Progress &, std::function<void()>)> factory)
    {
        m_progressFactory = std::move(factory);
    }

Q_SIGNALS:
    void reportReady();

private:
    void showResult(const Result<reports::DelayReport> &result);
    void showProgress(const progress::Progress &progress);
    void saveChart();
    void stopReading();

    struct Reading;

    Profile m_profile;
    QComboBox *m_window;
    QPushButton *m_run;
    QPushButton *m_save;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    DelayChartWidget *m_chart;
    std::optional<reports::DelayReport> m_report;
    bool m_running = false;
    quint64 m_runId = 0;
    std::function<std::shared_ptr<progress::ProgressSink>(const progress::Progress &, std::function<void()>)> m_progressFactory;
    std::shared_ptr<progress::ProgressSink> m_job;
    std::shared_ptr<Reading> m_reading;     // lives on m_worker's thread
    std::unique_ptr<WorkerThread> m_worker; // last: stopped first
};

} // namespace credsync
