#pragma once
// The approved clean-up from the window: plan a fix for the therapists the list shows (its filter),
// export the plan for a second operator's approval, and apply an approved plan with progress and Stop.
// Same files and checks as `credsync fix … --from-scan`, `fix approve` and `fix apply`. The sources,
// the audit workspace, the planner and the applier live on a thread of the dialog's own: the database
// is never read or written on the window's thread.
#include "core/fixes/fixtypes.h"
#include "core/fixes/planapplier.h"
#include "core/fixes/planfile.h"
#include "core/profile.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace credsync {

class WorkerThread;

class CleanupDialog : public QDialog
{
    Q_OBJECT
public:
    CleanupDialog(const Profile &profile, std::function<std::vector<TherapistReport>()> shownReports, QWidget *parent = nullptr);
    ~CleanupDialog() override;

    void planShown();
    Status exportPlan(const QString &path);
    void applyPlan(const QString &path);
    const std::optional<fixes::PlanFile> &plan() const { return m_plan; }
    QString summaryText() const;

Q_SIGNALS:
    void planned();
    void applied(bool succeeded);

private:
    struct Backend;
    // On the worker thread: connects the dialog's own sources once, then calls then(backend) there;
    // a failure is told to the dialog.
    void withSources(std::function<void(Backend &)> then);
    // Runs call on the window's thread, unless the dialog is gone by then.
    void answer(std::function<void(CleanupDialog *)> call);
    void setBusy(bool busy);
    void showPlanned(const fixes::FixPlan &made, const QString &code);
    void showApplied(const fixes::PlanApplySummary &summary);

    Profile m_profile;
    std::function<std::vector<TherapistReport>()> m_shownReports;
    QComboBox *m_kind;
    QComboBox *m_code;
    QPushButton *m_planButton;
    QPushButton *m_exportButton;
    QPushButton *m_applyButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_summary;
    std::optional<fixes::PlanFile> m_plan;
    bool m_applying = false;
    std::shared_ptr<Backend> m_backend;      // used only on m_worker's thread
    std::unique_ptr<WorkerThread> m_worker;  // last: stopped first
};

} // namespace credsync
