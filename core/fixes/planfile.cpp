#include "planfile.h"

#include "fixjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

namespace credsync::fixes {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct PlanFileText
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
};

Error planError(const QString &text)
{
    return Error::make(Error::Kind::Validation, text, QStringLiteral("plan"));
}

std::string iso(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
}

std::optional<QDateTime> timeFrom(const nlohmann::json &value)
{
    if (!value.is_string())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(QString::fromStdString(value.get<std::string>()), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QString stringAt(const nlohmann::json &object, const char *key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}

nlohmann::json therapistsJson(const PlanFile &plan)
{
    nlohmann::json therapists = nlohmann::json::array();
    for (const PlanFileTherapist &therapist : plan.therapists)
        therapists.push_back({{"contact_id", therapist.contactId.toStdString()},
                              {"therapist_id", therapist.therapistId.toStdString()},
                              {"name", therapist.name.toStdString()},
                              {"fingerprint", therapist.fingerprint.toStdString()},
                              {"steps", therapist.steps}});
    return therapists;
}

} // namespace

nlohmann::json planStepsJson(const TherapistPlan &plan)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const FixStep &step : plan.steps) {
        // The approved content: what each step does, never its runtime status.
        nlohmann::json entry = stepToJson(step);
        entry.erase("status");
        entry.erase("message");
        steps.push_back(entry);
    }
    return steps;
}

PlanFile planFileFrom(const FixPlan &plan, const QString &planner, const QDateTime &createdAt, const QString &code)
{
    PlanFile file;
    file.kind = plan.kind;
    file.createdAt = createdAt.toUTC();
    file.planner = planner;
    file.profile = plan.profileName;
    file.code = code;
    for (const TherapistPlan &therapist : plan.therapists) {
        if (therapist.refused() || therapist.nothingToDo())
            continue;
        file.therapists.push_back({therapist.therapist.contactId, therapist.therapist.id, therapist.therapist.name,
                                   therapist.fingerprint, planStepsJson(therapist)});
    }
    return file;
}

QString planDigest(const PlanFile &plan)
{
    const nlohmann::json content{{"kind", fixKindName(plan.kind).toStdString()},
                                 {"created_at", iso(plan.createdAt)},
                                 {"planner", plan.planner.toStdString()},
                                 {"profile", plan.profile.toStdString()},
                                 {"therapists", therapistsJson(plan)}};
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(content.dump()), QCryptographicHash::Sha256).toHex());
}

nlohmann::json planFileToJson(const PlanFile &plan)
{
    nlohmann::json approvals = nlohmann::json::array();
    for (const PlanApproval &approval : plan.approvals)
        approvals.push_back({{"operator", approval.operatorName.toStdString()}, {"at", iso(approval.at)}, {"digest", approval.digest.toStdString()}});
    nlohmann::json json{{"kind", fixKindName(plan.kind).toStdString()},
                        {"created_at", iso(plan.createdAt)},
                        {"planner", plan.planner.toStdString()},
                        {"profile", plan.profile.toStdString()},
                        {"approvals", approvals},
                        {"therapists", therapistsJson(plan)}};
    if (!plan.code.isEmpty())
        json["code"] = plan.code.toStdString();
    return json;
}

