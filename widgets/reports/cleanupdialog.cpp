#include "widgets/reports/cleanupdialog.h"

#include "core/clock.h"
#include "core/fixes/auditstore.h"
#include "core/fixes/fixrunner.h"
#include "core/fixes/livefixgateway.h"
#include "core/fixes/planapplier.h"
#include "core/fixes/scanselection.h"
#include "core/inspector.h"
#include "core/pipeline/sourcefactory.h"
#include "core/reports/extrasettings.h"
#include "core/workspace/profileworkspace.h"
#include "core/workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace credsync {

CleanupDialog::CleanupDialog(const Profile &profile, std::function<std::vector<TherapistReport>()> shownReports, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_shownReports(std::move(shownReports))
    , m_kind(new QComboBox(this))
    , m_code(new QComboBox(this))
    , m_planButton(new QPushButton(tr("&Plan for the listed therapists"), this))
    , m_exportButton(new QPushButton(tr("&Export for approval…"), this))
    , m_applyButton(new QPushButton(tr("&Apply an approved plan…"), this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Approved clean-up"));
    m_kind->addItem(tr("Pull ids"), QStringLiteral("pull-ids"));
    m_kind->addItem(tr("Relabel"), QStringLiteral("relabel"));
    m_kind->addItem(tr("Resync"), QStringLiteral("resync"));
    m_code->addItem(tr("Every finding this fix applies to"), QString());
    for (const QString &code : FindingCode::all())
        m_code->addItem(code, code);
    m_status->setWordWrap(true);
    m_summary->setReadOnly(true);
    m_exportButton->setEnabled(false);
    m_stopButton->setEnabled(false);
    m_progress->setVisible(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Fix:"), m_kind);
    form->addRow(tr("Therapists with:"), m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_planButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_stopButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("1. Plan the fix for the therapists the list shows (use its filter), 2. export the plan; a second "
                                    "operator approves it with 'credsync fix approve PLAN.json', 3. apply the approved plan."), this));
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary, 1);
    layout->addWidget(close);
    resize(760, 520);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_planButton, &QPushButton::clicked, this, &CleanupDialog::planShown);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the plan for approval"), QStringLiteral("PLAN.json"),
                                                          tr("Plans (*.json)"));
        if (path.isEmpty())
            return;
        if (Status saved = exportPlan(path); !saved)
            m_status->setText(saved.error().message);
    });
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Apply an approved plan"), QString(), tr("Plans (*.json)"));
        if (!path.isEmpty())
            applyPlan(path);
    });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->stop();
        m_status->setText(tr("Stopping after the therapist in flight…"));
    });
    if (m_profile.readOnly) {
        m_applyButton->setEnabled(false);
        m_status->setText(tr("The profile is read-only: plans can be made and exported, not applied."));
    }
}

CleanupDialog::~CleanupDialog()
{
    if (m_runner)
        m_runner->cancel();
}

void CleanupDialog::setBusy(bool busy)
{
    m_planButton->setEnabled(!busy);
    m_applyButton->setEnabled(!busy && !m_profile.readOnly);
    m_exportButton->setEnabled(!busy && m_plan && !m_plan->therapists.empty());
    m_stopButton->setEnabled(busy && m_applier);
    m_progress->setVisible(busy);
}

void CleanupDialog::withSources(std::function<void()> then)
{
    if (m_connected) {
        then();
        return;
    }
    m_status->setText(tr("Connecting…"));
    m_inspector = std::make_unique<Inspector>(m_profile);
    connect(m_inspector.get(), &Inspector::connected, this, [this, then](const Status &status) {
        if (!status) {
            m_status->setText(tr("The sources could not be reached: %1").arg(status.error().describe()));
            setBusy(false);
            return;
        }
        m_connected = true;
        pipeline::Sources *sources = m_inspector->sources();
        m_gateway = std::make_unique<fixes::LiveFixGateway>(sources->hubspot.get(), sources->repository.get(), m_profile);
        then();
    });
    m_inspector->connectSources();
}

