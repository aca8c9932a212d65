#include "fixtext.h"

#include "fixheadline.h"
#include "fixwords.h"

#include "planwording.h"

#include <QCoreApplication>

namespace credsync::fixes {

namespace {

QString valuesLine(const ValueMap &values)
{
    QStringList parts;
    for (const auto &[name, value] : values)
        parts << QStringLiteral("%1=%2").arg(name, wording::valueText(value));
    return parts.join(QStringLiteral(", "));
}

QString stepLines(const FixStep &step, int number, bool withStatus)
{
    QString text = QStringLiteral("  %1. %2\n").arg(number).arg(step.description);
    switch (step.kind) {
    case FixStep::Kind::UpdateColumns:
    case FixStep::Kind::UpdateProperties:
        text += QCoreApplication::translate("FixText", "     before: %1\n     after:  %2\n").arg(valuesLine(step.before), valuesLine(step.after));
        break;
    case FixStep::Kind::RemoveLabels:
    case FixStep::Kind::AddLabels:
        text += QCoreApplication::translate("FixText", "     before: %1\n     after:  %2\n").arg(wording::labelsText(step.labelsBefore), wording::labelsText(step.labelsAfter));
        break;
    }
    text += QCoreApplication::translate("FixText", "     api:    %1\n").arg(step.api);
    if (withStatus) {
        text += QCoreApplication::translate("FixText", "     status: %1%2%3\n")
                    .arg(stepStatusWords(stepStatusName(step.status)),
                         step.attempts > 1 ? QCoreApplication::translate("FixText", " after %1 attempts").arg(step.attempts) : QString(),
                         step.message.isEmpty() ? QString() : QStringLiteral(" — ") + step.message);
    }
    return text;
}

QString targetLines(const TherapistPlan &plan)
{
    if (plan.kind != FixKind::Relabel || plan.target.empty())
        return {};
    QString text = plan.targetProposed ? QCoreApplication::translate("FixText", "  target (proposed from the evidence; change it with --label \"LABEL=OBJECT_ID\"):\n")
                                       : QCoreApplication::translate("FixText", "  target (as given):\n");
    for (auto type = plan.target.begin(); type != plan.target.end(); ++type) {
        for (auto label = type.value().begin(); label != type.value().end(); ++label) {
            QString objects;
            if (label.value().is_null())
                objects = QCoreApplication::translate("FixText", "no object");
            else if (label.value().is_string())
                objects = QString::fromStdString(label.value().get<std::string>());
            else
                objects = QString::fromStdString(label.value().dump());
            text += QStringLiteral("    %1 %2 → %3\n").arg(QString::fromStdString(type.key()), QString::fromStdString(label.key()), objects);
        }
    }
    return text;
}

QString planBody(const TherapistPlan &plan, bool withStatus)
{
    QString text;
    if (plan.refused())
        text += QCoreApplication::translate("FixText", "  REFUSED: %1\n").arg(plan.refusal);
    text += targetLines(plan);
    if (!plan.refused() && plan.steps.empty())
        text += QCoreApplication::translate("FixText", "  nothing to do\n");
    int number = 1;
    for (const FixStep &step : plan.steps)
        text += stepLines(step, number++, withStatus);
    for (const QString &note : plan.notes)
        text += QCoreApplication::translate("FixText", "  note: %1\n").arg(note);
    return text;
}

} // namespace

QString therapistHeading(const TherapistPlan &plan)
{
    QString who = plan.therapist.name.isEmpty() ? plan.therapist.id : plan.therapist.name;
    if (!plan.therapist.contactId.isEmpty())
        who += QCoreApplication::translate("FixText", " (contact %1)").arg(plan.therapist.contactId);
    return who;
}

QString planText(const FixPlan &plan)
{
    QString text = QCoreApplication::translate("FixText", "Plan: %1 for %2 therapist(s), profile %3. Nothing has been changed.\n")
                       .arg(fixWords(fixKindName(plan.kind)))
                       .arg(plan.therapists.size())
                       .arg(plan.profileName);
    for (const TherapistPlan &entry : plan.therapists)
        text += QStringLiteral("\n%1\n").arg(therapistHeading(entry)) + planBody(entry, false);
    for (const UnresolvedTarget &target : plan.unresolved)
        text += QCoreApplication::translate("FixText", "\nunresolved: %1: %2\n").arg(target.target, target.reason);
    if (plan.actionableCount() > 0)
        text += QCoreApplication::translate("FixText", "\nRun again with --apply to apply these steps.\n");
    return text;
}

QString resultText(const FixResult &result, const FixPlan &plan)
{
    QString text = resultHeadline(result, plan) + QLatin1Char('\n');
    for (const TherapistResult &entry : result.therapists) {
        text += QStringLiteral("\n%1: %2 — %3\n").arg(therapistHeading(entry.plan), outcomeWords(fixOutcomeName(entry.outcome)).toUpper(), entry.message);
        text += planBody(entry.plan, true);
        if (!entry.stateReport.isEmpty()) {
            text += QCoreApplication::translate("FixText", "  state now:\n");
            for (const QString &line : entry.stateReport)
                text += QStringLiteral("    %1\n").arg(line);
        }
        if (!entry.leftToDo.isEmpty()) {
            text += QCoreApplication::translate("FixText", "  left to do:\n");
            for (const QString &line : entry.leftToDo)
                text += QStringLiteral("    %1\n").arg(line);
        }
    }
    for (const UnresolvedTarget &target : plan.unresolved)
        text += QCoreApplication::translate("FixText", "\nunresolved: %1: %2\n").arg(target.target, target.reason);
    return text;
}

} // namespace credsync::fixes
