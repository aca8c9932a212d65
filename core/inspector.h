#pragma once
// The read pipeline shared by the CLI and the GUI: targets → therapists (DB) → objects and labels
// (HubSpot, batched) → logs and errors (Loki, Sentry, bounded concurrency) → diagnosis → reports.
// Lives on one thread (the GUI moves it to a worker thread); every public slot may be invoked queued.
#include "profile.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace credsync {

namespace pipeline {
struct Sources;
}

struct InspectOptions
{
    bool withEvidence = true;   // Loki + Sentry; scan leaves them out by default
    int limit = 0;              // scan: at most this many therapists (0 = all)
    int pageSize = 1000;        // scan: therapists per round (one association batch read of 1,000 per type)
};

// The health of one source as last seen: shown in the GUI's status bar and by doctor.
struct SourceHealth
{
    QString source;     // hubspot | db | loki | sentry
    bool configured = false;
    bool ok = false;
    QString message;    // "authenticated", "credentials rejected (401)", ...
    QDateTime checkedAt;
};

class Inspector : public QObject
{
    Q_OBJECT
public:
    explicit Inspector(Profile profile, QObject *parent = nullptr);
    ~Inspector() override;

    const Profile &profile() const;
    AccountInfo accountInfo() const; // portal id and UI domain (from the profile or /account-info)

    // Tests pin "now" so that age-dependent findings are reproducible.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // When the therapist's last fix was verified (from the workspace's audit; invalid: none). Evidence
    // from before it is history and makes no finding. Called on the inspector's thread.
    void setFixHistory(std::function<QDateTime(const Therapist &)> lastVerifiedFix);

    // The live sources (HubSpot client, repository, Loki, Sentry) once connected() reported success;
    // the fixes run on the same thread and share them. Null before that.
    pipeline::Sources *sources();

public Q_SLOTS:
    // Opens the database and reads secrets; emits sourceHealthChanged for each source.
    // Returns via connected() so that it can run queued on a worker thread.
    void connectSources();
    // Each call gets a new job id (returned through jobStarted); results of older jobs keep their id so
    // that a caller can drop superseded answers.
    void inspect(quint64 jobId, const QStringList &targets, const credsync::InspectOptions &options);
    void scan(quint64 jobId, const credsync::InspectOptions &options);
    void cancel(quint64 jobId);

Q_SIGNALS:
    void connected(const credsync::Status &status);
    void sourceHealthChanged(const credsync::SourceHealth &health);
    void reportReady(quint64 jobId, const credsync::TherapistReport &report);
    void unresolved(quint64 jobId, const credsync::UnresolvedTarget &target);
    void progress(quint64 jobId, int done, int total);
    void finished(quint64 jobId, const credsync::Status &status);
    void rateBudgetChanged(int remaining, int max);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace credsync

Q_DECLARE_METATYPE(credsync::InspectOptions)
Q_DECLARE_METATYPE(credsync::SourceHealth)
Q_DECLARE_METATYPE(credsync::TherapistReport)
Q_DECLARE_METATYPE(credsync::UnresolvedTarget)
Q_DECLARE_METATYPE(credsync::Status)
