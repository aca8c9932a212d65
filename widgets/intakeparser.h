#pragma once
// Picks the targets out of whatever was pasted or dropped: a ticket's prose, a CSV, a column of
// emails, HubSpot links. The inspector decides what each target is; this only avoids sending every
// word of "Hi team, please check…" as a target that would come back unresolved.
#include <QStringList>

namespace credsync {

// Emails, URLs, UUIDs and numbers of 5+ digits in order of appearance, without duplicates. When the
// text holds none of these, its non-empty lines (a pasted list of names).
QStringList extractTargets(const QString &text);

} // namespace credsync
