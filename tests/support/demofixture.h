#pragma once
// Starts the sandbox's demo world on loopback with a pinned "now", and runs inspections against it
// to completion, for integration tests of the read pipeline, the fixes and the export.
#include "core/inspector.h"
#include "core/profile.h"
#include "sandbox/demoenvironment.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace credsync::test {

struct InspectionResult
{
    bool finished = false;
    Status status = Ok{};
    std::vector<TherapistReport> reports;
    std::vector<UnresolvedTarget> unresolved;

    const TherapistReport *byContact(const QString &contactId) const;
};

class DemoFixture
{
public:
    // A fixed moment so that ages and windows in the demo world are reproducible.
    static QDateTime fixedNow();

    // Starts the sandbox (QVERIFY-style failures are reported through the returned error string).
    // generate >= 0 serves a generated large world of that many therapists instead of the demo world.
    QString start(int generate = -1, quint64 seed = 1);
    sandbox::DemoEnvironment &environment() { return *m_environment; }
    sandbox::SandboxServer &server() { return *m_environment->server(); }
    const Profile &profile() const { return m_profile; }
    // Contact ids tagged with a scenario in the demo world ("MISSING_DB_ID", "HEALTHY", ...).
    QStringList contactsTagged(const QString &scenario) const;

    // Connects a new inspector and waits for connected(); the inspector uses fixedNow().
    std::unique_ptr<Inspector> connectedInspector(Status *status = nullptr, const Profile *profile = nullptr);
    InspectionResult inspect(Inspector &inspector, const QStringList &targets, bool withEvidence = true);
    InspectionResult scan(Inspector &inspector, int limit = 0);

private:
    InspectionResult run(Inspector &inspector, bool scan, const QStringList &targets, const InspectOptions &options);

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::DemoEnvironment> m_environment;
    Profile m_profile;
};

QStringList findingCodes(const TherapistReport &report);

} // namespace credsync::test
