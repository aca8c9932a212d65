#include "widgets/fixes/fixplandialog.h"

#include "widgets/common/dialogsize.h"
#include "widgets/common/elidedtooltipdelegate.h"

#include "core/fixes/autoplanner.h"

#include "core/fixes/fixtext.h"
#include "core/fixes/fixwords.h"
#include "core/fixes/planwording.h"
#include "models/displaytext.h"
#include "widgets/fixes/relabeltargeteditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace credsync::widgets {

namespace {

enum Column { DescriptionColumn, BeforeColumn, AfterColumn, ApiColumn, StatusColumn, ColumnCount };

QString valuesText(const fixes::ValueMap &values)
{
    QStringList parts;
    for (const auto &[name, value] : values)
        parts << QStringLiteral("%1 = %2").arg(name, fixes::wording::valueText(value));
    return parts.join(QLatin1Char('\n'));
}

// {"Credentialing": {"Active Attested": "2044…", "Active": null}} as "Credentialing: Active Attested → 2044…, Active → none".
QString targetText(const nlohmann::json &target)
{
    QStringList types;
    for (const auto &[type, labels] : target.items()) {
        QStringList parts;
        if (labels.is_object()) {
            for (const auto &[label, id] : labels.items())
                parts << QStringLiteral("%1 → %2").arg(QString::fromStdString(label),
                                                      id.is_string() ? QString::fromStdString(id.get<std::string>())
                                                                     : FixPlanDialog::tr("none"));
        }
        types << QStringLiteral("%1: %2").arg(QString::fromStdString(type), parts.join(QStringLiteral(", ")));
    }
    return types.join(QStringLiteral("; "));
}

} // namespace

FixPlanDialog::FixPlanDialog(const fixes::FixPlan &plan, QWidget *parent, const Profile *autoProfile)
    : QDialog(parent)
    , m_plan(plan)
{
    if (autoProfile)
        m_autoProfile = *autoProfile;
    setWindowTitle(m_autoProfile ? tr("Fix") : tr("Plan: %1").arg(fixes::fixKindName(plan.kind)));
    setObjectName(QStringLiteral("fixPlanDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    if (plan.kind == fixes::FixKind::Relabel && plan.therapists.size() > 1) {
        auto *bulk = new QLabel(tr("Each therapist gets the target proposed from the evidence (shown under its name). "
                                   "To choose the objects yourself, relabel one therapist at a time."),
                                this);
        bulk->setWordWrap(true);
        layout->addWidget(bulk);
    }

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setAccessibleName(tr("Plan steps"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Step"), tr("Before"), tr("After"), tr("API call"), tr("Status")});
    // The step's wording and the values before and after get the width their longest line needs, up
    // to a share of the dialog (fitStepColumn), and wrap beyond it, so nothing a reviewer checks is
    // cut; the API call takes the rest on one line. Whatever is cut is whole on hover and in Copy.
    m_tree->setWordWrap(true);
    auto *delegate = new ElidedToolTipDelegate(m_tree);
    delegate->setWrappedColumns({DescriptionColumn, BeforeColumn, AfterColumn});
    m_tree->setItemDelegate(delegate);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {int(DescriptionColumn), int(BeforeColumn), int(AfterColumn)})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ApiColumn, QHeaderView::Stretch);
    m_tree->header()->setMinimumSectionSize(80);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);

    m_progress = new QLabel(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_confirm = new QCheckBox(tr("I have reviewed these steps; they write to HubSpot and the database"), this);
    m_confirm->setObjectName(QStringLiteral("confirmCheck"));
    layout->addWidget(m_confirm);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    QPushButton *copy = m_buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);

    connect(m_confirm, &QCheckBox::toggled, this, &FixPlanDialog::updateApplyEnabled);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(planText()); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_confirm->isChecked() || m_applying)
            return;
        m_applying = true;
        m_confirm->setEnabled(false);
        updateApplyEnabled();
        m_progress->setVisible(true);
        m_progress->setText(tr("Applying…"));
        // While it runs, the button stops the apply (after the therapist in flight) instead of closing.
        m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
        Q_EMIT applyRequested(m_plan);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_applying && !m_result)
            Q_EMIT cancelRequested(); // stops after the therapist in flight
        else
            reject();
    });
    // AcceptRole would close the dialog: it stays open to show progress and the result.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);

    populate();
    updateApplyEnabled();
    dialogsize::fit(this, QSize(1200, 560));
}

