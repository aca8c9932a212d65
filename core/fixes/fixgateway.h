#pragma once
// Everything the fix executor reads and writes, behind one interface: the live implementation
// (livefixgateway.h) talks to HubSpot and the therapists table; tests can substitute their own.
// Calls complete through callbacks on the caller's thread; database calls are synchronous because a
// QtSql connection lives on one thread and a transaction is short.
#include "fixtypes.h"

#include <functional>
#include <memory>

namespace credsync::fixes {

template<typename T>
using Done = std::function<void(Result<T>)>;

// Held while a therapist is being changed; releases the lock when destroyed.
class FixLock
{
public:
    virtual ~FixLock() = default;
    // Non-empty when the lock was taken over from a holder that was gone or whose lease lapsed:
    // "from ana (credsync fix relabel) since 23:10:04 UTC: its process 4242 on desk1 is gone".
    virtual QString takeOverNote() const { return {}; }
    // Keeps the lease alive between steps (leases also renew on a timer); an error when it was lost.
    virtual Status renew() { return Ok{}; }
};

class FixGateway
{
public:
    virtual ~FixGateway() = default;

    // The therapist row (by key, else by contact id), the resync columns, and for every profile object
    // type: the label definitions (contact → type), the associated objects with their labels, createdAt
    // and the resync properties.
    virtual void readState(const FixSubject &subject, Done<FixState> done) = 0;

    // The contact's associations to one object type, with labels (for read-back verification).
    virtual void readAssociations(const QString &contactId, const QString &typeId, Done<std::vector<AssociatedObject>> done) = 0;
    // batch/labels/archive: removes just these labels; the association stays.
    virtual void removeLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                              const std::vector<AssociationType> &labels, Done<Ok> done) = 0;
    // batch/create: adds these labels.
    virtual void addLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                           const std::vector<AssociationType> &labels, Done<Ok> done) = 0;
    // PUT with the pair's full desired label set.
    virtual void putLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                           const std::vector<AssociationType> &labels, Done<Ok> done) = 0;

    virtual void readProperties(const QString &typeId, const QString &objectId, const QStringList &properties,
                                Done<ValueMap> done) = 0;
    // PATCH; an empty string clears a property.
    virtual void updateProperties(const QString &typeId, const QString &objectId, const std::map<QString, QString> &values,
                                  Done<Ok> done) = 0;

    virtual Result<ValueMap> readColumns(const QString &key, const QStringList &columns) = 0;
    // One transaction with an optimistic check: a Conflict error when a column of `expected` moved.
    virtual Status updateColumns(const QString &key, const ValueMap &expected, const ValueMap &values) = 0;

    // The per-therapist lock; a Locked error names the holder and since when.
    virtual Result<std::unique_ptr<FixLock>> acquireLock(const Therapist &therapist, const QString &holder) = 0;

    // Stops every call in flight; their callbacks are not called.
    virtual void cancelAll() = 0;
};

} // namespace credsync::fixes