Result<PlanFile> planFileFromJson(const QByteArray &text)
{
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text.constBegin(), text.constEnd());
    } catch (const std::exception &) {
        return planError(PlanFileText::tr("the plan is not valid JSON"));
    }
    if (!root.is_object())
        return planError(PlanFileText::tr("the plan must be a JSON object"));
    PlanFile plan;
    const std::optional<FixKind> kind = fixKindFromName(stringAt(root, "kind"));
    if (!kind)
        return planError(PlanFileText::tr("\"kind\" must be pull-ids, relabel or resync"));
    plan.kind = *kind;
    const std::optional<QDateTime> created = timeFrom(root.value("created_at", nlohmann::json()));
    if (!created)
        return planError(PlanFileText::tr("\"created_at\" must be an ISO-8601 time"));
    plan.createdAt = *created;
    plan.planner = stringAt(root, "planner");
    if (plan.planner.isEmpty())
        return planError(PlanFileText::tr("\"planner\" is missing"));
    plan.profile = stringAt(root, "profile");
    plan.code = stringAt(root, "code");
    const nlohmann::json approvals = root.value("approvals", nlohmann::json::array());
    if (!approvals.is_array())
        return planError(PlanFileText::tr("\"approvals\" must be a list"));
    for (const nlohmann::json &entry : approvals) {
        const std::optional<QDateTime> at = entry.is_object() ? timeFrom(entry.value("at", nlohmann::json())) : std::nullopt;
        if (!at || stringAt(entry, "operator").isEmpty())
            return planError(PlanFileText::tr("each approval needs \"operator\" and \"at\""));
        plan.approvals.push_back({stringAt(entry, "operator"), *at, stringAt(entry, "digest")});
    }
    const auto therapists = root.find("therapists");
    if (therapists == root.end() || !therapists->is_array())
        return planError(PlanFileText::tr("\"therapists\" must be a list"));
    for (const nlohmann::json &entry : *therapists) {
        if (!entry.is_object())
            return planError(PlanFileText::tr("each therapist must be an object"));
        PlanFileTherapist therapist;
        therapist.contactId = stringAt(entry, "contact_id");
        therapist.therapistId = stringAt(entry, "therapist_id");
        therapist.name = stringAt(entry, "name");
        therapist.fingerprint = stringAt(entry, "fingerprint");
        therapist.steps = entry.value("steps", nlohmann::json::array());
        if ((therapist.contactId.isEmpty() || !isHubSpotId(therapist.contactId)) && therapist.therapistId.isEmpty())
            return planError(PlanFileText::tr("a therapist has neither a valid \"contact_id\" nor a \"therapist_id\""));
        if (therapist.fingerprint.isEmpty() || !therapist.steps.is_array())
            return planError(PlanFileText::tr("therapist %1: \"fingerprint\" and \"steps\" are required").arg(therapist.contactId));
        plan.therapists.push_back(therapist);
    }
    return plan;
}

Result<PlanFile> loadPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return planError(PlanFileText::tr("cannot read %1: %2").arg(path, file.errorString()));
    Result<PlanFile> plan = planFileFromJson(file.readAll());
    if (!plan)
        return planError(PlanFileText::tr("%1: %2").arg(path, plan.error().message));
    return plan;
}

Status savePlanFile(const QString &path, const PlanFile &plan)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return planError(PlanFileText::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QByteArray::fromStdString(planFileToJson(plan).dump(2)) + '\n');
    if (!file.commit())
        return planError(PlanFileText::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

Status approvePlan(PlanFile &plan, const QString &approver, const QDateTime &at)
{
    if (approver.isEmpty())
        return planError(PlanFileText::tr("the approving operator is unknown"));
    if (approver == plan.planner)
        return planError(PlanFileText::tr("%1 planned this fix, so %1 cannot approve it: a second operator must.").arg(approver));
    for (const PlanApproval &approval : plan.approvals) {
        if (approval.operatorName == approver)
            return planError(PlanFileText::tr("%1 already approved this plan.").arg(approver));
    }
    if (plan.therapists.empty())
        return planError(PlanFileText::tr("the plan has no therapist to fix; there is nothing to approve."));
    plan.approvals.push_back({approver, at.toUTC(), planDigest(plan)});
    return Ok{};
}

Status checkApplicable(const PlanFile &plan, const QString &profileName, const QDateTime &now, int lifetimeHours)
{
    if (!plan.profile.isEmpty() && plan.profile != profileName)
        return planError(PlanFileText::tr("the plan was made for the profile \"%1\", not \"%2\"").arg(plan.profile, profileName));
    const QString digest = planDigest(plan);
    bool approved = false;
    for (const PlanApproval &approval : plan.approvals)
        approved = approved || (approval.operatorName != plan.planner && approval.digest == digest);
    if (!approved)
        return planError(plan.approvals.empty() ? PlanFileText::tr("the plan is not approved: a second operator must run 'credsync fix approve' on it first")
                                                : PlanFileText::tr("the plan has no valid approval: it was changed after it was approved, or approved by its planner"));
    if (plan.createdAt.addSecs(qint64(lifetimeHours) * 3600) < now)
        return planError(PlanFileText::tr("the plan expired: it was made at %1 and plans are valid for %2 hours; plan again from a fresh scan")
                             .arg(QString::fromStdString(iso(plan.createdAt)))
                             .arg(lifetimeHours));
    if (plan.createdAt > now.addSecs(300))
        return planError(PlanFileText::tr("the plan's creation time lies in the future; refusing it"));
    return Ok{};
}

} // namespace credsync::fixes
