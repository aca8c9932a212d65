#pragma once
// Diagnosis: a pure function from what is known about one therapist to what is wrong with it.
// No network, no SQL, no clock of its own: the same snapshot, profile and "now" always give the same
// findings in the same order (errors, then warnings, then info; stable within a severity).
#include "../profile.h"
#include "../types.h"

#include <QDateTime>

#include <vector>

namespace credsync::diagnosis {

// Evidence keys per code (times are ISO-8601 UTC strings, ids decimal strings), asserted by tst_diagnosis:
//   MISSING_DB_ID         column, label, object_id, object_created_at [, object_ids when several carry it]
//                         [, explained_by: "PULL_BEFORE_CREATE"]; fix pull-ids (relabel when several carry it)
//   STALE_DB_ID           column, label, db_value, reason (unlabelled|other-label|archived|not-associated),
//                         labels_on_that_object, object_id/object_created_at of the carrier (null if none)
//                         [, object_ids]; fix pull-ids with exactly one carrier, else relabel (none: no objects)
//   NO_OBJECTS            type_id, therapist_created_at, age_hours, archived_object_ids; info+wait when younger
//                         than freshSignupHours, else error+none
//   MULTIPLE_UNIQUE_LABEL label, object_ids, created_at (parallel to object_ids, oldest first); relabel
//   MISSING_UNIQUE_LABEL  label, object_ids, created_at, newest_object_id; relabel
//   CONFLICTING_LABELS    object_id, object_created_at, labels, exclusive_labels, labels_on_object; relabel
//   PULL_BEFORE_CREATE    pull_time, object_id, object_created_at, delta_seconds (0.1 s precision), delta_ms
//                         [, column, label when it explains a MISSING_DB_ID: warning+pull-ids; else info+none]
//                         [, log_line, worker]
//   DUPLICATE_RUN         object_ids, created_at, gap_seconds (first to last), window_seconds; relabel
//   RAPID_ID_CHANGES      column, label, sequence [{time, value, worker}], changes, changes_in_window,
//                         window_seconds; fix none when the column now matches its label's object, else pull-ids
//   SYNC_ERRORS           count (sum), last_seen, titles, urls, issue_ids; pull-ids when an id is missing or an
//                         issue says "Missing …_id", else resync. Not object-specific (objectType empty).
// HubSpot-based findings are produced only when snapshot.hubspotLoaded is true; RAPID_ID_CHANGES
// (logs) and SYNC_ERRORS (Sentry) do not depend on HubSpot.
// After a verified fix (snapshot.fixVerifiedAt), log lines and Sentry issues last seen before it are
// history: left out of the diagnosis, so that the verdict follows the current state.
std::vector<Finding> diagnose(const TherapistSnapshot &snapshot, const Profile &profile, const QDateTime &now);

// True when evidence at this time predates the therapist's last verified fix ("before the fix of …").
bool isHistory(const QDateTime &time, const TherapistSnapshot &snapshot);

// Longest gap between an id pull that found nothing and the object's creation that still counts as
// "the pull ran too early" (beyond it the two are unrelated).
inline constexpr qint64 kPullBeforeCreateMaxSeconds = 24 * 3600;

} // namespace credsync::diagnosis
