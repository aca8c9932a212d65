#pragma once
// `credsync doctor` and the GUI's connection page: checks each source in turn and says what is wrong
// and how to fix it. Runs on the thread that owns the sources; async, no nested event loops.
#include "profile.h"
#include "result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace credsync {

struct DoctorCheck
{
    enum class Status { Ok, Warning, Failed, Skipped };
    QString source;  // profile | hubspot | db | loki | sentry
    QString title;   // "token accepted", "label Active Attested exists"
    Status status = Status::Ok;
    QString detail;  // what was seen
    QString hint;    // how to fix it (empty when ok)
};

QString doctorStatusName(DoctorCheck::Status status);

class Doctor : public QObject
{
    Q_OBJECT
public:
    explicit Doctor(Profile profile, QObject *parent = nullptr);
    ~Doctor() override;

    // Runs every check; emits checkDone for each as it completes and finished at the end.
    void run();

Q_SIGNALS:
    void checkDone(const credsync::DoctorCheck &check);
    void finished(bool allOk);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace credsync

Q_DECLARE_METATYPE(credsync::DoctorCheck)
