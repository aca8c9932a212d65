#include "detailpacker.h"

#include <QCoreApplication>

#include <algorithm>

namespace credsync::pipeline {

namespace {

bool isFatal(const Error &error)
{
    return error.kind == Error::Kind::Auth || error.kind == Error::Kind::Scope
        || error.kind == Error::Kind::DailyLimit || error.kind == Error::Kind::Cancelled;
}

// The words HubSpotGatherer uses for the same failure (same translation context and source text).
QString failureReason(const Error &error)
{
    if (error.kind == Error::Kind::BadResponse)
        return error.message;
    const QString detail = error.httpStatus > 0 ? QStringLiteral("%1 %2").arg(error.httpStatus).arg(error.message) : error.message;
    return QCoreApplication::translate("HubSpotGatherer", "HubSpot object read failed: %1").arg(detail);
}

} // namespace

DetailPacker::DetailPacker(hubspot::HubSpotClient *client, Properties properties, Ready ready, Fatal fatal)
    : m_client(client), m_properties(std::move(properties)), m_ready(std::move(ready)), m_fatal(std::move(fatal))
{
}

void DetailPacker::cancel()
{
    for (net::RequestHandle &handle : m_handles)
        handle.cancel();
    m_handles.clear();
}

void DetailPacker::add(ResolvedTherapist therapist, std::vector<HubSpotObject> objects)
{
    const quint64 id = m_next++;
    Waiting waiting{std::move(therapist), std::move(objects), QString(), 0};
    for (const HubSpotObject &object : waiting.objects) {
        std::vector<quint64> &waiters = m_waiters[{object.typeId, object.id}];
        if (waiters.empty())
            m_queued[object.typeId] << object.id;
        if (std::find(waiters.begin(), waiters.end(), id) == waiters.end()) {
            waiters.push_back(id);
            ++waiting.outstanding;
        }
    }
    if (waiting.outstanding == 0) {
        m_ready(std::move(waiting.therapist), std::move(waiting.objects), QString());
        return;
    }
    m_waiting.emplace(id, std::move(waiting));
    sendFull();
}

void DetailPacker::sendFull()
{
    for (auto &[typeId, ids] : m_queued) {
        while (ids.size() >= kBatchSize) {
            QStringList batch = ids.mid(0, kBatchSize);
            ids.remove(0, kBatchSize);
            send(typeId, std::move(batch));
        }
    }
}

void DetailPacker::flush()
{
    sendFull();
    std::map<QString, QStringList> rest;
    rest.swap(m_queued);
    for (auto &[typeId, ids] : rest) {
        if (!ids.isEmpty())
            send(typeId, std::move(ids));
    }
}

void DetailPacker::send(const QString &typeId, QStringList ids)
{
    m_handles.erase(std::remove_if(m_handles.begin(), m_handles.end(),
                                   [](const net::RequestHandle &h) { return !h.isActive(); }),
                    m_handles.end());
    const QStringList sent = ids;
    m_handles.push_back(m_client->batchReadObjects(typeId, ids, m_properties(typeId),
                                                   [this, typeId, sent](Result<hubspot::BatchObjects> result) {
                                                       answered(typeId, sent, result);
                                                   }));
}

void DetailPacker::answered(const QString &typeId, const QStringList &ids, const Result<hubspot::BatchObjects> &result)
{
    if (!result && isFatal(result.error()) && m_fatal) {
        m_fatal(result.error());
        return;
    }
    std::vector<quint64> done;
    for (const QString &objectId : ids) {
        auto waiters = m_waiters.find({typeId, objectId});
        if (waiters == m_waiters.end())
            continue;
        for (quint64 id : waiters->second) {
            auto waiting = m_waiting.find(id);
            if (waiting == m_waiting.end())
                continue;
            Waiting &w = waiting->second;
            for (HubSpotObject &object : w.objects) {
                if (object.typeId != typeId || object.id != objectId)
                    continue;
                if (!result) {
                    if (w.problem.isEmpty())
                        w.problem = failureReason(result.error());
                } else if (auto found = result->found.find(objectId); found != result->found.end()) {
                    QStringList labels = std::move(object.labels);
                    object = found->second;
                    object.typeId = typeId;
                    object.labels = std::move(labels);
                } else if (result->missing.contains(objectId)) {
                    // Associated but unreadable: archived or deleted since. It cannot be current.
                    object.archived = true;
                }
            }
            if (--w.outstanding == 0)
                done.push_back(id);
        }
        m_waiters.erase(waiters);
    }
    for (quint64 id : done) {
        auto waiting = m_waiting.find(id);
        Waiting w = std::move(waiting->second);
        m_waiting.erase(waiting);
        m_ready(std::move(w.therapist), std::move(w.objects), std::move(w.problem));
    }
}

} // namespace credsync::pipeline
