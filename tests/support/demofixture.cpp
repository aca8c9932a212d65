#include "demofixture.h"

#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/world.h"

#include <QSignalSpy>
#include <QTest>

namespace credsync::test {

const TherapistReport *InspectionResult::byContact(const QString &contactId) const
{
    for (const TherapistReport &report : reports) {
        if (report.snapshot.therapist.contactId == contactId)
            return &report;
    }
    return nullptr;
}

QDateTime DemoFixture::fixedNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc());
}

QString DemoFixture::start(int generate, quint64 seed)
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    m_environment = std::make_unique<sandbox::DemoEnvironment>();
    sandbox::DemoOptions options;
    options.now = fixedNow();
    // The console side shares the world's clock, as `credsync --demo` does with CREDSYNC_DEMO_NOW.
    clock::pin(fixedNow());
    options.dataDir = m_dir.path();
    options.generate = generate;
    options.seed = seed;
    QString error;
    if (!m_environment->start(options, &error))
        return error;
    m_environment->exportSecretsToEnvironment();
    Result<Profile> profile = Profile::fromJson(m_environment->profileJson(), QStringLiteral("demo"));
    if (!profile)
        return profile.error().describe();
    m_profile = std::move(profile).value();
    return {};
}

QStringList DemoFixture::contactsTagged(const QString &scenario) const
{
    QStringList contacts;
    for (const sandbox::ScenarioTag &tag : m_environment->server()->world().scenarios) {
        if (QString::fromStdString(tag.scenario) == scenario)
            contacts << QString::number(tag.contactId);
    }
    return contacts;
}

std::unique_ptr<Inspector> DemoFixture::connectedInspector(Status *status, const Profile *profile)
{
    auto inspector = std::make_unique<Inspector>(profile ? *profile : m_profile);
    inspector->setClock([] { return fixedNow(); });
    QSignalSpy connected(inspector.get(), &Inspector::connected);
    inspector->connectSources();
    if (connected.isEmpty())
        connected.wait(20000);
    Status result = connected.isEmpty() ? Status(Error::make(Error::Kind::Timeout, QStringLiteral("no connected()")))
                                        : connected.first().first().value<Status>();
    if (status)
        *status = result;
    return inspector;
}

InspectionResult DemoFixture::run(Inspector &inspector, bool scan, const QStringList &targets, const InspectOptions &options)
{
    InspectionResult result;
    static quint64 nextJob = 100;
    const quint64 job = ++nextJob;
    QObject context;
    QObject::connect(&inspector, &Inspector::reportReady, &context, [&](quint64 id, const TherapistReport &report) {
        if (id == job)
            result.reports.push_back(report);
    });
    QObject::connect(&inspector, &Inspector::unresolved, &context, [&](quint64 id, const UnresolvedTarget &target) {
        if (id == job)
            result.unresolved.push_back(target);
    });
    QObject::connect(&inspector, &Inspector::finished, &context, [&](quint64 id, const Status &status) {
        if (id == job) {
            result.status = status;
            result.finished = true;
        }
    });
    if (scan)
        inspector.scan(job, options);
    else
        inspector.inspect(job, targets, options);
    if (!QTest::qWaitFor([&] { return result.finished; }, 60000))
        result.status = Error::make(Error::Kind::Timeout, QStringLiteral("the inspection did not finish within 60 s"));
    return result;
}

InspectionResult DemoFixture::inspect(Inspector &inspector, const QStringList &targets, bool withEvidence)
{
    InspectOptions options;
    options.withEvidence = withEvidence;
    return run(inspector, false, targets, options);
}

InspectionResult DemoFixture::scan(Inspector &inspector, int limit)
{
    InspectOptions options;
    options.withEvidence = false;
    options.limit = limit;
    return run(inspector, true, {}, options);
}

QStringList findingCodes(const TherapistReport &report)
{
    QStringList codes;
    for (const Finding &finding : report.findings) {
        if (!codes.contains(finding.code))
            codes << finding.code;
    }
    return codes;
}

} // namespace credsync::test
