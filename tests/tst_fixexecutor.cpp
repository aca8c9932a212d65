// The executor against an in-memory gateway that behaves like HubSpot and the therapists table,
// with injectable faults: every branch of apply (retry, compensation, read-back, lock, fingerprint).
#include <QtTest>

#include "core/diagnosis/diagnosis.h"
#include "core/fixes/auditstore.h"
#include "core/fixes/fixjson.h"
#include "core/fixes/fixrunner.h"
#include "core/workspace/workspace.h"
#include "fixfixture.h"

#include <QTemporaryDir>

using namespace credsync;
using namespace credsync::fixes;

namespace {

using test::fix::kAA;
using test::fix::kActive;
using test::fix::kType;
const QString kKey = test::fix::kTherapistKey;
const QString kContact = test::fix::kContactId;

Profile testProfile()
{
    Profile profile = test::fix::credentialingProfile(QStringLiteral("unit"));
    profile.resync.properties = {{QStringLiteral("npi"), QStringLiteral("npi_number")}};
    return profile;
}

struct SharedLocks
{
    std::map<QString, QString> holders;
};

class FakeLock : public FixLock
{
public:
    FakeLock(SharedLocks *locks, QString contact) : m_locks(locks), m_contact(std::move(contact)) {}
    ~FakeLock() override { m_locks->holders.erase(m_contact); }

private:
    SharedLocks *m_locks;
    QString m_contact;
};

// One HubSpot portal + one therapists row. Operations: "remove", "add", "put", "patch", "columns".
class FakeGateway : public FixGateway
{
public:
    struct Fault
    {
        QString operation;
        int skip = 0;            // let this many calls through first
        int times = 1;           // then fail this many (0: forever)
        Error::Kind kind = Error::Kind::Server;
        bool landsAnyway = false; // the write happens, the answer is lost (dropped connection)
    };

    std::map<QString, QStringList> labels;         // object id → labels
    std::map<QString, QDateTime> created;
    std::map<QString, ValueMap> properties;
    ValueMap columns{{QStringLiteral("credentialing_active_attested_id"), std::nullopt},
                     {QStringLiteral("credentialing_hubspot_id"), std::nullopt}};
    ValueMap extraColumns{{QStringLiteral("npi"), QStringLiteral("1234567890")}};
    bool putReplaces = true;
    bool capUniqueLabels = true;                   // HubSpot's "one record per label" limit
    std::vector<Fault> faults;
    std::map<QString, int> calls;
    QStringList writes;
    SharedLocks *locks = nullptr;
    std::function<void()> beforeNextRead;          // runs once before the next readState

    void addObject(const QString &id, int day, const QStringList &objectLabels)
    {
        labels[id] = objectLabels;
        created[id] = QDateTime(QDate(2025, 9, day), QTime(12, 0), Qt::UTC);
        properties[id] = {{QStringLiteral("npi_number"), std::nullopt}};
    }

    void readState(const FixSubject &, Done<FixState> done) override
    {
        if (beforeNextRead) {
            auto hook = std::move(beforeNextRead);
            beforeNextRead = nullptr;
            hook();
        }
        FixState state;
        state.therapist.id = kKey;
        state.therapist.contactId = kContact;
        state.therapist.name = QStringLiteral("Dana Whitfield");
        state.therapist.columns = columns;
        state.extraColumns = extraColumns;
        for (const auto &[id, list] : labels) {
            HubSpotObject object;
            object.id = id;
            object.typeId = kType;
            object.createdAt = created[id];
            object.labels = list;
            object.properties = properties[id];
            state.objects.push_back(object);
        }
        state.labelDefinitions[kType] = test::fix::credentialingLabels();
        later([done, state] { done(state); });
    }

    void readAssociations(const QString &, const QString &, Done<std::vector<AssociatedObject>> done) override
    {
        std::vector<AssociatedObject> out;
        for (const auto &[id, list] : labels) {
            AssociatedObject association;
            association.toObjectId = id;
            association.types.push_back({QStringLiteral("HUBSPOT_DEFINED"), 15, QString()});
            for (const QString &label : list)
                association.types.push_back({QStringLiteral("USER_DEFINED"), label == kAA ? 41 : 43, label});
            out.push_back(association);
        }
        later([done, out] { done(out); });
    }