void FixPlanDialog::fitStepColumn()
{
    // Each of the step, before and after columns: the width of its widest line (rows spanned across
    // the tree aside), within a share of the dialog; beyond that its text wraps.
    const QFontMetrics metrics(m_tree->font());
    const int indent = m_tree->indentation();
    int widest[ColumnCount] = {};
    auto measure = [&](const QTreeWidgetItem *item, int depth) {
        if (item->isFirstColumnSpanned())
            return;
        for (int column : {int(DescriptionColumn), int(BeforeColumn), int(AfterColumn)}) {
            const int offset = column == DescriptionColumn ? (depth + 1) * indent : 0;
            for (const QString &line : item->text(column).split(QLatin1Char('\n')))
                widest[column] = std::max(widest[column], offset + metrics.horizontalAdvance(line));
        }
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        measure(top, 0);
        for (int c = 0; c < top->childCount(); ++c)
            measure(top->child(c), 1);
    }
    // The tree's own width lags before the first show: shares of the dialog's.
    const int padding = 2 * metrics.averageCharWidth() + 8;
    m_tree->header()->resizeSection(DescriptionColumn, std::min(widest[DescriptionColumn] + padding, std::max(200, width() * 26 / 100)));
    for (int column : {int(BeforeColumn), int(AfterColumn)})
        m_tree->header()->resizeSection(column, std::min(std::max(widest[column], 60) + padding, std::max(140, width() * 22 / 100)));
    m_tree->doItemsLayout(); // the wrapped rows' heights follow the new widths
}

void FixPlanDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitStepColumn();
}

QString FixPlanDialog::planText() const
{
    return m_result ? fixes::resultText(*m_result, m_plan) : fixes::planText(m_plan);
}

void FixPlanDialog::updateApplyEnabled()
{
    const bool actionable = m_plan.actionableCount() > 0;
    m_confirm->setVisible(actionable && !m_result);
    m_apply->setVisible(actionable && !m_result);
    m_apply->setEnabled(actionable && m_confirm->isChecked() && !m_applying && !m_replanning);
    if (m_targetEditor)
        m_targetEditor->setEnabled(!m_applying && !m_replanning && !m_result);
}

void FixPlanDialog::enableTargetEditing(const Profile &profile)
{
    if (m_targetEditor || m_plan.kind != fixes::FixKind::Relabel || m_plan.therapists.size() != 1)
        return;
    auto *editor = new RelabelTargetEditor(profile, m_plan.therapists.front(), this);
    if (editor->isEmpty()) {
        delete editor;
        return;
    }
    m_targetEditor = editor;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    auto *heading = new QLabel(tr("Target — which object carries each label (proposed from the evidence; change it to plan again):"), this);
    heading->setWordWrap(true);
    layout->insertWidget(1, heading);
    layout->insertWidget(2, editor);
    connect(editor, &RelabelTargetEditor::targetEdited, this, [this] {
        // A new plan needs a new review.
        m_confirm->setChecked(false);
        m_replanning = true;
        m_progress->setVisible(true);
        m_progress->setText(tr("Planning again with the chosen target…"));
        updateApplyEnabled();
        Q_EMIT targetEdited(m_targetEditor->assignments());
    });
    updateApplyEnabled();
}

void FixPlanDialog::replanned(const fixes::FixPlan &plan)
{
    m_plan = plan;
    m_replanning = false;
    m_progress->setVisible(false);
    m_confirm->setChecked(false);
    populate();
    updateApplyEnabled();
}

