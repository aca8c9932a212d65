#pragma once
// Packs the object reads of a whole scan into full batches: a therapist whose objects' details a
// finding needs waits here until each of its objects has been read, and an object batch read goes
// out only when 100 ids of one type are waiting (or when the scan has no more therapists, flush()).
// So a scan makes ⌈objects needing details ÷ 100⌉ object reads per type, not one per page.
#include "../hubspot/hubspotclient.h"
#include "../types.h"
#include "targetresolver.h"

#include <functional>
#include <map>
#include <vector>

namespace credsync::pipeline {

class DetailPacker
{
public:
    // A therapist whose objects are all read (or could not be): problem is empty when read fine.
    using Ready = std::function<void(ResolvedTherapist, std::vector<HubSpotObject>, QString problem)>;
    using Fatal = std::function<void(const Error &)>;
    using Properties = std::function<QStringList(const QString &typeId)>;

    static constexpr int kBatchSize = 100; // v3 objects batch/read accepts at most 100 inputs

    DetailPacker(hubspot::HubSpotClient *client, Properties properties, Ready ready, Fatal fatal);
    ~DetailPacker() { cancel(); }
    DetailPacker(const DetailPacker &) = delete;
    DetailPacker &operator=(const DetailPacker &) = delete;

    void add(ResolvedTherapist therapist, std::vector<HubSpotObject> objects);
    // Sends what is waiting, however few: the scan has no more therapists to fill the batches.
    void flush();
    // Nothing waiting and nothing in flight.
    bool idle() const { return m_waiting.empty(); }
    void cancel();

private:
    using ObjectKey = std::pair<QString, QString>; // type id, object id
    struct Waiting
    {
        ResolvedTherapist therapist;
        std::vector<HubSpotObject> objects;
        QString problem;
        int outstanding = 0;
    };

    void sendFull();
    void send(const QString &typeId, QStringList ids);
    void answered(const QString &typeId, const QStringList &ids, const Result<hubspot::BatchObjects> &result);

    hubspot::HubSpotClient *m_client;
    Properties m_properties;
    Ready m_ready;
    Fatal m_fatal;
    quint64 m_next = 0;
    std::map<quint64, Waiting> m_waiting;
    std::map<ObjectKey, std::vector<quint64>> m_waiters; // an object queued or in flight → who waits on it
    std::map<QString, QStringList> m_queued;             // ids by type not yet sent
    std::vector<net::RequestHandle> m_handles;
};

} // namespace credsync::pipeline
