#pragma once
// Loki's query_range answer for a log query:
//   {"status":"success","data":{"resultType":"streams","result":[{"stream":{labels},"values":[["<ns>","<line>"],…]}]}}
// One entry per distinct label set: lines are merged across streams and sorted by timestamp.
#include "../result.h"
#include "../types.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <vector>

namespace credsync::evidence {

// {app="x",level="info"}: keys sorted, values escaped like LogQL strings. "{}" for no labels.
QString renderStreamLabels(const nlohmann::json &labels);

// Lines parsed with parseLogLine, sorted by ns (stable: equal times keep stream order). A body that is
// not this shape is a BadResponse error naming what was wrong.
Result<std::vector<LogLine>> parseLokiResponse(const QByteArray &body);

} // namespace credsync::evidence