    void removeLabels(const QString &, const QString &, const QString &objectId, const std::vector<AssociationType> &types,
                      Done<Ok> done) override
    {
        write(QStringLiteral("remove"), done, [this, objectId, types]() -> Status {
            for (const AssociationType &type : types)
                labels[objectId].removeAll(type.label);
            return Ok{};
        });
    }

    void addLabels(const QString &, const QString &, const QString &objectId, const std::vector<AssociationType> &types,
                   Done<Ok> done) override
    {
        write(QStringLiteral("add"), done, [this, objectId, types]() -> Status { return add(objectId, types); });
    }

    void putLabels(const QString &, const QString &, const QString &objectId, const std::vector<AssociationType> &types,
                   Done<Ok> done) override
    {
        write(QStringLiteral("put"), done, [this, objectId, types]() -> Status {
            if (putReplaces)
                labels[objectId].clear();
            return add(objectId, types);
        });
    }

    void readProperties(const QString &, const QString &objectId, const QStringList &, Done<ValueMap> done) override
    {
        const ValueMap values = properties[objectId];
        later([done, values] { done(values); });
    }

    void updateProperties(const QString &, const QString &objectId, const std::map<QString, QString> &values, Done<Ok> done) override
    {
        write(QStringLiteral("patch"), done, [this, objectId, values]() -> Status {
            for (const auto &[name, value] : values)
                properties[objectId][name] = value;
            return Ok{};
        });
    }

    Result<ValueMap> readColumns(const QString &, const QStringList &names) override
    {
        ValueMap out;
        for (const QString &name : names)
            out[name] = columns.count(name) ? columns[name] : extraColumns[name];
        return out;
    }

    Status updateColumns(const QString &, const ValueMap &expected, const ValueMap &values) override
    {
        const int call = ++calls[QStringLiteral("columns")];
        if (std::optional<Error> error = faultFor(QStringLiteral("columns"), call))
            return *error; // a transaction that failed rolled back: nothing written
        for (const auto &[name, value] : expected) {
            if (columns[name].value_or(QString()) != value.value_or(QString()))
                return Error::make(Error::Kind::Conflict, QStringLiteral("changed since planned: %1").arg(name));
        }
        writes << QStringLiteral("columns");
        for (const auto &[name, value] : values)
            columns[name] = value;
        return Ok{};
    }

    Result<std::unique_ptr<FixLock>> acquireLock(const Therapist &therapist, const QString &holder) override
    {
        const auto it = locks->holders.find(therapist.contactId);
        if (it != locks->holders.end())
            return Error::make(Error::Kind::Locked, QStringLiteral("locked by %1 since 2025-09-14T17:42:51Z").arg(it->second));
        locks->holders[therapist.contactId] = holder;
        return std::unique_ptr<FixLock>(std::make_unique<FakeLock>(locks, therapist.contactId));
    }

    void cancelAll() override {}

private:
    template<typename F>
    void later(F function)
    {
        QTimer::singleShot(0, QCoreApplication::instance(), function);
    }

    std::optional<Error> faultFor(const QString &operation, int call)
    {
        for (const Fault &fault : faults) {
            if (fault.operation == operation && call > fault.skip && (fault.times == 0 || call <= fault.skip + fault.times))
                return Error::make(fault.kind, QStringLiteral("injected %1 failure").arg(operation), QStringLiteral("hubspot"));
        }
        return std::nullopt;
    }

    bool landsAnyway(const QString &operation) const
    {
        for (const Fault &fault : faults) {
            if (fault.operation == operation && fault.landsAnyway)
                return true;
        }
        return false;
    }

    Status add(const QString &objectId, const std::vector<AssociationType> &types)
    {
        for (const AssociationType &type : types) {
            if (type.label.isEmpty())
                continue;
            if (capUniqueLabels) {
                for (const auto &[id, list] : labels) {
                    if (id != objectId && list.contains(type.label))
                        return Error::make(Error::Kind::Validation, QStringLiteral("label limit reached for %1").arg(type.label));
                }
            }
            if (!labels[objectId].contains(type.label))
                labels[objectId] << type.label;
        }
        return Ok{};
    }

