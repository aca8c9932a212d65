#include "core/progress/progress.h"

#include <QCoreApplication>

namespace credsync::progress {

QString cancelledText(int done, int notStarted)
{
    return QCoreApplication::translate("Progress", "Cancelled: %1 done, %2 not started").arg(done).arg(notStarted);
}

ProgressSink::~ProgressSink() = default;

void ProgressSink::requestCancel()
{
    const bool first = !m_cancelled.exchange(true);
    if (first && m_onCancel)
        m_onCancel();
}

} // namespace credsync::progress
