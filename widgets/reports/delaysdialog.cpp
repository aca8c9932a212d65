#include "widgets/reports/delaysdialog.h"

#include "widgets/common/workerthread.h"
#include "widgets/reports/delaychartwidget.h"

#include "core/clock.h"
#include "core/inspector.h"
#include "core/reports/delaychart.h"
#include "core/reports/delaycollector.h"
#include "core/reports/extrasettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace credsync {

// What a run needs on the worker thread; created, used and deleted only there.
struct DelaysDialog::Reading
{
    std::unique_ptr<Inspector> inspector;
    std::unique_ptr<reports::DelayCollector> collector;
};

DelaysDialog::DelaysDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_window(new QComboBox(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_save(new QPushButton(tr("&Save chart…"), this))
    , m_status(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_chart(new DelayChartWidget(this))
{
    setWindowTitle(tr("Delays: how long HubSpot takes to create the objects"));
    m_window->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_window->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_window->addItem(tr("Last 90 days"), QStringLiteral("90d"));
    m_window->setCurrentIndex(1);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumHeight(180);
    m_save->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sign-ups in the:"), this));
    top->addWidget(m_window);
    top->addWidget(m_run);
    top->addWidget(m_status, 1);
    top->addWidget(m_save);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(960, 760);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &DelaysDialog::run);
    connect(m_save, &QPushButton::clicked, this, &DelaysDialog::saveChart);
}

DelaysDialog::~DelaysDialog()
{
    stopReading();
}

QString DelaysDialog::statusText() const
{
    return m_status->text();
}

void DelaysDialog::stopReading()
{
    // The worker's teardown deletes the run's collector and connection on that thread.
    m_worker.reset();
    m_reading.reset();
    m_running = false;
    if (auto job = std::exchange(m_job, nullptr))
        job->finish();
}

void DelaysDialog::showProgress(const progress::Progress &progress)
{
    m_status->setText(progress.text);
    if (m_job)
        m_job->report(progress);
}

void DelaysDialog::run()
{
    Result<reports::ExtraSettings> settings = reports::extraSettings(m_profile);
    if (!settings) {
        m_status->setText(settings.error().message);
        return;
    }
    Result<reports::DelayWindow> window = reports::parseDelayWindow(m_window->currentData().toString(), {}, {}, clock::nowUtc());
    if (!window) {
        m_status->setText(window.error().message);
        return;
    }
    reports::DelayRequest request;
    request.window = window.value();
    request.currentDelaySeconds = settings->idPullDelaySeconds;
    stopReading();
    m_run->setEnabled(false);
    m_running = true;
    const quint64 runId = ++m_runId;
    const progress::Progress connecting{tr("Connecting…")};
    m_status->setText(connecting.text);
    if (m_progressFactory)
        m_job = m_progressFactory(connecting, [this] {
            stopReading();
            m_run->setEnabled(true);
            m_status->setText(tr("Stopped."));
        });
    m_worker = std::make_unique<WorkerThread>(QStringLiteral("delays"));
    auto reading = std::make_shared<Reading>();
    m_reading = reading;
    m_worker->setTeardown([reading] {
        reading->collector.reset();
        reading->inspector.reset();
    });
    const Profile profile = m_profile;
    // Answers cross back queued; they are dropped if the dialog is gone or a newer run started.
    QPointer<DelaysDialog> self(this);
    auto answer = [self, runId](std::function<void(DelaysDialog *)> call) {
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, runId, call = std::move(call)] {
            if (self && runId == self->m_runId && self->m_running)
                call(self.data());
        }, Qt::QueuedConnection);
    };
    m_worker->post([reading, profile, request, answer] {
        reading->inspector = std::make_unique<Inspector>(profile);
        Inspector *inspector = reading->inspector.get();
        QObject::connect(inspector, &Inspector::connected, inspector, [reading, request, answer](const Status &status) {
            if (!status) {
                const Result<reports::DelayReport> failed = status.error();
                answer([failed](DelaysDialog *dialog) { dialog->showResult(failed); });
                return;
            }
            reading->collector = std::make_unique<reports::DelayCollector>(reading->inspector->sources());
            reading->collector->run(
                request,
                [answer](int done, int total) {
                    answer([done, total](DelaysDialog *dialog) {
                        dialog->showProgress({tr("Reading HubSpot: %1 of %2 sign-ups").arg(done).arg(total), done, total});
                    });
                },
                [answer](Result<reports::DelayReport> result) {
                    answer([result = std::move(result)](DelaysDialog *dialog) { dialog->showResult(result); });
                });
        });
        inspector->connectSources();
    });
}

void DelaysDialog::showResult(const Result<reports::DelayReport> &result)
{
    m_running = false;
    if (auto job = std::exchange(m_job, nullptr))
        job->finish();
    m_run->setEnabled(true);
    if (!result) {
        m_status->setText(tr("The report could not be made: %1").arg(result.error().describe()));
    } else {
        m_report = result.value();
        m_status->setText(tr("%1 sign-ups").arg(m_report->signups));
        m_text->setPlainText(reports::delayReportText(*m_report));
        m_chart->setReport(*m_report);
        m_save->setEnabled(true);
    }
    Q_EMIT reportReady();
}

void DelaysDialog::saveChart()
{
    if (!m_report)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the histogram"), QStringLiteral("delays.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (Status written = reports::writeDelayChart(*m_report, path); !written)
        m_status->setText(written.error().message);
    else
        m_status->setText(tr("Saved %1").arg(path));
}

} // namespace credsync
