#pragma once
// The plan of a fix, before → after for every step with the API call it makes, and an explicit
// confirmation before anything is written. The main window opens it from its Pull ids / Resync /
// Relabel buttons, connects applyRequested() to FixRunner::apply, and feeds progress back through
// updateStep() and showResult(); the dialog itself never writes.
#include "core/fixes/fixtypes.h"
#include "core/fixes/relabeltarget.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace credsync::widgets {

class RelabelTargetEditor;

class FixPlanDialog : public QDialog
{
    Q_OBJECT
public:
    // autoProfile: set for "Fix" (fix auto): the dialog names each therapist's combined plan and, after
    // Apply, says "Resolved" with what changed or exactly what is left (judged against this profile).
    explicit FixPlanDialog(const fixes::FixPlan &plan, QWidget *parent = nullptr, const Profile *autoProfile = nullptr);

    // The line at the top: what will be done before Apply, what was done after.
    QString summaryText() const;

    const fixes::FixPlan &plan() const { return m_plan; }
    // The plan as text (what "Copy" puts on the clipboard).
    QString planText() const;

    // A relabel of one therapist: shows its target as combo boxes preset to the proposal; an edit
    // unticks the confirmation and asks for a new plan (targetEdited), answered by replanned().
    void enableTargetEditing(const Profile &profile);
    void replanned(const fixes::FixPlan &plan);
    void replanFailed(const QString &errorMessage);
    bool isReplanning() const { return m_replanning; }

public Q_SLOTS:
    void updateStep(const QString &therapistKey, int index, const credsync::fixes::FixStep &step);
    void setProgress(int done, int total, const QString &text);
    // The apply's step in flight ("Step 1 of 3: …"), or any line of progress.
    void setProgressText(const QString &text);
    QString progressText() const;
    void showResult(const credsync::fixes::FixResult &result);

Q_SIGNALS:
    // Emitted once, after the operator confirmed; the dialog stays open to show progress and the result.
    void applyRequested(const credsync::fixes::FixPlan &plan);
    void cancelRequested();
    void targetEdited(const std::vector<credsync::fixes::LabelAssignment> &assignments);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void populate();
    void fitStepColumn();
    void fillStepItem(QTreeWidgetItem *item, const fixes::FixStep &step, int number) const;
    void updateApplyEnabled();
    QString resultSummary() const;

    fixes::FixPlan m_plan;
    std::optional<Profile> m_autoProfile;
    std::optional<fixes::FixResult> m_result;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_progress = nullptr;
    RelabelTargetEditor *m_targetEditor = nullptr;
    bool m_applying = false;
    bool m_replanning = false;
};

} // namespace credsync::widgets
