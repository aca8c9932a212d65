#include "fixheadline.h"
#include "fixwords.h"

#include <QCoreApplication>

#include <map>

namespace credsync::fixes {

namespace {

QString outcomePhrase(FixOutcome outcome, int count, const QString &detail)
{
    // A literal context in every call: lupdate reads it from the call, not from a variable.
    switch (outcome) {
    case FixOutcome::Applied: return QCoreApplication::translate("FixHeadline", "%1 applied and verified").arg(count);
    case FixOutcome::NothingToDo: return QCoreApplication::translate("FixHeadline", "%1 with nothing to do").arg(count);
    case FixOutcome::Refused: return QCoreApplication::translate("FixHeadline", "%1 refused: %2").arg(count).arg(detail);
    case FixOutcome::ReadOnly: return QCoreApplication::translate("FixHeadline", "%1 not applied (read-only profile)").arg(count);
    case FixOutcome::ChangedSincePlanned: return QCoreApplication::translate("FixHeadline", "%1 not applied (changed since planned)").arg(count);
    case FixOutcome::Locked: return QCoreApplication::translate("FixHeadline", "%1 locked by %2").arg(count).arg(detail);
    case FixOutcome::Cancelled: return QCoreApplication::translate("FixHeadline", "%1 not started (cancelled)").arg(count);
    case FixOutcome::Failed: return QCoreApplication::translate("FixHeadline", "%1 failed and undone").arg(count);
    case FixOutcome::FailedNotCompensated: return QCoreApplication::translate("FixHeadline", "%1 failed and NOT undone (needs a person)").arg(count);
    case FixOutcome::VerifyFailed: return QCoreApplication::translate("FixHeadline", "%1 written but not verified").arg(count);
    }
    return {};
}

} // namespace

QString resultHeadline(const FixResult &result, const FixPlan &plan)
{
    // Outcome → (count, the first detail worth naming: the lock holder or the refusal's reason).
    std::map<FixOutcome, std::pair<int, QString>> byOutcome;
    for (const TherapistResult &entry : result.therapists) {
        auto &[count, detail] = byOutcome[entry.outcome];
        ++count;
        if (detail.isEmpty())
            detail = entry.outcome == FixOutcome::Locked ? (entry.lockHolder.isEmpty() ? entry.message : entry.lockHolder) : entry.message;
    }
    QStringList parts;
    for (const auto &[outcome, counted] : byOutcome)
        parts << outcomePhrase(outcome, counted.first, counted.second);
    if (!plan.unresolved.empty())
        parts << QCoreApplication::translate("FixHeadline", "%1 unresolved").arg(plan.unresolved.size());
    if (parts.isEmpty())
        parts << QCoreApplication::translate("FixHeadline", "no therapist");
    QString line = QCoreApplication::translate("FixHeadline", "%1, profile %2: %3.")
                       .arg(fixWords(fixKindName(result.kind)), plan.profileName, parts.join(QStringLiteral(", ")));
    if (result.cancelled)
        line += QLatin1Char(' ') + QCoreApplication::translate("FixHeadline", "Cancelled part-way.");
    return line;
}

} // namespace credsync::fixes
