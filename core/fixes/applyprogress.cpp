#include "core/fixes/applyprogress.h"

#include <QCoreApplication>

namespace credsync::fixes {

ApplyProgress::ApplyProgress(const FixPlan &plan)
{
    for (const TherapistPlan &entry : plan.therapists) {
        if (entry.refused() || entry.nothingToDo())
            continue;
        for (size_t i = 0; i < entry.steps.size(); ++i)
            m_steps.push_back({entry.therapist.id, int(i), entry.steps[i].description});
    }
}

progress::Progress ApplyProgress::current() const
{
    const int total = this->total();
    if (m_next >= total)
        return {QCoreApplication::translate("ApplyProgress", "%1 of %2 steps written; verifying the result…").arg(m_next).arg(total), m_next,
                total};
    return {QCoreApplication::translate("ApplyProgress", "Step %1 of %2: %3").arg(m_next + 1).arg(total).arg(m_steps[size_t(m_next)].description),
            m_next, total};
}

progress::Progress ApplyProgress::stepUpdated(const QString &therapistKey, int index, const FixStep &step)
{
    int position = -1;
    for (size_t i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].therapistKey == therapistKey && m_steps[i].index == index) {
            position = int(i);
            break;
        }
    }
    if (position < 0)
        return current();
    if (step.status == StepStatus::Done) {
        m_next = std::max(m_next, position + 1);
    } else if (step.status == StepStatus::Failed) {
        // The therapist's later steps are not attempted: the next one sent is the next therapist's first.
        int next = position + 1;
        while (next < total() && m_steps[size_t(next)].therapistKey == therapistKey)
            ++next;
        m_next = std::max(m_next, next);
    }
    return current();
}

} // namespace credsync::fixes
