#pragma once
// A plan pins a fingerprint of the state it was made from; apply re-reads the state under the
// therapist's lock and refuses "changed since planned" when the fingerprint differs. The fingerprint
// covers only what the fix depends on, so a workflow touching an unrelated property does not
// invalidate a relabel plan, while any label or id column change does.
#include "fixtypes.h"

namespace credsync::fixes {

// The canonical text the fingerprint hashes (readable, for "what changed" messages and tests).
QString fingerprintText(const FixState &state, FixKind kind, const Profile &profile);
// SHA-256 of fingerprintText, hex.
QString fingerprint(const FixState &state, FixKind kind, const Profile &profile);
// Lines of the canonical text present in one and not the other: "- before" / "+ now".
QStringList fingerprintDifferences(const FixState &planned, const FixState &now, FixKind kind, const Profile &profile);

} // namespace credsync::fixes
