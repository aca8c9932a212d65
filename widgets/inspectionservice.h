#pragma once
// What the window needs from the read pipeline, as an interface: the real one hosts core's Inspector
// on a worker thread (ThreadedInspectionService); tests drive the window with a scripted fake.
// All signals arrive on the GUI thread.
#include <QObject>
#include <QStringList>

#include "core/inspector.h"

namespace credsync {

class InspectionService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Each call returns a new job id; signals carry it so that answers to superseded jobs can be dropped.
    virtual quint64 inspect(const QStringList &targets) = 0;
    virtual quint64 scan() = 0;
    virtual void cancel(quint64 jobId) = 0;

Q_SIGNALS:
    void reportReady(quint64 jobId, const credsync::TherapistReport &report);
    void unresolved(quint64 jobId, const credsync::UnresolvedTarget &target);
    void progress(quint64 jobId, int done, int total);
    // errorMessage is empty when the job ran to the end (whatever it found).
    void finished(quint64 jobId, const QString &errorMessage);
    // The sources are open (errorMessage empty) or could not be opened; account holds the portal's
    // id and UI domain for record links.
    void sourcesConnected(const QString &errorMessage, const credsync::AccountInfo &account);
    void sourceHealthChanged(const credsync::SourceHealth &health);
    void rateBudgetChanged(int remaining, int max);
};

} // namespace credsync
