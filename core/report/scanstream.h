#pragma once
// Streaming writers for `scan --json` (one JSON document: {"therapists":[…], "counts":{…}, "summary":{…}})
// and `scan --format jsonl` (one therapist per line, then one {"counts":{…}, "summary":{…}} line). Each therapist is
// turned into JSON by therapistToJson() and written at once; memory does not grow with the scan.
#include "../profile.h"
#include "scansink.h"

#include <functional>
#include <string>

namespace credsync::report {

class JsonScanWriter : public ScanSink
{
public:
    using Write = std::function<void(const std::string &)>;
    JsonScanWriter(const Profile &profile, AccountInfo account, Write write);
    void begin(const AccountInfo &account) override;
    void add(const TherapistReport &report) override;
    void end(const ScanTally &summary, const Status &status) override;

private:
    void open();

    const Profile &m_profile;
    AccountInfo m_account;
    Write m_write;
    bool m_opened = false;
    qint64 m_written = 0;
};

class JsonLinesScanWriter : public ScanSink
{
public:
    using Write = std::function<void(const std::string &)>;
    JsonLinesScanWriter(const Profile &profile, AccountInfo account, Write write);
    void begin(const AccountInfo &account) override;
    void add(const TherapistReport &report) override;
    void end(const ScanTally &summary, const Status &status) override;

private:
    const Profile &m_profile;
    AccountInfo m_account;
    Write m_write;
};

} // namespace credsync::report