    void write(const QString &operation, Done<Ok> done, std::function<Status()> apply)
    {
        const int call = ++calls[operation];
        std::optional<Error> error = faultFor(operation, call);
        Status result = Ok{};
        if (!error || landsAnyway(operation)) {
            result = apply();
            if (result)
                writes << operation;
        }
        if (error)
            result = *error;
        later([done, result] { done(result); });
    }
};

struct Outcome
{
    FixPlan plan;
    FixResult result;
};

Outcome planAndApply(FakeGateway &gateway, const FixRequest &request, const Profile &profile = testProfile(),
                     AuditStore *audit = nullptr, const std::function<void()> &betweenPlanAndApply = {})
{
    Outcome outcome;
    FixRunner runner(&gateway, profile, audit, ApplyOptions{3, QStringLiteral("tester"), profile.name});
    bool planned = false;
    runner.plan(request, {FixSubject{kKey, kContact, QStringLiteral("dana@example.com")}}, [&](const FixPlan &plan) {
        outcome.plan = plan;
        planned = true;
    });
    if (!QTest::qWaitFor([&] { return planned; }, 5000))
        qFatal("planning did not finish");
    if (betweenPlanAndApply)
        betweenPlanAndApply();
    bool applied = false;
    runner.apply(outcome.plan, [&](const FixResult &result) {
        outcome.result = result;
        applied = true;
    });
    if (!QTest::qWaitFor([&] { return applied; }, 5000))
        qFatal("apply did not finish");
    return outcome;
}

FixRequest relabel(LabelWriteMethod method = LabelWriteMethod::BatchCreate)
{
    FixRequest request;
    request.kind = FixKind::Relabel;
    request.relabel.writeMethod = method;
    return request;
}

QString labelState(const FakeGateway &gateway)
{
    QStringList parts;
    for (const auto &[id, list] : gateway.labels) {
        QStringList sorted = list;
        sorted.sort();
        parts << id + QLatin1Char('=') + sorted.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char(';'));
}

// "step 2 failed" of domain.md: both objects carry Active Attested. The default plan is
// remove AA from 1001, then add Active to 1001: two steps.
void stepTwoFailed(FakeGateway &gateway)
{
    gateway.addObject(QStringLiteral("1001"), 3, {kAA});
    gateway.addObject(QStringLiteral("1002"), 5, {kAA});
}

// Three cycles: three steps (remove AA from 1002, remove Active from 1001, add Active to 1002).
void threeCycles(FakeGateway &gateway)
{
    gateway.addObject(QStringLiteral("1001"), 1, {kActive});
    gateway.addObject(QStringLiteral("1002"), 3, {kAA});
    gateway.addObject(QStringLiteral("1003"), 5, {kAA});
}

} // namespace

