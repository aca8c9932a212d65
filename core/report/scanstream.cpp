#include "scanstream.h"

#include "reportjson.h"
#include "scantally.h"

namespace credsync::report {

namespace {

// The therapist at the depth nlohmann's dump(2) gives an element of the top-level "therapists" array,
// so that the streamed document reads like the one built in memory.
std::string indentedElement(const nlohmann::json &value)
{
    const std::string dumped = value.dump(2);
    std::string out;
    out.reserve(dumped.size() + dumped.size() / 8 + 8);
    out += "    ";
    for (char c : dumped) {
        out += c;
        if (c == '\n')
            out += "    ";
    }
    return out;
}

std::string indentedMember(const char *name, const nlohmann::json &value)
{
    const std::string dumped = value.dump(2);
    std::string out = std::string("  \"") + name + "\": ";
    for (char c : dumped) {
        out += c;
        if (c == '\n')
            out += "  ";
    }
    return out;
}

} // namespace

JsonScanWriter::JsonScanWriter(const Profile &profile, AccountInfo account, Write write)
    : m_profile(profile), m_account(std::move(account)), m_write(std::move(write))
{
}

void JsonScanWriter::begin(const AccountInfo &account)
{
    m_account = account;
    open();
}

void JsonScanWriter::open()
{
    if (m_opened)
        return;
    m_opened = true;
    m_write("{\n  \"therapists\": [");
}

void JsonScanWriter::add(const TherapistReport &report)
{
    open();
    std::string chunk = m_written == 0 ? std::string("\n") : std::string(",\n");
    chunk += indentedElement(therapistToJson(report, m_profile, m_account));
    m_write(chunk);
    ++m_written;
}

void JsonScanWriter::end(const ScanTally &summary, const Status &status)
{
    open();
    std::string tail = m_written == 0 ? std::string("],\n") : std::string("\n  ],\n");
    if (!status)
        tail += indentedMember("error", nlohmann::json(status.error().describe().toStdString())) + ",\n";
    tail += indentedMember("counts", summary.counts().toJson()) + ",\n";
    tail += indentedMember("summary", summary.byCode()) + "\n}\n";
    m_write(tail);
}

JsonLinesScanWriter::JsonLinesScanWriter(const Profile &profile, AccountInfo account, Write write)
    : m_profile(profile), m_account(std::move(account)), m_write(std::move(write))
{
}

void JsonLinesScanWriter::begin(const AccountInfo &account)
{
    m_account = account;
}

void JsonLinesScanWriter::add(const TherapistReport &report)
{
    m_write(therapistToJson(report, m_profile, m_account).dump() + '\n');
}

void JsonLinesScanWriter::end(const ScanTally &summary, const Status &status)
{
    nlohmann::json line{{"counts", summary.counts().toJson()}, {"summary", summary.byCode()}};
    if (!status)
        line["error"] = status.error().describe().toStdString();
    m_write(line.dump() + '\n');
}

} // namespace credsync::report