void FixPlanDialog::replanFailed(const QString &errorMessage)
{
    m_replanning = false;
    m_progress->setText(tr("Could not plan again: %1").arg(errorMessage));
    // The steps shown are the previous target's: applying them is not what was chosen.
    m_plan.therapists.clear();
    populate();
    updateApplyEnabled();
}

void FixPlanDialog::fillStepItem(QTreeWidgetItem *item, const fixes::FixStep &step, int number) const
{
    item->setText(DescriptionColumn, QStringLiteral("%1. %2").arg(number).arg(step.description));
    const bool labels = step.kind == fixes::FixStep::Kind::RemoveLabels || step.kind == fixes::FixStep::Kind::AddLabels;
    item->setText(BeforeColumn, labels ? fixes::wording::labelsText(step.labelsBefore) : valuesText(step.before));
    item->setText(AfterColumn, labels ? fixes::wording::labelsText(step.labelsAfter) : valuesText(step.after));
    item->setText(ApiColumn, step.api);
    QString status = fixes::stepStatusWords(fixes::stepStatusName(step.status));
    if (step.attempts > 1)
        status += tr(" (%1 attempts)").arg(step.attempts);
    item->setText(StatusColumn, status);
    item->setToolTip(StatusColumn, step.message);
    item->setToolTip(DescriptionColumn, step.description);
    item->setToolTip(ApiColumn, step.api);
}

void FixPlanDialog::populate()
{
    m_tree->clear();
    const int actionable = m_plan.actionableCount();
    if (m_result) {
        m_summary->setText(resultSummary());
    } else if (m_autoProfile) {
        QStringList lines;
        for (const fixes::TherapistPlan &entry : m_plan.therapists) {
            const QStringList parts = fixes::autoPlanParts(entry);
            if (entry.refused())
                lines << tr("%1: cannot be fixed here: %2").arg(fixes::therapistHeading(entry), entry.refusal);
            else if (parts.isEmpty())
                lines << tr("%1: nothing to change").arg(fixes::therapistHeading(entry));
            else
                lines << tr("%1: %2").arg(fixes::therapistHeading(entry), parts.join(QStringLiteral(" → ")));
        }
        lines << tr("One plan per therapist, applied and verified as a whole. Nothing has been changed yet.");
        m_summary->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_summary->setText(tr("%1 for %2 therapist(s): %3 with steps, %4 refused. Nothing has been changed yet.")
                               .arg(DisplayText::fixName(fixes::fixKindName(m_plan.kind)))
                               .arg(m_plan.therapists.size())
                               .arg(actionable)
                               .arg(m_plan.refusedCount()));
    }
    for (size_t t = 0; t < m_plan.therapists.size(); ++t) {
        const fixes::TherapistPlan &entry = m_plan.therapists[t];
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(DescriptionColumn, fixes::therapistHeading(entry));
        top->setData(DescriptionColumn, Qt::UserRole, entry.therapist.id);
        if (entry.refused())
            top->setText(StatusColumn, tr("refused: %1").arg(entry.refusal));
        else if (entry.nothingToDo())
            top->setText(StatusColumn, tr("nothing to do"));
        if (m_result && t < m_result->therapists.size()) {
            const fixes::TherapistResult &result = m_result->therapists[t];
            top->setText(StatusColumn, QStringLiteral("%1 — %2").arg(fixes::outcomeWords(fixes::fixOutcomeName(result.outcome)), result.message));
        }
        if (entry.kind == fixes::FixKind::Relabel && !entry.target.empty()) {
            auto *target = new QTreeWidgetItem(top);
            target->setText(DescriptionColumn, entry.targetProposed ? tr("Target (proposed from the evidence)") : tr("Target (as given)"));
            target->setText(DescriptionColumn, QStringLiteral("%1: %2").arg(target->text(DescriptionColumn), targetText(entry.target)));
            target->setToolTip(DescriptionColumn, target->text(DescriptionColumn));
            target->setFirstColumnSpanned(true);
        }
        const std::vector<fixes::FixStep> &steps = m_result && t < m_result->therapists.size() ? m_result->therapists[t].plan.steps : entry.steps;
        int number = 1;
        for (const fixes::FixStep &step : steps)
            fillStepItem(new QTreeWidgetItem(top), step, number++);
        for (const QString &note : entry.notes) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(DescriptionColumn, tr("Note: %1").arg(note));
            item->setFirstColumnSpanned(true);
        }
        if (m_result && t < m_result->therapists.size()) {
            // Lines of prose: they span the row instead of being cut at the Step column.
            auto addLine = [top](const QString &text) {
                auto *item = new QTreeWidgetItem(top);
                item->setText(DescriptionColumn, text);
                item->setFirstColumnSpanned(true);
            };
            for (const QString &line : m_result->therapists[t].stateReport)
                addLine(tr("Now: %1").arg(line));
            for (const QString &line : m_result->therapists[t].leftToDo)
                addLine(tr("Left to do: %1").arg(line));
        }
        top->setExpanded(true);
    }
    for (const UnresolvedTarget &target : m_plan.unresolved) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(DescriptionColumn, target.target);
        item->setText(StatusColumn, tr("unresolved: %1").arg(target.reason));
    }
    fitStepColumn();
}