class TestFixExecutor : public QObject
{
    Q_OBJECT
    SharedLocks m_locks;

private Q_SLOTS:
    void everyEndStateRelabelledToCorrect_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("method");
        for (int method : {int(LabelWriteMethod::BatchCreate), int(LabelWriteMethod::Put)}) {
            const char *suffix = method == int(LabelWriteMethod::Put) ? " (PUT)" : "";
            QTest::addRow("step 3 failed%s", suffix) << "Active,Active Attested|Active Attested" << method;
            QTest::addRow("step 2 failed%s", suffix) << "Active Attested|Active Attested" << method;
            QTest::addRow("step 4 failed%s", suffix) << "Active|" << method;
            QTest::addRow("duplicate run%s", suffix) << "Active|Active" << method;
        }
    }
    void everyEndStateRelabelledToCorrect()
    {
        QFETCH(QString, start);
        QFETCH(int, method);
        for (bool putReplaces : {true, false}) {
            FakeGateway gateway;
            gateway.locks = &m_locks;
            gateway.putReplaces = putReplaces;
            const QStringList parts = start.split(QLatin1Char('|'));
            gateway.addObject(QStringLiteral("1001"), 3, parts[0].split(QLatin1Char(','), Qt::SkipEmptyParts));
            gateway.addObject(QStringLiteral("1002"), 5, parts[1].split(QLatin1Char(','), Qt::SkipEmptyParts));
            const Outcome outcome = planAndApply(gateway, relabel(LabelWriteMethod(method)));
            QCOMPARE(outcome.result.therapists.size(), size_t(1));
            const TherapistResult &result = outcome.result.therapists.front();
            QVERIFY2(result.outcome == FixOutcome::Applied, qPrintable(result.message));
            QCOMPARE(labelState(gateway), QStringLiteral("1001=Active;1002=Active Attested"));
            QVERIFY(result.finalState.has_value());
            for (const Finding &finding : diagnosis::diagnose(result.finalState->toSnapshot(), testProfile(), QDateTime::currentDateTimeUtc())) {
                QVERIFY2(finding.code != FindingCode::MultipleUniqueLabel && finding.code != FindingCode::MissingUniqueLabel
                             && finding.code != FindingCode::ConflictingLabels,
                         qPrintable(finding.code + QStringLiteral(": ") + finding.summary));
            }
            QVERIFY(m_locks.holders.empty()); // released
        }
    }

    void eachStepFailingOnceEndsAfterRetry_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("skip");
        QTest::addColumn<int>("failingStep");
        QTest::newRow("step 1 (remove)") << "remove" << 0 << 0;
        QTest::newRow("step 2 (remove)") << "remove" << 1 << 1;
        QTest::newRow("step 3 (add)") << "add" << 0 << 2;
    }
    void eachStepFailingOnceEndsAfterRetry()
    {
        QFETCH(QString, operation);
        QFETCH(int, skip);
        QFETCH(int, failingStep);
        FakeGateway gateway;
        gateway.locks = &m_locks;
        threeCycles(gateway);
        gateway.faults.push_back({operation, skip, 1, Error::Kind::Server, false});
        const Outcome outcome = planAndApply(gateway, relabel());
        const TherapistResult &result = outcome.result.therapists.front();
        QVERIFY2(result.outcome == FixOutcome::Applied, qPrintable(result.message));
        QCOMPARE(result.plan.steps.size(), size_t(3));
        for (size_t i = 0; i < result.plan.steps.size(); ++i)
            QCOMPARE(result.plan.steps[i].attempts, int(i) == failingStep ? 2 : 1);
        QCOMPARE(labelState(gateway), QStringLiteral("1001=;1002=Active;1003=Active Attested"));
        QVERIFY(outcome.result.allSucceeded());
    }

    void eachStepFailingForGoodIsCompensated_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("skip");
        QTest::addColumn<int>("failingStep");
        QTest::newRow("step 1 (remove)") << "remove" << 0 << 0;
        QTest::newRow("step 2 (remove)") << "remove" << 1 << 1;
        QTest::newRow("step 3 (add)") << "add" << 0 << 2;
    }
    void eachStepFailingForGoodIsCompensated()
    {
        QFETCH(QString, operation);
        QFETCH(int, skip);
        QFETCH(int, failingStep);
        FakeGateway gateway;
        gateway.locks = &m_locks;
        threeCycles(gateway);
        // Undoing "remove the extra Active Attested" puts a duplicate back: a portal that caps the
        // label at one record refuses that (see compensationBlockedByTheLabelCap).
        gateway.capUniqueLabels = false;
        const QString before = labelState(gateway);
        gateway.faults.push_back({operation, skip, 3, Error::Kind::Server, false}); // every attempt of that step
        const Outcome outcome = planAndApply(gateway, relabel());
        const TherapistResult &result = outcome.result.therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::Failed));
        QCOMPARE(labelState(gateway), before); // rolled back
        for (int i = 0; i < 3; ++i) {
            const StepStatus expected = i < failingStep ? StepStatus::Compensated
                                        : i == failingStep ? StepStatus::Failed : StepStatus::NotAttempted;
            QCOMPARE(stepStatusName(result.plan.steps[size_t(i)].status), stepStatusName(expected));
        }
        QCOMPARE(result.plan.steps[size_t(failingStep)].attempts, 3);
        QVERIFY(result.message.contains(QStringLiteral("step %1").arg(failingStep + 1)));
        // The exact state: every object with its labels, and every step still to do.
        QVERIFY(result.stateReport.contains(QStringLiteral("Credentialing 1003 (created 2025-09-05 12:00:00 UTC): Active Attested")));
        QCOMPARE(result.leftToDo.filter(QStringLiteral("still to do")).size(), 3);
        QVERIFY(!outcome.result.allSucceeded());
    }

    void nonRetryableFailureIsNotRetried()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        gateway.capUniqueLabels = false;
        gateway.faults.push_back({QStringLiteral("add"), 0, 1, Error::Kind::Validation, false});
        const TherapistResult result = planAndApply(gateway, relabel()).result.therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::Failed));
        QCOMPARE(result.plan.steps[1].attempts, 1);
        QCOMPARE(labelState(gateway), QStringLiteral("1001=Active Attested;1002=Active Attested"));
    }

    void writeThatLandedDespiteADroppedAnswer()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        gateway.faults.push_back({QStringLiteral("remove"), 0, 1, Error::Kind::Network, true});
        const TherapistResult result = planAndApply(gateway, relabel()).result.therapists.front();
        QVERIFY2(result.outcome == FixOutcome::Applied, qPrintable(result.message));
        QCOMPARE(result.plan.steps[0].attempts, 1); // the read-back showed it landed: not written twice
        QVERIFY(result.plan.steps[0].message.contains(QLatin1String("applied although")));
        QCOMPARE(gateway.calls[QStringLiteral("remove")], 1);
    }

    void compensationThatFailsIsReported()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        // Step 2 (add Active to 1001) fails for good, and so does re-adding Active Attested to 1001.
        gateway.faults.push_back({QStringLiteral("add"), 0, 0, Error::Kind::Server, false});
        const TherapistResult result = planAndApply(gateway, relabel()).result.therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::FailedNotCompensated));
        QCOMPARE(stepStatusName(result.plan.steps[0].status), stepStatusName(StepStatus::CompensationFailed));
        QCOMPARE(result.leftToDo.filter(QStringLiteral("DONE AND NOT UNDONE")).size(), 1);
        QVERIFY(result.stateReport.contains(QStringLiteral("Credentialing 1001 (created 2025-09-03 12:00:00 UTC): no label")));
    }

    void compensationBlockedByTheLabelCap()
    {
        // The portal caps Active Attested at one record: the original duplicate cannot be restored,
        // and the result says so instead of pretending the contact is as before.
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        gateway.faults.push_back({QStringLiteral("add"), 0, 3, Error::Kind::Server, false});
        const TherapistResult result = planAndApply(gateway, relabel()).result.therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::FailedNotCompensated));
        QVERIFY(result.plan.steps[0].message.contains(QLatin1String("label limit")));
        QCOMPARE(labelState(gateway), QStringLiteral("1001=;1002=Active Attested"));
    }

    void changedSincePlannedWritesNothing()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        const Outcome outcome = planAndApply(gateway, relabel(), testProfile(), nullptr,
                                             [&] { gateway.labels[QStringLiteral("1002")] << kActive; });
        const TherapistResult &result = outcome.result.therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::ChangedSincePlanned));
        QVERIFY(result.message.contains(QLatin1String("changed since planned")));
        QVERIFY(result.message.contains(QLatin1String("1002")));
        QVERIFY(gateway.writes.isEmpty());
    }

    void secondConsoleIsRefusedWithTheHolder()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        m_locks.holders[kContact] = QStringLiteral("maria (credsync fix relabel, profile prod)");
        const TherapistResult result = planAndApply(gateway, relabel()).result.therapists.front();
        m_locks.holders.clear();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::Locked));
        QVERIFY(result.message.contains(QLatin1String("maria")));
        QVERIFY(result.message.contains(QLatin1String("since")));
        QVERIFY(gateway.writes.isEmpty());
    }

    void twoConcurrentAppliesOneRefused()
    {
        FakeGateway first;
        first.locks = &m_locks;
        stepTwoFailed(first);
        FakeGateway second; // the same contact seen by another console sharing the lock
        second.locks = &m_locks;
        stepTwoFailed(second);
        FixRunner a(&first, testProfile(), nullptr, ApplyOptions{3, QStringLiteral("ana"), QStringLiteral("unit")});
        FixRunner b(&second, testProfile(), nullptr, ApplyOptions{3, QStringLiteral("ben"), QStringLiteral("unit")});
        FixPlan planA;
        FixPlan planB;
        int planned = 0;
        a.plan(relabel(), {FixSubject{kKey, kContact, {}}}, [&](const FixPlan &plan) { planA = plan; ++planned; });
        b.plan(relabel(), {FixSubject{kKey, kContact, {}}}, [&](const FixPlan &plan) { planB = plan; ++planned; });
        QTRY_COMPARE(planned, 2);
        std::vector<FixOutcome> outcomes;
        a.apply(planA, [&](const FixResult &result) { outcomes.push_back(result.therapists.front().outcome); });
        b.apply(planB, [&](const FixResult &result) { outcomes.push_back(result.therapists.front().outcome); });
        QTRY_COMPARE(outcomes.size(), size_t(2));
        QCOMPARE(std::count(outcomes.begin(), outcomes.end(), FixOutcome::Applied), 1);
        QCOMPARE(std::count(outcomes.begin(), outcomes.end(), FixOutcome::Locked), 1);
    }

    void pullIdsWritesOneTransaction()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        gateway.addObject(QStringLiteral("1001"), 3, {kActive});
        gateway.addObject(QStringLiteral("1002"), 5, {kAA});
        FixRequest request;
        request.kind = FixKind::PullIds;
        const TherapistResult result = planAndApply(gateway, request).result.therapists.front();
        QVERIFY2(result.outcome == FixOutcome::Applied, qPrintable(result.message));
        QCOMPARE(gateway.writes, QStringList{QStringLiteral("columns")});
        QCOMPARE(gateway.columns[QStringLiteral("credentialing_active_attested_id")], std::optional<QString>(QStringLiteral("1002")));
        QCOMPARE(gateway.columns[QStringLiteral("credentialing_hubspot_id")], std::optional<QString>(QStringLiteral("1001")));
    }

    void pullIdsConflictWritesNothing()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        gateway.addObject(QStringLiteral("1002"), 5, {kAA});
        gateway.faults.push_back({QStringLiteral("columns"), 0, 0, Error::Kind::Conflict, false});
        FixRequest request;
        request.kind = FixKind::PullIds;
        const TherapistResult result = planAndApply(gateway, request).result.therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::Failed));
        QCOMPARE(result.plan.steps[0].attempts, 1); // a conflict is not retried
        QCOMPARE(gateway.columns[QStringLiteral("credentialing_active_attested_id")], std::nullopt);
    }

    void resyncPatchesOnlyWhatDiffers()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        gateway.addObject(QStringLiteral("1002"), 5, {kAA});
        gateway.columns[QStringLiteral("credentialing_active_attested_id")] = QStringLiteral("1002");
        FixRequest request;
        request.kind = FixKind::Resync;
        const TherapistResult result = planAndApply(gateway, request).result.therapists.front();
        QVERIFY2(result.outcome == FixOutcome::Applied, qPrintable(result.message));
        QCOMPARE(gateway.properties[QStringLiteral("1002")][QStringLiteral("npi_number")], std::optional<QString>(QStringLiteral("1234567890")));
        QCOMPARE(gateway.writes, QStringList{QStringLiteral("patch")});
    }

    void resyncRefusedWhenTheIdIsMissing()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        gateway.addObject(QStringLiteral("1002"), 5, {kAA});
        FixRequest request;
        request.kind = FixKind::Resync;
        const Outcome outcome = planAndApply(gateway, request);
        const TherapistResult &result = outcome.result.therapists.front();
        QCOMPARE(fixOutcomeName(result.outcome), fixOutcomeName(FixOutcome::Refused));
        QVERIFY(result.message.contains(QLatin1String("pull ids")));
        QVERIFY(gateway.writes.isEmpty());
        QVERIFY(!outcome.result.allSucceeded());
    }

    void readOnlyProfileWritesNothing()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        Profile profile = testProfile();
        profile.readOnly = true;
        const Outcome outcome = planAndApply(gateway, relabel(), profile);
        QVERIFY(outcome.plan.therapists.front().refusal.contains(QLatin1String("read-only")));
        QCOMPARE(fixOutcomeName(outcome.result.therapists.front().outcome), fixOutcomeName(FixOutcome::ReadOnly));
        QVERIFY(gateway.writes.isEmpty());
    }

    void auditRecordsEveryStep()
    {
        QTemporaryDir dir;
        AuditStore::registerMigrations();
        auto workspace = workspace::Workspace::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY2(workspace.ok(), workspace.ok() ? "" : qPrintable(workspace.error().message));
        AuditStore audit(workspace.value().get());
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        gateway.capUniqueLabels = false;
        gateway.faults.push_back({QStringLiteral("add"), 0, 1, Error::Kind::Validation, false}); // step 2 fails; step 1 undone
        const TherapistResult result = planAndApply(gateway, relabel(), testProfile(), &audit).result.therapists.front();
        QVERIFY(result.auditRunId > 0);
        Result<std::vector<AuditEntry>> entries = audit.entries(AuditQuery{kContact, {}, 10});
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), size_t(1));
        const AuditEntry &entry = entries->front();
        QCOMPARE(entry.fix, QStringLiteral("relabel"));
        QCOMPARE(entry.operatorName, QStringLiteral("tester"));
        QCOMPARE(entry.profile, QStringLiteral("unit"));
        QCOMPARE(entry.outcome, QStringLiteral("failed-compensated"));
        QVERIFY(entry.finishedAt.isValid());
        QStringList phases;
        QStringList sent;
        for (const AuditStep &step : entry.steps) {
            // Each step is journaled before it is sent (issue 11), then with its verified outcome.
            if (step.phase == QLatin1String("send"))
                sent << QString::number(step.position);
            else
                phases << QStringLiteral("%1:%2:%3").arg(step.phase).arg(step.position).arg(step.status);
        }
        QCOMPARE(phases, (QStringList{QStringLiteral("apply:0:done"), QStringLiteral("apply:1:failed"), QStringLiteral("compensate:0:compensated")}));
        QCOMPARE(sent, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
        QCOMPARE(QString::fromStdString(entry.steps.front().before.dump()), QStringLiteral("{\"labels\":[\"Active Attested\"],\"object_id\":\"1001\"}"));
        QVERIFY(!entry.state.isEmpty());
        QCOMPARE(AuditStore::timelineEntries(*entries).front().source, QStringLiteral("audit"));
    }

    // Cancel stops before the next step and undoes what the therapist in flight had done (issue 11:
    // the journal and the state report say exactly where it stopped); the others are never started.
    void bulkCancelStopsBetweenTherapists()
    {
        FakeGateway gateway;
        gateway.locks = &m_locks;
        stepTwoFailed(gateway);
        gateway.capUniqueLabels = false; // so that undoing step 1 can put the old label back
        const std::map<QString, QStringList> before = gateway.labels;
        FixRunner runner(&gateway, testProfile(), nullptr, ApplyOptions{3, QStringLiteral("tester"), QStringLiteral("unit")});
        FixPlan plan;
        bool planned = false;
        runner.plan(relabel(), {FixSubject{kKey, kContact, QStringLiteral("a")}, FixSubject{kKey, kContact, QStringLiteral("b")},
                                FixSubject{kKey, kContact, QStringLiteral("c")}},
                    [&](const FixPlan &made) { plan = made; planned = true; });
        QTRY_VERIFY(planned);
        QCOMPARE(plan.therapists.size(), size_t(3));
        QSignalSpy progress(&runner, &FixRunner::progress);
        bool done = false;
        FixResult result;
        // Cancel as soon as the first therapist's first step is verified.
        connect(&runner, &FixRunner::stepUpdated, &runner, [&runner] { runner.cancel(); });
        runner.apply(plan, [&](const FixResult &applied) { result = applied; done = true; });
        QTRY_VERIFY(done);
        QVERIFY(result.cancelled);
        QCOMPARE(result.therapists.size(), size_t(3));
        // Never left half-done: stopped after step 1 and step 1 undone, the contact as it was.
        QCOMPARE(fixOutcomeName(result.therapists[0].outcome), fixOutcomeName(FixOutcome::Failed));
        QVERIFY(result.therapists[0].message.contains(QLatin1String("cancelled")));
        QCOMPARE(gateway.labels, before);
        QCOMPARE(fixOutcomeName(result.therapists[1].outcome), fixOutcomeName(FixOutcome::Cancelled));
        QCOMPARE(fixOutcomeName(result.therapists[2].outcome), fixOutcomeName(FixOutcome::Cancelled));
        QVERIFY(progress.count() >= 2);
        QCOMPARE(QString::fromStdString(resultToJson(result, plan)["outcome"].get<std::string>()), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestFixExecutor)
#include "tst_fixexecutor.moc"
