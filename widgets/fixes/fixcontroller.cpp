#include "widgets/fixes/fixcontroller.h"

#include "core/fixes/autoplanner.h"
#include "core/fixes/fixrecheck.h"
#include "core/fixes/fixrunner.h"
#include "widgets/common/workprogress.h"
#include "widgets/fixes/fixplandialog.h"
#include "widgets/session/inspectionservice.h"
#include "models/therapistlistmodel.h"
#include "widgets/session/triagesession.h"

namespace credsync {

FixController::FixController(TriageSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

void FixController::setProfile(const Profile &profile)
{
    m_profile = profile;
}

void FixController::setWorkProgress(WorkProgress *work)
{
    m_work = work;
}

void FixController::setService(InspectionService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_planRequest = m_applyRequest = m_replanRequest = 0;
    m_rechecks.clear();
    finishJob(nullptr);
    if (m_dialog)
        m_dialog->close();
    if (!service)
        return;
    connect(service, &InspectionService::fixPlanned, this, &FixController::onPlanned);
    connect(service, &InspectionService::fixApplied, this, &FixController::onApplied);
    connect(service, &InspectionService::rechecked, this, &FixController::onRechecked);
    connect(service, &InspectionService::fixProgress, this, [this](quint64 requestId, int done, int total, const QString &text) {
        Q_UNUSED(text)
        if (requestId == m_planRequest) {
            m_planDone = done;
            if (m_job)
                m_job->report({tr("Planning: %1 of %2").arg(done).arg(total), done, total});
        }
        // The apply's progress is per step (fixStepUpdated below), not per therapist.
    });
    connect(service, &InspectionService::fixStepUpdated, this,
            [this](quint64 requestId, const QString &key, int index, const fixes::FixStep &step) {
                if (requestId != m_applyRequest)
                    return;
                if (m_dialog)
                    m_dialog->updateStep(key, index, step);
                if (m_applySteps) {
                    const progress::Progress now = m_applySteps->stepUpdated(key, index, step);
                    if (m_job)
                        m_job->report(now);
                    if (m_dialog)
                        m_dialog->setProgressText(now.text);
                }
            });
}

QString FixController::unavailableReason() const
{
    if (m_profile.readOnly)
        return tr("The profile \"%1\" is read-only: fixes are disabled").arg(m_profile.name);
    if (!m_service)
        return tr("Open a profile or the demo first");
    if (!m_service->fixesAvailable())
        return tr("This connection cannot apply fixes");
    return {};
}

void FixController::requestFix(const QString &fix, const QStringList &therapistKeys)
{
    // "auto": one plan per therapist, whichever of the three brings it to correct.
    const bool automatic = fix == QLatin1String("auto");
    const std::optional<fixes::FixKind> kind = automatic ? std::optional(fixes::FixKind::PullIds) : fixes::fixKindFromName(fix);
    if (!kind || therapistKeys.isEmpty())
        return;
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        Q_EMIT statusMessage(reason, 6000);
        Q_EMIT requestFailed(reason);
        return;
    }
    if (m_planRequest || m_applyRequest || m_dialog) {
        Q_EMIT statusMessage(tr("Finish the fix on screen first"), 4000);
        return;
    }
    std::vector<fixes::FixSubject> subjects;
    const TherapistListModel *model = m_session->therapists();
    for (const QString &key : therapistKeys) {
        // Only the ids go to the planner, and the slim row has them (a scanned row may not hold its report).
        const TherapistRow *row = model->rowAt(model->rowOfKey(key));
        if (!row || row->therapistId.isEmpty())
            continue; // not in the database: nothing a fix could write
        subjects.push_back({row->therapistId, row->contactId, row->target});
    }
    if (subjects.empty()) {
        Q_EMIT statusMessage(tr("None of the selected therapists is in the database"), 6000);
        Q_EMIT requestFailed(tr("None of the selected therapists is in the database"));
        return;
    }
    fixes::FixRequest request;
    request.kind = *kind;
    request.automatic = automatic;
    m_request = request;
    m_subjects = subjects;
    m_planRequest = m_service->planFix(request, subjects);
    m_planDone = 0;
    // Planning reads each therapist's state (seconds under a slow HubSpot): the status bar says so at
    // once, with Cancel, and the dialog opens when the plan arrives.
    if (m_work)
        m_job = m_work->begin({tr("Planning: %1 of %2").arg(0).arg(subjects.size()), 0, int(subjects.size())}, [this] { cancelPlanning(); });
    const QString name = automatic ? tr("the fix") : fix;
    Q_EMIT statusMessage(subjects.size() == 1 ? tr("Planning %1…").arg(name)
                                              : tr("Planning %1 for %2 therapists…").arg(name).arg(subjects.size()),
                         0);
}

void FixController::onPlanned(quint64 requestId, const fixes::FixPlan &plan, const QString &errorMessage)
{
    if (requestId != 0 && requestId == m_replanRequest) {
        m_replanRequest = 0;
        if (!m_dialog)
            return;
        if (errorMessage.isEmpty())
            m_dialog->replanned(plan);
        else
            m_dialog->replanFailed(errorMessage);
        return;
    }
    if (requestId != m_planRequest)
        return;
    m_planRequest = 0;
    finishJob(nullptr);
    if (!errorMessage.isEmpty()) {
        Q_EMIT statusMessage(tr("Could not plan the fix: %1").arg(errorMessage), 0);
        Q_EMIT requestFailed(errorMessage);
        return;
    }
    Q_EMIT statusMessage(tr("Plan ready: review it before applying"), 4000);
    openDialog(plan);
}

void FixController::openDialog(const fixes::FixPlan &plan)
{
    auto *dialog = new widgets::FixPlanDialog(plan, m_dialogParent, m_request.automatic ? &m_profile : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccessibleName(tr("Fix plan"));
    m_dialog = dialog;
    dialog->enableTargetEditing(m_profile);
    connect(dialog, &widgets::FixPlanDialog::targetEdited, this, [this](const std::vector<fixes::LabelAssignment> &assignments) {
        if (!m_service || m_applyRequest)
            return;
        // The same worker-thread path as the first plan; a newer edit supersedes an older answer.
        fixes::FixRequest request = m_request;
        request.relabel.assignments = assignments;
        m_replanRequest = m_service->planFix(request, m_subjects);
    });
    connect(dialog, &widgets::FixPlanDialog::applyRequested, this, [this](const fixes::FixPlan &confirmed) {
        if (!m_service)
            return;
        m_applyRequest = m_service->applyFix(confirmed);
        beginApply(confirmed);
        Q_EMIT statusMessage(m_request.automatic ? tr("Applying the fix…") : tr("Applying %1…").arg(fixes::fixKindName(confirmed.kind)), 0);
    });
    connect(dialog, &widgets::FixPlanDialog::cancelRequested, this, [this] {
        if (m_job)
            m_job->requestCancel(); // the same as the status bar's Cancel
        else if (m_service && m_applyRequest)
            m_service->cancelFix(m_applyRequest);
    });
    // open(), not exec(): window-modal without a nested event loop.
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void FixController::cancelPlanning()
{
    if (!m_planRequest)
        return;
    if (m_service)
        m_service->cancelFix(m_planRequest);
    // The plan's answer, when it comes, is dropped: nothing was written, nothing is shown.
    const int total = int(m_subjects.size());
    m_planRequest = 0;
    const int done = std::min(m_planDone, total);
    if (m_work)
        m_work->finishCancelled(std::exchange(m_job, nullptr), done, total - done);
    Q_EMIT requestFailed(progress::cancelledText(done, total - done));
}

void FixController::beginApply(const fixes::FixPlan &confirmed)
{
    m_applySteps.emplace(confirmed);
    const progress::Progress first = m_applySteps->current();
    if (m_dialog)
        m_dialog->setProgressText(first.text);
    if (!m_work)
        return;
    finishJob(nullptr);
    m_job = m_work->begin(first, [this] {
        if (m_service && m_applyRequest)
            m_service->cancelFix(m_applyRequest);
        Q_EMIT statusMessage(tr("Cancelling after the therapist in flight…"), 0);
        if (m_job)
            m_job->report({tr("Cancelling after the therapist in flight…"), m_applySteps ? m_applySteps->done() : 0,
                           m_applySteps ? m_applySteps->total() : 0});
    });
}

void FixController::finishJob(const fixes::FixResult *result)
{
    std::shared_ptr<progress::ProgressSink> job = std::exchange(m_job, nullptr);
    if (!job)
        return;
    // Cancelled: some were never started, or the one in flight was stopped (and undone).
    if (!result || !(result->cancelled || job->isCancelRequested()) || !m_work) {
        job->finish();
        return;
    }
    // "Cancelled: N done, M not started", counted in therapists as the apply runs them.
    int notStarted = 0;
    for (const fixes::TherapistResult &entry : result->therapists)
        notStarted += entry.outcome == fixes::FixOutcome::Cancelled ? 1 : 0; // Cancelled: not started
    m_work->finishCancelled(job, int(result->therapists.size()) - notStarted, notStarted);
}

QStringList FixController::inspectTargets(const fixes::FixResult &result)
{
    QStringList targets;
    for (const fixes::TherapistResult &entry : result.therapists) {
        const Therapist &therapist = entry.plan.therapist;
        const QString target = !therapist.contactId.isEmpty() ? therapist.contactId : therapist.id;
        if (!target.isEmpty() && !targets.contains(target))
            targets << target;
    }
    return targets;
}

void FixController::onApplied(quint64 requestId, const fixes::FixResult &result, const QString &errorMessage)
{
    if (requestId != m_applyRequest)
        return;
    m_applyRequest = 0;
    m_applySteps.reset();
    if (!errorMessage.isEmpty()) {
        finishJob(nullptr);
        Q_EMIT statusMessage(tr("Nothing applied: %1").arg(errorMessage), 0);
        if (m_dialog)
            m_dialog->setProgress(0, 0, tr("Nothing applied: %1").arg(errorMessage));
        return;
    }
    if (m_dialog)
        m_dialog->showResult(result);
    int succeeded = 0;
    QStringList ids;
    for (const fixes::TherapistResult &entry : result.therapists) {
        if (fixes::isSuccess(entry.outcome))
            ++succeeded;
        ids << entry.plan.therapist.id;
    }
    if (m_request.automatic) {
        int resolved = 0;
        for (const fixes::TherapistResult &entry : result.therapists)
            resolved += fixes::autoVerdict(entry, m_profile).resolved ? 1 : 0;
        Q_EMIT statusMessage(tr("Fix: %1 of %2 therapist(s) resolved").arg(resolved).arg(result.therapists.size()), 0);
    } else {
        Q_EMIT statusMessage(result.allSucceeded() ? tr("%1 applied and verified").arg(fixes::fixKindName(result.kind))
                                                   : tr("%1: %2 of %3 therapists done; see the plan window for what is left")
                                                         .arg(fixes::fixKindName(result.kind))
                                                         .arg(succeeded)
                                                         .arg(result.therapists.size()),
                             0);
    }
    // Last, so that a cancel's "Cancelled: N done, M not started" is what the status bar says.
    finishJob(&result);
    Q_EMIT applied(ids);
    // What the list shows must be what HubSpot and the database hold now (the F5 behaviour).
    const QStringList targets = inspectTargets(result);
    if (targets.isEmpty() || !m_service)
        return;
    m_session->inspect(targets);
    // HubSpot workflows may still be running: look again later and flag anyone who broke again.
    m_rechecks << m_service->recheck(targets, m_profile.diagnosis.recheckSeconds);
}

void FixController::onRechecked(quint64 requestId, const std::vector<fixes::RecheckOutcome> &outcomes, const QString &errorMessage)
{
    if (!m_rechecks.removeOne(requestId))
        return;
    if (!errorMessage.isEmpty()) {
        Q_EMIT statusMessage(tr("The re-check after the fix failed: %1").arg(errorMessage), 0);
        return;
    }
    QStringList names;
    std::vector<TherapistReport> broken;
    for (const fixes::RecheckOutcome &outcome : outcomes) {
        if (!outcome.brokeAgain)
            continue;
        const Therapist &therapist = outcome.report.snapshot.therapist;
        names << (therapist.name.isEmpty() ? therapist.contactId : therapist.name);
        broken.push_back(outcome.report);
    }
    Q_EMIT recheckFinished(int(names.size()), int(outcomes.size()));
    if (names.isEmpty()) {
        Q_EMIT statusMessage(tr("Re-check: the fix held for %n therapist(s): ids and labels still right", nullptr, int(outcomes.size())), 8000);
        return;
    }
    // The rows show the state found now; a full inspection replaces it with the evidence when idle.
    m_session->therapists()->addReports(std::move(broken));
    Q_EMIT statusMessage(tr("Re-check: broke again after the fix: %1").arg(names.join(QStringLiteral(", "))), 0);
}

} // namespace credsync
