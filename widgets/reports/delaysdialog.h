#pragma once
// The "Delays" view: how long HubSpot's workflow took to create each object after sign-up, per object
// type, with the histogram and the answer to the backend's "is 60 s enough?". Collects on the window's
// thread with its own connection to the sources (network reads are asynchronous).
#include "core/profile.h"
#include "core/reports/delayreport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace credsync {

class DelayChartWidget;
class Inspector;

namespace reports {
class DelayCollector;
}

class DelaysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DelaysDialog(const Profile &profile, QWidget *parent = nullptr);
    ~DelaysDialog() override;

    void run();
    bool hasReport() const { return m_report.has_value(); }

Q_SIGNALS:
    void reportReady();

private:
    void showResult(const Result<reports::DelayReport> &result);
    void saveChart();

    Profile m_profile;
    QComboBox *m_window;
    QPushButton *m_run;
    QPushButton *m_save;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    DelayChartWidget *m_chart;
    std::unique_ptr<Inspector> m_inspector;
    std::unique_ptr<reports::DelayCollector> m_collector;
    std::optional<reports::DelayReport> m_report;
};

} // namespace credsync
