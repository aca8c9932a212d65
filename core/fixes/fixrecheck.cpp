#include "fixrecheck.h"

#include "../inspector.h"

#include <QTimer>

namespace credsync::fixes {

FixRecheck::FixRecheck(Inspector *inspector, quint64 jobId, QObject *parent)
    : QObject(parent)
    , m_inspector(inspector)
    , m_jobId(jobId)
{
    connect(m_inspector, &Inspector::reportReady, this, [this](quint64 job, const TherapistReport &report) {
        if (job == m_jobId && !m_cancelled)
            m_outcomes.push_back({report, needsFix(report)});
    });
    connect(m_inspector, &Inspector::finished, this, [this](quint64 job, const Status &status) {
        if (job == m_jobId && !m_cancelled)
            Q_EMIT finished(m_outcomes, status);
    });
}

bool FixRecheck::needsFix(const TherapistReport &report)
{
    for (const Finding &finding : report.findings) {
        if (finding.fix == QLatin1String("pull-ids") || finding.fix == QLatin1String("relabel") || finding.fix == QLatin1String("resync"))
            return true;
    }
    return false;
}

void FixRecheck::start(const QStringList &targets, int delaySeconds)
{
    m_outcomes.clear();
    m_cancelled = false;
    QTimer::singleShot(qMax(0, delaySeconds) * 1000, this, [this, targets] {
        if (m_cancelled)
            return;
        InspectOptions options;
        options.withEvidence = false;
        m_inspector->inspect(m_jobId, targets, options);
    });
}

void FixRecheck::cancel()
{
    m_cancelled = true;
    m_inspector->cancel(m_jobId);
}

} // namespace credsync::fixes

#include "moc_fixrecheck.cpp"
