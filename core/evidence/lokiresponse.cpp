#include "lokiresponse.h"

#include "../boundedjson.h"
#include "../jsonbounds.h"
#include "logparser.h"
#include "logql.h"

#include <algorithm>

namespace credsync::evidence {

namespace {

Error bad(const QString &why)
{
    return Error::make(Error::Kind::BadResponse, QStringLiteral("logs unavailable: Loki answered ") + why,
                       QStringLiteral("loki"));
}

} // namespace

QString renderStreamLabels(const nlohmann::json &labels)
{
    QStringList parts;
    if (labels.is_object()) {
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            const QString value = it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                  : QString::fromStdString(it->dump());
            parts << QString::fromStdString(it.key()) + QLatin1Char('=') + logQlString(value);
        }
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

static Result<std::vector<LogLine>> readStreams(const nlohmann::json &doc);

Result<std::vector<LogLine>> parseLokiResponse(const QByteArray &body)
{
    nlohmann::json doc;
    try {
        doc = boundedjson::parse(body);
    } catch (const boundedjson::LimitError &error) {
        return bad(QString::fromUtf8(error.what()));
    } catch (const nlohmann::json::exception &) {
        return bad(QStringLiteral("something that is not JSON: %1").arg(bodyExcerpt(body)));
    }
    if (!doc.is_object())
        return bad(QStringLiteral("JSON that is not an object"));
    try {
        return readStreams(doc);
    } catch (const nlohmann::json::exception &) {
        // A field of the wrong type somewhere inside: an answer Loki does not give, never a crash.
        return bad(QStringLiteral("an answer of an unexpected shape: %1").arg(bodyExcerpt(body)));
    }
}

namespace {

std::string textField(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

static Result<std::vector<LogLine>> readStreams(const nlohmann::json &doc)
{
    const std::string status = textField(doc, "status");
    if (status != "success")
        return bad(QStringLiteral("status \"%1\"").arg(QString::fromStdString(status)));
    const auto data = doc.find("data");
    if (data == doc.end() || !data->is_object())
        return bad(QStringLiteral("no \"data\" object"));
    const std::string resultType = textField(*data, "resultType");
    if (resultType != "streams")
        return bad(QStringLiteral("resultType \"%1\" (a log query gives \"streams\")")
                       .arg(QString::fromStdString(resultType)));
    const auto result = data->find("result");
    if (result == data->end() || !result->is_array())
        return bad(QStringLiteral("no \"result\" array"));

    std::vector<LogLine> lines;
    for (const nlohmann::json &stream : *result) {
        if (!stream.is_object())
            return bad(QStringLiteral("a stream that is not an object"));
        const auto values = stream.find("values");
        if (values == stream.end() || !values->is_array())
            return bad(QStringLiteral("a stream without \"values\""));
        const QString labels = renderStreamLabels(stream.value("stream", nlohmann::json::object()));
        for (const nlohmann::json &entry : *values) {
            // Newer Loki may add a third element (structured metadata): tolerated, ignored.
            if (!entry.is_array() || entry.size() < 2 || !entry[0].is_string() || !entry[1].is_string())
                return bad(QStringLiteral("an entry that is not [\"<ns>\", \"<line>\"]"));
            bool ok = false;
            const qint64 ns = QString::fromStdString(entry[0].get<std::string>()).toLongLong(&ok);
            if (!ok || ns <= 0)
                return bad(QStringLiteral("a timestamp that is not nanoseconds"));
            const std::string &raw = entry[1].get_ref<const std::string &>();
            lines.push_back(parseLogLine(QString::fromUtf8(raw.data(), qsizetype(raw.size())), ns, labels));
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const LogLine &a, const LogLine &b) { return a.timestampNs < b.timestampNs; });
    return lines;
}

} // namespace credsync::evidence
