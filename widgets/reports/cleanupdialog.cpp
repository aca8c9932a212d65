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
#include "widgets/common/workerthread.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace credsync {

// Everything that touches the sources or the workspace; created, used and deleted on the worker thread.
struct CleanupDialog::Backend
{
    std::unique_ptr<Inspector> inspector;
    bool connected = false;
    std::unique_ptr<workspace::Workspace> workspace;
    std::unique_ptr<fixes::AuditStore> audit;
    std::unique_ptr<fixes::LiveFixGateway> gateway;
    std::unique_ptr<fixes::FixRunner> runner;
    std::unique_ptr<fixes::PlanApplier> applier;

    // The applier before the runner, the runner before the gateway and audit it points to.
    void reset()
    {
        if (runner)
            runner->cancel();
        applier.reset();
        runner.reset();
        gateway.reset();
        audit.reset();
        workspace.reset();
        inspector.reset();
    }
};

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
    , m_backend(std::make_shared<Backend>())
    , m_worker(std::make_unique<WorkerThread>(QStringLiteral("cleanup")))
{
    m_worker->setTeardown([backend = m_backend] { backend->reset(); });
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
        m_worker->post([backend = m_backend] {
            if (backend->applier)
                backend->applier->stop();
        });
        m_status->setText(tr("Stopping after the therapist in flight…"));
    });
    if (m_profile.readOnly) {
        m_applyButton->setEnabled(false);
        m_status->setText(tr("The profile is read-only: plans can be made and exported, not applied."));
    }
}

CleanupDialog::~CleanupDialog()
{
    m_worker.reset(); // its teardown cancels and deletes the backend on its thread
}

void CleanupDialog::answer(std::function<void(CleanupDialog *)> call)
{
    QPointer<CleanupDialog> self(this);
    QMetaObject::invokeMethod(this, [self, call = std::move(call)] {
        if (self)
            call(self.data());
    }, Qt::QueuedConnection);
}

void CleanupDialog::setBusy(bool busy)
{
    m_planButton->setEnabled(!busy);
    m_applyButton->setEnabled(!busy && !m_profile.readOnly);
    m_exportButton->setEnabled(!busy && m_plan && !m_plan->therapists.empty());
    m_stopButton->setEnabled(busy && m_applying);
    m_progress->setVisible(busy);
}

void CleanupDialog::withSources(std::function<void(Backend &)> then)
{
    m_status->setText(tr("Connecting…"));
    const Profile profile = m_profile;
    m_worker->post([this, backend = m_backend, profile, then = std::move(then)] {
        if (backend->connected) {
            then(*backend);
            return;
        }
        backend->inspector = std::make_unique<Inspector>(profile);
        Inspector *inspector = backend->inspector.get();
        QObject::connect(inspector, &Inspector::connected, inspector, [this, backend, profile, then](const Status &status) {
            if (!status) {
                const QString why = status.error().describe();
                answer([why](CleanupDialog *dialog) {
                    dialog->m_status->setText(tr("The sources could not be reached: %1").arg(why));
                    dialog->m_applying = false;
                    dialog->setBusy(false);
                });
                return;
            }
            backend->connected = true;
            pipeline::Sources *sources = backend->inspector->sources();
            backend->gateway = std::make_unique<fixes::LiveFixGateway>(sources->hubspot.get(), sources->repository.get(), profile);
            then(*backend);
        });
        inspector->connectSources();
    });
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
    const Profile profile = m_profile;
    const QString planner = fixes::currentOperator();
    withSources([this, kind, code, subjects, profile, planner](Backend &backend) {
        backend.runner = std::make_unique<fixes::FixRunner>(backend.gateway.get(), profile, nullptr,
                                                            fixes::ApplyOptions{3, planner, profile.name});
        const int count = int(subjects.size());
        answer([count](CleanupDialog *dialog) { dialog->m_status->setText(tr("Planning for %1 therapists…").arg(count)); });
        fixes::FixRequest request;
        request.kind = *kind;
        backend.runner->plan(request, subjects, [this, code](const fixes::FixPlan &made) {
            answer([code, made](CleanupDialog *dialog) { dialog->showPlanned(made, code); });
        });
    });
}

void CleanupDialog::showPlanned(const fixes::FixPlan &made, const QString &code)
{
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
    const fixes::PlanFile plan = loaded.value();
    QStringList approvers;
    for (const fixes::PlanApproval &approval : plan.approvals)
        approvers << approval.operatorName;
    const QString operatorName = tr("%1 (planned by %2, approved by %3)")
                                     .arg(fixes::currentOperator(), plan.planner, approvers.join(QStringLiteral(", ")));
    const Profile profile = m_profile;
    m_applying = true;
    m_progress->setRange(0, int(plan.therapists.size()));
    m_progress->setValue(0);
    setBusy(true);
    withSources([this, plan, path, profile, operatorName](Backend &backend) {
        // The audit workspace is opened (and written) here, on the worker thread.
        fixes::AuditStore::registerMigrations();
        auto opened = workspace::openProfileWorkspace(profile);
        if (!opened) {
            const QString why = opened.error().describe();
            answer([why](CleanupDialog *dialog) {
                dialog->m_status->setText(tr("The audit workspace cannot be opened, nothing applied: %1").arg(why));
                dialog->m_applying = false;
                dialog->setBusy(false);
                Q_EMIT dialog->applied(false);
            });
            return;
        }
        backend.applier.reset();
        backend.runner.reset();
        backend.audit.reset();
        backend.workspace = std::move(opened).value();
        backend.audit = std::make_unique<fixes::AuditStore>(backend.workspace.get());
        backend.runner = std::make_unique<fixes::FixRunner>(backend.gateway.get(), profile, backend.audit.get(),
                                                            fixes::ApplyOptions{3, operatorName, profile.name});
        backend.applier = std::make_unique<fixes::PlanApplier>(backend.runner.get(), plan, path + QStringLiteral(".journal"));
        backend.applier->start(
            [this](int done, int total, const QString &who) {
                answer([done, total, who](CleanupDialog *dialog) {
                    dialog->m_progress->setValue(done);
                    dialog->m_status->setText(who.isEmpty() ? tr("Done") : tr("Applying %1 of %2: %3").arg(done + 1).arg(total).arg(who));
                });
            },
            [this, backendPtr = &backend](const fixes::PlanApplySummary &summary) {
                // Freed once the applier's own callback has returned.
                if (backendPtr->applier)
                    backendPtr->applier.release()->deleteLater();
                answer([summary](CleanupDialog *dialog) { dialog->showApplied(summary); });
            });
    });
}

void CleanupDialog::showApplied(const fixes::PlanApplySummary &summary)
{
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
    m_applying = false;
    setBusy(false);
    Q_EMIT applied(summary.succeeded());
}

QString CleanupDialog::summaryText() const
{
    return m_summary->toPlainText();
}

} // namespace credsync