void CleanupDialog::planShown()
{
    const std::optional<fixes::FixKind> kind = fixes::fixKindFromName(m_kind->currentData().toString());
    const QString code = m_code->currentData().toString();
    const std::vector<fixes::FixSubject> subjects = fixes::subjectsFromScan(m_shownReports ? m_shownReports() : std::vector<TherapistReport>{},
                                                                            *kind, code, 0);
    if (subjects.empty()) {
        m_status->setText(tr("No listed therapist needs this fix. Load all therapists and filter the list first."));
        return;
    }
    setBusy(true);
    withSources([this, kind, code, subjects] {
        m_runner = std::make_unique<fixes::FixRunner>(m_gateway.get(), m_profile, nullptr,
                                                      fixes::ApplyOptions{3, fixes::currentOperator(), m_profile.name});
        m_status->setText(tr("Planning for %1 therapists…").arg(subjects.size()));
        fixes::FixRequest request;
        request.kind = *kind;
        m_runner->plan(request, subjects, [this, code](const fixes::FixPlan &made) {
            m_plan = fixes::planFileFrom(made, fixes::currentOperator(), clock::nowUtc(), code);
            m_plan->profile = m_profile.name;
            m_status->setText(tr("Planned for %1 therapists (%2 refused or already correct). Export the plan for approval.")
                                  .arg(m_plan->therapists.size())
                                  .arg(int(made.therapists.size()) - int(m_plan->therapists.size())));
            QStringList lines;
            for (const fixes::PlanFileTherapist &therapist : m_plan->therapists)
                lines << tr("%1 (%2): %3 steps").arg(therapist.contactId, therapist.name).arg(therapist.steps.size());
            m_summary->setPlainText(lines.join(QLatin1Char('\n')));
            setBusy(false);
            Q_EMIT planned();
        });
    });
}

Status CleanupDialog::exportPlan(const QString &path)
{
    if (!m_plan)
        return Error::make(Error::Kind::Validation, tr("plan first"), QStringLiteral("plan"));
    if (Status saved = fixes::savePlanFile(path, *m_plan); !saved)
        return saved;
    m_status->setText(tr("Exported to %1. A second operator approves it with 'credsync fix approve %1'.").arg(path));
    return Ok{};
}

void CleanupDialog::applyPlan(const QString &path)
{
    Result<fixes::PlanFile> loaded = fixes::loadPlanFile(path);
    if (!loaded) {
        m_status->setText(loaded.error().message);
        return;
    }
    const Result<reports::ExtraSettings> settings = reports::extraSettings(m_profile);
    const int lifetime = settings ? settings->planLifetimeHours : 24;
    if (Status applicable = fixes::checkApplicable(loaded.value(), m_profile.name, clock::nowUtc(), lifetime); !applicable) {
        m_status->setText(tr("Not applied: %1").arg(applicable.error().message));
        Q_EMIT applied(false);
        return;
    }
    fixes::AuditStore::registerMigrations();
    auto opened = workspace::openProfileWorkspace(m_profile);
    if (!opened) {
        m_status->setText(tr("The audit workspace cannot be opened, nothing applied: %1").arg(opened.error().describe()));
        Q_EMIT applied(false);
        return;
    }
    m_workspace = std::move(opened).value();
    m_audit = std::make_unique<fixes::AuditStore>(m_workspace.get());
    const fixes::PlanFile plan = loaded.value();
    setBusy(true);
    withSources([this, plan, path] {
        QStringList approvers;
        for (const fixes::PlanApproval &approval : plan.approvals)
            approvers << approval.operatorName;
        const QString operatorName = tr("%1 (planned by %2, approved by %3)")
                                         .arg(fixes::currentOperator(), plan.planner, approvers.join(QStringLiteral(", ")));
        m_runner = std::make_unique<fixes::FixRunner>(m_gateway.get(), m_profile, m_audit.get(), fixes::ApplyOptions{3, operatorName, m_profile.name});
        m_applier = std::make_unique<fixes::PlanApplier>(m_runner.get(), plan, path + QStringLiteral(".journal"));
        m_progress->setRange(0, int(plan.therapists.size()));
        setBusy(true);
        m_applier->start(
            [this](int done, int total, const QString &who) {
                m_progress->setValue(done);
                m_status->setText(who.isEmpty() ? tr("Done") : tr("Applying %1 of %2: %3").arg(done + 1).arg(total).arg(who));
            },
            [this](const fixes::PlanApplySummary &summary) {
                QStringList lines;
                lines << tr("Applied and verified: %1").arg(summary.appliedAndVerified.size()) << summary.appliedAndVerified;
                lines << tr("Already correct: %1").arg(summary.alreadyCorrect.size()) << summary.alreadyCorrect;
                if (!summary.appliedEarlier.isEmpty())
                    lines << tr("Applied by an earlier run: %1").arg(summary.appliedEarlier.size()) << summary.appliedEarlier;
                lines << tr("Skipped: %1").arg(summary.skipped.size()) << summary.skipped;
                lines << tr("Failed: %1").arg(summary.failed.size()) << summary.failed;
                if (summary.interrupted)
                    lines << tr("Stopped: apply the same plan again to resume.");
                m_summary->setPlainText(lines.join(QLatin1Char('\n')));
                m_status->setText(summary.succeeded() ? tr("Every therapist was applied and verified or already correct.")
                                                      : tr("Not every therapist was fixed: see below."));
                m_applier.reset();
                setBusy(false);
                Q_EMIT applied(summary.succeeded());
            });
    });
}

QString CleanupDialog::summaryText() const
{
    return m_summary->toPlainText();
}

} // namespace credsync
