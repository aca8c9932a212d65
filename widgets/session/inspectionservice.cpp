#include "widgets/session/inspectionservice.h"

namespace credsync {

// The defaults answer queued, like a real service would, so a caller always holds the request id
// before its answer arrives.

quint64 InspectionService::planFix(const fixes::FixRequest &, const std::vector<fixes::FixSubject> &)
{
    const quint64 requestId = nextRequestId();
    QMetaObject::invokeMethod(this, [this, requestId] {
        Q_EMIT fixPlanned(requestId, {}, tr("This connection cannot apply fixes"));
    }, Qt::QueuedConnection);
    return requestId;
}

quint64 InspectionService::applyFix(const fixes::FixPlan &)
{
    const quint64 requestId = nextRequestId();
    QMetaObject::invokeMethod(this, [this, requestId] {
        Q_EMIT fixApplied(requestId, {}, tr("This connection cannot apply fixes"));
    }, Qt::QueuedConnection);
    return requestId;
}

quint64 InspectionService::recheck(const QStringList &, int)
{
    const quint64 requestId = nextRequestId();
    QMetaObject::invokeMethod(this, [this, requestId] {
        Q_EMIT rechecked(requestId, {}, tr("This connection cannot re-check"));
    }, Qt::QueuedConnection);
    return requestId;
}

} // namespace credsync

#include "moc_inspectionservice.cpp"