void FixPlanDialog::updateStep(const QString &therapistKey, int index, const fixes::FixStep &step)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(DescriptionColumn, Qt::UserRole).toString() != therapistKey)
            continue;
        const fixes::TherapistPlan &entry = m_plan.therapists[size_t(i)];
        const int offset = entry.kind == fixes::FixKind::Relabel && !entry.target.empty() ? 1 : 0;
        if (QTreeWidgetItem *item = top->child(index + offset))
            fillStepItem(item, step, index + 1);
    }
}

QString FixPlanDialog::summaryText() const
{
    return m_summary->text();
}

QString FixPlanDialog::resultSummary() const
{
    if (!m_result)
        return {};
    const fixes::FixResult &result = *m_result;
    QStringList lines;
    if (m_autoProfile) {
        for (const fixes::TherapistResult &entry : result.therapists) {
            const fixes::AutoVerdict verdict = fixes::autoVerdict(entry, *m_autoProfile);
            QString line = tr("%1: %2").arg(fixes::therapistHeading(entry.plan), verdict.headline);
            if (!verdict.changed.isEmpty())
                line += QLatin1Char('\n') + tr("Changed: %1").arg(verdict.changed.join(QStringLiteral("; ")));
            if (!verdict.left.isEmpty())
                line += QLatin1Char('\n') + tr("Still to do: %1").arg(verdict.left.join(QStringLiteral("; ")));
            lines << line;
        }
    } else {
        int succeeded = 0;
        for (const fixes::TherapistResult &entry : result.therapists)
            succeeded += fixes::isSuccess(entry.outcome) ? 1 : 0;
        lines << tr("%1 applied: %2 of %3 therapist(s) done and verified.")
                     .arg(fixes::fixKindName(result.kind))
                     .arg(succeeded)
                     .arg(result.therapists.size());
    }
    if (result.cancelled)
        lines << tr("Cancelled part-way: the therapists not started were left as they were.");
    return lines.join(QLatin1Char('\n'));
}

void FixPlanDialog::setProgress(int done, int total, const QString &text)
{
    m_progress->setVisible(true);
    m_progress->setText(tr("%1 of %2: %3").arg(done).arg(total).arg(text));
}

void FixPlanDialog::setProgressText(const QString &text)
{
    if (m_result)
        return; // the result's line stays
    m_progress->setVisible(true);
    m_progress->setText(text);
}

QString FixPlanDialog::progressText() const
{
    return m_progress->isVisible() ? m_progress->text() : QString();
}

void FixPlanDialog::showResult(const fixes::FixResult &result)
{
    m_result = result;
    m_applying = false;
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const bool ok = result.allSucceeded();
    m_progress->setText(ok ? tr("Applied and verified.") : tr("Not everything was applied: see each therapist's state and what is left."));
    populate();
    updateApplyEnabled();
}

} // namespace credsync::widgets

#include "moc_fixplandialog.cpp"
