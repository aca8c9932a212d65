#pragma once
// Builders for diagnosis and timeline tests: one therapist, the Credentialing profile from the README,
// objects, log events and Sentry issues at fixed times (no wall clock anywhere).
#include "core/profile.h"
#include "core/types.h"
#include "support/credentialingtype.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace credsync::test::fixtures {

using credentialing::kType;
inline const QString kLicenseType = QStringLiteral("2-31374300");
inline const QString kContact = QStringLiteral("51234567801");
using credentialing::kAA;
using credentialing::kActive;
inline const QString kRelocation = QStringLiteral("Relocation");
using credentialing::kColAA;
using credentialing::kColActive;
inline const QString kColRelocation = QStringLiteral("credentialing_relocation_id");
inline const QString kColLicense = QStringLiteral("license_hubspot_id");
inline const QString kOld = QStringLiteral("160000000001");
inline const QString kNew = QStringLiteral("161204877310");
inline const QString kDupA = QStringLiteral("162000000001");
inline const QString kDupB = QStringLiteral("162000000002");

// 2025-09-14T17:00:00Z: the sign-up of the missing-id ticket.
inline QDateTime t0()
{
    return QDateTime(QDate(2025, 9, 14), QTime(17, 0, 0), QTimeZone::utc());
}
inline QDateTime at(qint64 seconds)
{
    return t0().addSecs(seconds);
}
inline QDateTime atMs(qint64 milliseconds)
{
    return t0().addMSecs(milliseconds);
}
// "now" for diagnosis: 30 days after sign-up, so nothing counts as fresh unless a test says so.
inline QDateTime later()
{
    return at(30LL * 24 * 3600);
}

// Credentialing with "Relocation" as a third unique label.
inline ObjectTypeProfile credentialingType()
{
    return credentialing::objectType({{kRelocation, kColRelocation}});
}

inline Profile profile()
{
    Profile p;
    p.name = QStringLiteral("test");
    p.objects = {credentialingType()};
    return p;
}

inline HubSpotObject object(const QString &id, const QDateTime &created, const QStringList &labels,
                            bool archived = false, const QString &typeId = kType)
{
    HubSpotObject o;
    o.id = id;
    o.typeId = typeId;
    o.createdAt = created;
    o.updatedAt = created;
    o.archived = archived;
    o.labels = labels;
    return o;
}

// A therapist signed up at t0() with every Credentialing id column NULL, HubSpot read.
inline TherapistSnapshot snapshot()
{
    TherapistSnapshot s;
    s.target = kContact;
    s.therapist.id = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    s.therapist.name = QStringLiteral("Ada Lovelace");
    s.therapist.email = QStringLiteral("ada@example.com");
    s.therapist.contactId = kContact;
    s.therapist.createdAt = t0();
    s.therapist.columns = {{kColAA, std::nullopt}, {kColActive, std::nullopt}, {kColRelocation, std::nullopt}};
    s.hubspotLoaded = true;
    s.takenAt = later();
    return s;
}

inline TherapistSnapshot withColumns(TherapistSnapshot s, std::optional<QString> aa, std::optional<QString> active)
{
    s.therapist.columns[kColAA] = std::move(aa);
    s.therapist.columns[kColActive] = std::move(active);
    return s;
}

inline LogEvent pullEvent(const QDateTime &time, const QString &contact = kContact)
{
    LogEvent e;
    e.kind = LogEvent::Kind::PullFoundNothing;
    e.time = time;
    e.contactId = contact;
    e.worker = QStringLiteral("HubspotIdsPullWorker");
    e.line = QStringLiteral("I, [2025-09-14T17:01:00.000000 #1]  INFO -- : Did not found Associated Custom Objects for Hubspot ID: ")
        + contact;
    return e;
}

inline LogEvent setEvent(const QDateTime &time, const QString &column, const QString &value,
                         const QString &worker = QStringLiteral("CredentialingCycleWorker"))
{
    LogEvent e;
    e.kind = LogEvent::Kind::IdColumnSet;
    e.time = time;
    e.column = column;
    e.value = value;
    e.worker = worker;
    e.line = column + QStringLiteral(" set to ") + value;
    return e;
}

inline SentryIssue sentryIssue(const QString &id, const QString &title, qint64 count, const QDateTime &lastSeen)
{
    SentryIssue issue;
    issue.id = id;
    issue.shortId = QStringLiteral("BACKEND-") + id;
    issue.title = title;
    issue.count = count;
    issue.firstSeen = lastSeen.addSecs(-3600);
    issue.lastSeen = lastSeen;
    issue.permalink = QStringLiteral("https://sentry.example.com/organizations/acme/issues/") + id + QLatin1Char('/');
    return issue;
}

inline QString missingIdTitle()
{
    return QStringLiteral("HubspotCustomObjects::HubspotCredentialingObjectSyncException: Missing "
                          "definitive_hubspot_credentialing_id for Therapist ")
        + kContact;
}

} // namespace credsync::test::fixtures
