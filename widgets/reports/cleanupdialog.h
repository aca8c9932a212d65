#pragma once
// The approved clean-up from the window: plan a fix for the therapists the list shows (its filter),
// export the plan for a second operator's approval, and apply an approved plan with progress and Stop.
// Same files and checks as `credsync fix … --from-scan`, `fix approve` and `fix apply`.
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

class Inspector;

namespace fixes {
class AuditStore;
class FixRunner;
class LiveFixGateway;
class PlanApplier;
}
namespace workspace {
class Workspace;
}

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
    // Connects the dialog's own sources once, then calls then().
    void withSources(std::function<void()> then);
    void setBusy(bool busy);

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
    std::unique_ptr<Inspector> m_inspector;
    bool m_connected = false;
    std::unique_ptr<workspace::Workspace> m_workspace;
    std::unique_ptr<fixes::AuditStore> m_audit;
    std::unique_ptr<fixes::LiveFixGateway> m_gateway;
    std::unique_ptr<fixes::FixRunner> m_runner;
    std::unique_ptr<fixes::PlanApplier> m_applier;
    std::optional<fixes::PlanFile> m_plan;
};

} // namespace credsync
