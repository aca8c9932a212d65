#pragma once
// Writes the world's therapists table to a SQLite file, the way the credentialing backend's
// PostgreSQL table looks to the console: UUID key, names, email, hubspot_id BIGINT, created_at as
// ISO-8601 UTC text, one BIGINT NULL column per remembered object id, plus the resync columns.
#include "sandbox/world.h"

#include <QString>

namespace credsync::sandbox {

class TherapistDatabase
{
public:
    // Replaces `path` with a fresh database. One transaction, prepared statements; false + *error on failure.
    static bool write(const World &world, const QString &path, QString *error);
};

} // namespace credsync::sandbox
