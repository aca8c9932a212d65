// The fixes end to end against the sandbox over loopback HTTP and the demo SQLite database: the live
// gateway, the HubSpot client's writes, the repository's transaction and lock, fault rules, both PUT
// semantics, and diagnosis afterwards.
#include <QtTest>

#include "core/db/therapistrepository.h"
#include "core/diagnosis/diagnosis.h"
#include "core/fixes/fixrunner.h"
#include "core/fixes/livefixgateway.h"
#include "core/inspector.h"
#include "core/pipeline/sourcefactory.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/faultrules.h"
#include "sandbox/sandboxserver.h"

#include <QSqlQuery>

using namespace credsync;
using namespace credsync::fixes;

namespace {

const QStringList kLabelCodes{FindingCode::MultipleUniqueLabel, FindingCode::MissingUniqueLabel, FindingCode::ConflictingLabels};
const QStringList kIdCodes{FindingCode::MissingDbId, FindingCode::StaleDbId};

sandbox::FaultRule fault(const char *method, const QString &path, int times, int status, bool drop = false, int nth = 1)
{
    sandbox::FaultRule rule;
    rule.method = method;
    rule.pathPattern = path;
    rule.times = times;
    rule.status = status;
    rule.drop = drop;
    rule.nth = nth;
    return rule;
}

// Forwards to the live gateway, with a hook that lets another writer in just before the database write
// (after the lock and the re-read): only the repository's optimistic check can catch that.
class InterferingGateway : public FixGateway
{
public:
    explicit InterferingGateway(FixGateway *inner) : m_inner(inner) {}
    std::function<void()> beforeUpdateColumns;

    void readState(const FixSubject &s, Done<FixState> d) override { m_inner->readState(s, std::move(d)); }
    void readAssociations(const QString &c, const QString &t, Done<std::vector<AssociatedObject>> d) override { m_inner->readAssociations(c, t, std::move(d)); }
    void removeLabels(const QString &c, const QString &t, const QString &o, const std::vector<AssociationType> &l, Done<Ok> d) override { m_inner->removeLabels(c, t, o, l, std::move(d)); }
    void addLabels(const QString &c, const QString &t, const QString &o, const std::vector<AssociationType> &l, Done<Ok> d) override { m_inner->addLabels(c, t, o, l, std::move(d)); }
    void putLabels(const QString &c, const QString &t, const QString &o, const std::vector<AssociationType> &l, Done<Ok> d) override { m_inner->putLabels(c, t, o, l, std::move(d)); }
    void readProperties(const QString &t, const QString &o, const QStringList &p, Done<ValueMap> d) override { m_inner->readProperties(t, o, p, std::move(d)); }
    void updateProperties(const QString &t, const QString &o, const std::map<QString, QString> &v, Done<Ok> d) override { m_inner->updateProperties(t, o, v, std::move(d)); }
    Result<ValueMap> readColumns(const QString &k, const QStringList &c) override { return m_inner->readColumns(k, c); }
    Status updateColumns(const QString &k, const ValueMap &e, const ValueMap &v) override
    {
        if (beforeUpdateColumns) {
            auto hook = std::move(beforeUpdateColumns);
            beforeUpdateColumns = nullptr;
            hook();
        }
        return m_inner->updateColumns(k, e, v);
    }
    Result<std::unique_ptr<FixLock>> acquireLock(const Therapist &t, const QString &h) override { return m_inner->acquireLock(t, h); }
    void cancelAll() override { m_inner->cancelAll(); }

private:
    FixGateway *m_inner;
};

} // namespace

class TestFixSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::DemoEnvironment> m_demo;
    Profile m_profile;
    std::unique_ptr<Inspector> m_inspector;
    std::unique_ptr<LiveFixGateway> m_gateway;

    QString contactTagged(const std::string &scenario, const std::string &note = {}) const
    {
        for (const sandbox::ScenarioTag &tag : m_demo->server()->world().scenarios) {
            if (tag.scenario == scenario && (note.empty() || tag.note.find(note) != std::string::npos))
                return QString::number(tag.contactId);
        }
        return {};
    }

    FixState readState(const QString &contactId)
    {
        std::optional<Result<FixState>> state;
        m_gateway->readState(FixSubject{{}, contactId, contactId}, [&](Result<FixState> read) { state = std::move(read); });
        if (!QTest::qWaitFor([&] { return state.has_value(); }, 20000))
            qFatal("readState did not finish");
        if (!state->ok())
            qFatal("%s", qPrintable(state->error().describe()));
        return state->value();
    }

    QStringList findingCodes(const QString &contactId, const QStringList &among)
    {
        QStringList codes;
        for (const Finding &finding : diagnosis::diagnose(readState(contactId).toSnapshot(), m_profile, QDateTime::currentDateTimeUtc())) {
            if (among.contains(finding.code))
                codes << finding.code;
        }
        return codes;
    }

    FixPlan plan(FixRunner &runner, const FixRequest &request, const QStringList &contacts)
    {
        std::vector<FixSubject> subjects;
        for (const QString &contact : contacts)
            subjects.push_back(FixSubject{{}, contact, contact});
        std::optional<FixPlan> made;
        runner.plan(request, subjects, [&](const FixPlan &plan) { made = plan; });
        if (!QTest::qWaitFor([&] { return made.has_value(); }, 30000))
            qFatal("planning did not finish");
        return *made;
    }

    FixResult apply(FixRunner &runner, const FixPlan &plan)
    {
        std::optional<FixResult> result;
        runner.apply(plan, [&](const FixResult &applied) { result = applied; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            qFatal("apply did not finish");
        return *result;
    }

    TherapistResult fix(const FixRequest &request, const QString &contact)
    {
        FixRunner runner(m_gateway.get(), m_profile, nullptr, ApplyOptions{3, QStringLiteral("tester"), m_profile.name});
        const FixResult result = apply(runner, plan(runner, request, {contact}));
        return result.therapists.front();
    }

    static FixRequest request(FixKind kind, LabelWriteMethod method = LabelWriteMethod::BatchCreate)
    {
        FixRequest request;
        request.kind = kind;
        request.relabel.writeMethod = method;
        return request;
    }

private Q_SLOTS:
    void init()
    {
        m_demo = std::make_unique<sandbox::DemoEnvironment>();
        QString error;
        QVERIFY2(m_demo->start(sandbox::DemoOptions{}, &error), qPrintable(error));
        m_demo->exportSecretsToEnvironment();
        Result<Profile> profile = Profile::fromJson(m_demo->profileJson(), QStringLiteral("demo"));
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().message));
        m_profile = profile.value();
        m_inspector = std::make_unique<Inspector>(m_profile);
        std::optional<Status> connected;
        connect(m_inspector.get(), &Inspector::connected, this, [&](const Status &status) { connected = status; });
        m_inspector->connectSources();
        QVERIFY(QTest::qWaitFor([&] { return connected.has_value(); }, 20000));
        QVERIFY2(connected->ok(), connected->ok() ? "" : qPrintable(connected->error().describe()));
        pipeline::Sources *sources = m_inspector->sources();
        m_gateway = std::make_unique<LiveFixGateway>(sources->hubspot.get(), sources->repository.get(), m_profile);
    }

    void cleanup()
    {
        m_gateway.reset();
        m_inspector.reset();
        m_demo.reset();
    }

    void everyEndStateRelabelledThenPulled_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("put");
        QTest::newRow("step 3 failed") << "CONFLICTING_LABELS" << "relabel step 3 failed" << "";
        QTest::newRow("step 2 failed") << "MULTIPLE_UNIQUE_LABEL" << "relabel step 2 failed" << "";
        QTest::newRow("step 4 failed") << "MISSING_UNIQUE_LABEL" << "relabel step 4 failed" << "";
        QTest::newRow("steps 2 and 3 failed") << "MULTIPLE_UNIQUE_LABEL" << "relabel steps 2 and 3 failed" << "";
        QTest::newRow("duplicate run") << "DUPLICATE_RUN" << "" << "";
        QTest::newRow("step 2 failed, PUT replace") << "MULTIPLE_UNIQUE_LABEL" << "relabel step 2 failed" << "replace";
        QTest::newRow("step 2 failed, PUT append") << "MULTIPLE_UNIQUE_LABEL" << "relabel step 2 failed" << "append";
        QTest::newRow("step 4 failed, PUT append") << "MISSING_UNIQUE_LABEL" << "relabel step 4 failed" << "append";
    }
    void everyEndStateRelabelledThenPulled()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, note);
        QFETCH(QString, put);
        const QString contact = contactTagged(scenario.toStdString(), note.toStdString());
        QVERIFY2(!contact.isEmpty(), "the demo world has no such contact");
        QVERIFY(!findingCodes(contact, kLabelCodes).isEmpty());
        if (!put.isEmpty())
            QVERIFY(m_demo->server()->setPutSemantics(put));
        const FixState before = readState(contact);

        const TherapistResult relabelled = fix(request(FixKind::Relabel, put.isEmpty() ? LabelWriteMethod::BatchCreate : LabelWriteMethod::Put), contact);
        QVERIFY2(relabelled.outcome == FixOutcome::Applied, qPrintable(relabelled.message + QLatin1Char('\n') + relabelled.stateReport.join(QLatin1Char('\n'))));
        QCOMPARE(findingCodes(contact, kLabelCodes), QStringList{});
        // The unlabeled association is never removed: every object is still associated.
        QCOMPARE(readState(contact).objects.size(), before.objects.size());

        const TherapistResult pulled = fix(request(FixKind::PullIds), contact);
        QVERIFY2(isSuccess(pulled.outcome), qPrintable(pulled.message));
        QCOMPARE(findingCodes(contact, kLabelCodes + kIdCodes), QStringList{});
    }

    void pullIdsThenHealthy()
    {
        const QString contact = contactTagged("MISSING_DB_ID");
        QVERIFY(!contact.isEmpty());
        QVERIFY(findingCodes(contact, kIdCodes).contains(FindingCode::MissingDbId));
        const TherapistResult result = fix(request(FixKind::PullIds), contact);
        QVERIFY2(result.outcome == FixOutcome::Applied, qPrintable(result.message));
        QCOMPARE(findingCodes(contact, kLabelCodes + kIdCodes), QStringList{});
    }

    void resyncRefusedWhenTheIdIsMissing()
    {
        const QString contact = contactTagged("MISSING_DB_ID");
        const TherapistResult result = fix(request(FixKind::Resync), contact);
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::Refused));
        QVERIFY2(result.message.contains(QLatin1String("pull ids")), qPrintable(result.message));
        for (const sandbox::RequestRecord &record : m_demo->server()->requests())
            QVERIFY(record.method != "PATCH");
    }

    void eachStepFailingOnceEndsAfterRetry_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("drop");
        QTest::newRow("archive 503") << "/batch/labels/archive$" << 0;
        QTest::newRow("create 502") << "/batch/create$" << 0;
        QTest::newRow("archive dropped connection") << "/batch/labels/archive$" << 1;
        QTest::newRow("create dropped connection") << "/batch/create$" << 1;
        QTest::newRow("read-back dropped connection") << "/associations/2-" << 1;
    }
    void eachStepFailingOnceEndsAfterRetry()
    {
        QFETCH(QString, path);
        QFETCH(int, drop);
        const QString contact = contactTagged("MULTIPLE_UNIQUE_LABEL", "relabel step 2 failed");
        m_demo->server()->addFault(fault("*", path, 1, drop ? 0 : 503, drop != 0, drop && path.startsWith(QLatin1String("/assoc")) ? 3 : 1));
        const TherapistResult result = fix(request(FixKind::Relabel), contact);
        QVERIFY2(result.outcome == FixOutcome::Applied, qPrintable(result.message + QLatin1Char('\n') + result.stateReport.join(QLatin1Char('\n'))));
        QCOMPARE(findingCodes(contact, kLabelCodes), QStringList{});
    }

    void stepFailingForGoodIsCompensated_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("failingStep");
        QTest::newRow("step 1 (archive)") << "/batch/labels/archive$" << 0;
        QTest::newRow("step 2 (create)") << "/batch/create$" << 1;
    }
    void stepFailingForGoodIsCompensated()
    {
        QFETCH(QString, path);
        QFETCH(int, failingStep);
        const QString contact = contactTagged("MULTIPLE_UNIQUE_LABEL", "relabel step 2 failed");
        const FixState before = readState(contact);
        // A 400 is not retryable: the step stays failed on its first answer. Step 1's rule fires forever;
        // step 2's only once, so that the compensation of step 1 (a batch/create too) goes through.
        m_demo->server()->addFault(fault("*", path, failingStep == 1 ? 1 : 0, 400));
        const TherapistResult result = fix(request(FixKind::Relabel), contact);
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::Failed));
        QCOMPARE(stepStatusName(result.plan.steps[size_t(failingStep)].status), stepStatusName(StepStatus::Failed));
        if (failingStep == 1)
            QCOMPARE(stepStatusName(result.plan.steps[0].status), stepStatusName(StepStatus::Compensated));
        m_demo->server()->clearFaults();
        const FixState after = readState(contact);
        QCOMPARE(after.objects.size(), before.objects.size());
        for (const HubSpotObject &object : before.objects) {
            const HubSpotObject *now = after.object(object.typeId, object.id);
            QVERIFY(now);
            QStringList a = object.labels, b = now->labels;
            a.sort();
            b.sort();
            QCOMPARE(b, a);
        }
        QVERIFY(!result.stateReport.isEmpty());
        QVERIFY(!result.leftToDo.filter(QStringLiteral("still to do")).isEmpty());
    }

    void snapshotChangedBetweenPlanAndApply()
    {
        const QString contact = contactTagged("MULTIPLE_UNIQUE_LABEL", "relabel step 2 failed");
        FixRunner runner(m_gateway.get(), m_profile, nullptr, ApplyOptions{3, QStringLiteral("tester"), m_profile.name});
        const FixPlan made = plan(runner, request(FixKind::Relabel), {contact});
        // Someone else relabels in between (another console, or the backend's worker).
        FixRunner other(m_gateway.get(), m_profile, nullptr, ApplyOptions{3, QStringLiteral("other"), m_profile.name});
        QCOMPARE(fixOutcomeName(apply(other, plan(other, request(FixKind::Relabel), {contact})).therapists.front().outcome),
                 fixOutcomeName(FixOutcome::Applied));
        m_demo->server()->clearRequests();
        const TherapistResult result = apply(runner, made).therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::ChangedSincePlanned));
        for (const sandbox::RequestRecord &record : m_demo->server()->requests())
            QVERIFY2(record.method == "GET" || record.path.endsWith(QLatin1String("/batch/read")), record.path.toUtf8());
    }

    void twoConcurrentAppliesOneRefused()
    {
        const QString contact = contactTagged("MULTIPLE_UNIQUE_LABEL", "relabel step 2 failed");
        FixRunner first(m_gateway.get(), m_profile, nullptr, ApplyOptions{3, QStringLiteral("ana"), m_profile.name});
        FixRunner second(m_gateway.get(), m_profile, nullptr, ApplyOptions{3, QStringLiteral("ben"), m_profile.name});
        const FixPlan planA = plan(first, request(FixKind::Relabel), {contact});
        const FixPlan planB = plan(second, request(FixKind::Relabel), {contact});
        std::vector<TherapistResult> results;
        first.apply(planA, [&](const FixResult &result) { results.push_back(result.therapists.front()); });
        second.apply(planB, [&](const FixResult &result) { results.push_back(result.therapists.front()); });
        QVERIFY(QTest::qWaitFor([&] { return results.size() == 2; }, 60000));
        int applied = 0;
        int locked = 0;
        for (const TherapistResult &result : results) {
            applied += result.outcome == FixOutcome::Applied ? 1 : 0;
            if (result.outcome == FixOutcome::Locked) {
                ++locked;
                QVERIFY2(result.message.contains(QLatin1String("ana")), qPrintable(result.message));
                QVERIFY2(result.message.contains(QLatin1String("since")), qPrintable(result.message));
            }
        }
        QCOMPARE(applied, 1);
        QCOMPARE(locked, 1);
    }

    void databaseTransactionRolledBackOnConflict()
    {
        // Pull ids; another writer changes one of the planned columns after the lock and the re-read,
        // just before the write: the transaction's optimistic check refuses, nothing is written.
        const QString contact = contactTagged("STALE_DB_ID");
        QVERIFY(!contact.isEmpty());
        InterferingGateway gateway(m_gateway.get());
        FixRunner runner(&gateway, m_profile, nullptr, ApplyOptions{3, QStringLiteral("tester"), m_profile.name});
        const FixPlan made = plan(runner, request(FixKind::PullIds), {contact});
        QVERIFY2(!made.therapists.front().steps.empty(), qPrintable(made.therapists.front().refusal));
        const FixStep step = made.therapists.front().steps.front();
        const QString key = made.therapists.front().therapist.id;
        const QString column = step.after.begin()->first;
        db::TherapistRepository *repository = m_inspector->sources()->repository.get();
        gateway.beforeUpdateColumns = [&] { QVERIFY(repository->updateColumns(key, {}, {{column, QStringLiteral("999")}}).ok()); };
        const TherapistResult result = apply(runner, made).therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::Failed));
        QVERIFY2(result.plan.steps.front().message.contains(QLatin1String("changed since planned")), qPrintable(result.plan.steps.front().message));
        QStringList columns;
        for (const auto &[name, value] : step.before)
            columns << name;
        Result<ValueMap> now = repository->readColumns(key, columns);
        QVERIFY(now.ok());
        for (const auto &[name, value] : step.before)
            QCOMPARE(now->at(name), name == column ? std::optional<QString>(QStringLiteral("999")) : value);
    }
};

QTEST_GUILESS_MAIN(TestFixSandbox)
#include "tst_fixsandbox.moc"
