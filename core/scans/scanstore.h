#pragma once
// Recorded scans in the workspace (SQLite or the team's PostgreSQL schema): migration 1500, tables
// scan_runs and scan_results. One store per workspace connection, on the thread that opened it.
#include "scanrecord.h"

#include "../result.h"

#include <vector>

namespace credsync::workspace {
class Workspace;
}

namespace credsync::scans {

// A recorded scan without its therapists, with its count per finding code.
struct ScanSummary
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    int therapists = 0;
    int broken = 0;
    std::map<QString, int> codes;
};

class ScanStore
{
public:
    static void registerMigrations();

    explicit ScanStore(workspace::Workspace &workspace);

    // In one transaction; returns the new scan's id.
    Result<qint64> record(const RecordedScan &scan);
    // The most recent first.
    Result<std::vector<ScanSummary>> recent(int limit);
    Result<RecordedScan> load(qint64 id);

private:
    workspace::Workspace &m_workspace;
};

} // namespace credsync::scans
