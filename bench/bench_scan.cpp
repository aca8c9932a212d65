// Scan throughput and HubSpot budget, with the sandbox in its own process so the client is measured
// alone. Prints each figure beside its goal; asserts nothing.
//
//   bench_scan [--sizes 10000,100000,1000000] [--limited N] [--no-unlimited] [--no-limited]
//
// Unlimited mode: the sandbox without rate limit or latency; per size, client CPU per therapist, peak
// RSS of client and sandbox, therapists/s. Rate-limited mode (N therapists, 190 requests / 10 s, 50 ms
// latency): requests by endpoint against the minimum, 429s, wall time against the floor, once with
// max_share 1.0 alone and once with max_share 0.5 beside a competing load at half the limit.
#include "benchsupport.h"

#include <QTimer>

#include <cmath>
#include <fstream>
#include <set>

using namespace bench;
using nlohmann::json;

namespace {

struct Minimum
{
    int therapists = 0;
    int types = 0;
    int associationReads = 0;
    int objectReads = 0;
    int setup = 0;
    int total() const { return associationReads + objectReads + setup; }
};

// The minimum, from the scan's own JSON Lines (every therapist's objects and findings).
Minimum minimumFrom(const QString &jsonlPath, int types)
{
    Minimum minimum;
    minimum.types = types;
    std::map<std::string, int> needed;
    int withContact = 0;
    std::ifstream in(jsonlPath.toStdString());
    std::string line;
    while (std::getline(in, line)) {
        const json therapist = json::parse(line, nullptr, false);
        if (therapist.is_discarded() || therapist.contains("summary"))
            continue;
        ++minimum.therapists;
        if (!therapist["therapist"]["contact_id"].is_null())
            ++withContact;
        std::map<std::string, int> perType;
        for (const auto &object : therapist["objects"])
            ++perType[object.value("type_id", std::string())];
        bool several = false;
        for (const auto &[type, count] : perType)
            several = several || count > 1;
        if (!therapist.value("healthy", true) || several) {
            for (const auto &[type, count] : perType)
                needed[type] += count;
        }
    }
    minimum.associationReads = types * int(std::ceil(withContact / 1000.0));
    for (const auto &[type, count] : needed)
        minimum.objectReads += int(std::ceil(count / 100.0));
    minimum.setup = 1 + 2 * types;
    return minimum;
}

// A competing worker on the same token: GET labels at a steady `perTenSeconds`.
class Competitor : public QObject
{
public:
    Competitor(const SandboxProcess &sandbox, int perTenSeconds)
    {
        const QString token = sandbox.environment.value(QStringLiteral("CREDSYNC_DEMO_HUBSPOT_TOKEN"));
        m_request = QNetworkRequest(QUrl(sandbox.baseUrl() + QStringLiteral("/crm/v4/associations/0-1/0-1/labels")));
        m_request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QNetworkReply *reply = m_manager.get(m_request);
            ++sent;
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                tooMany += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429 ? 1 : 0;
                reply->deleteLater();
            });
        });
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.start(10000 / perTenSeconds);
    }
    int sent = 0;
    int tooMany = 0;

private:
    QNetworkAccessManager m_manager;
    QNetworkRequest m_request;
    QTimer m_timer;
};

void unlimited(int therapists)
{
    std::printf("\nUnlimited mode, %d therapists (sandbox in its own process, no rate limit, no latency)\n", therapists);
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(therapists, {QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--daily-limit"),
                                    QStringLiteral("0")},
                       &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    row("sandbox: generate the world and start", QStringLiteral("%1 s").arg(sandbox.startMs / 1000.0, 0, 'f', 1), QStringLiteral("-"));
    for (const char *format : {"jsonl", "json"}) {
        sandbox.admin("DELETE", QStringLiteral("requests"));
        const ClientRun run = runClient(sandbox, {QStringLiteral("--profile"), sandbox.profileWithShare(1.0), QStringLiteral("scan"),
                                                  QStringLiteral("--format"), QLatin1String(format)}, {});
        const RequestCounts counts = countRequests(sandbox.admin("GET", QStringLiteral("requests")));
        std::printf(" scan --format %s (exit %d)\n", format, run.exitCode);
        row("wall time", QStringLiteral("%1 s").arg(run.wallMs / 1000.0, 0, 'f', 1), QStringLiteral("-"));
        row("therapists/s", QString::number(qint64(therapists * 1000.0 / std::max<qint64>(1, run.wallMs))),
            QStringLiteral("flat within ±20 % from 10k to 1M"));
        row("client CPU per therapist", QStringLiteral("%1 µs").arg(run.cpuSeconds * 1e6 / therapists, 0, 'f', 1),
            QStringLiteral("flat within ±20 % from 10k to 1M"));
        row("client peak RSS", QStringLiteral("%1 MiB").arg(run.peakRssMiB, 0, 'f', 0), QStringLiteral("≤ 300 MB"));
        row("sandbox peak RSS (apart)", QStringLiteral("%1 MiB").arg(run.sandboxPeakRssMiB, 0, 'f', 0), QStringLiteral("-"));
        row("HubSpot requests", QString::number(counts.total), QStringLiteral("≤ 1.05 × minimum (see rate-limited mode)"));
    }
}

void limited(int therapists)
{
    std::printf("\nRate-limited mode, %d therapists (190 requests / 10 s, 50 ms latency)\n", therapists);
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(therapists, {QStringLiteral("--rate-limit"), QStringLiteral("190"), QStringLiteral("--daily-limit"),
                                    QStringLiteral("0"), QStringLiteral("--latency"), QStringLiteral("50")},
                       &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const QString output = sandbox.path(QStringLiteral("scan.jsonl"));
    sandbox.admin("DELETE", QStringLiteral("requests"));
    const ClientRun run = runClient(sandbox, {QStringLiteral("--profile"), sandbox.profileWithShare(1.0), QStringLiteral("scan"),
                                              QStringLiteral("--format"), QStringLiteral("jsonl")}, output);
    const RequestCounts counts = countRequests(sandbox.admin("GET", QStringLiteral("requests")));
    const Minimum minimum = minimumFrom(output, 3);
    std::printf(" alone, max_share 1.0 (exit %d, %d therapists)\n", run.exitCode, minimum.therapists);
    for (const auto &[endpoint, count] : counts.byEndpoint)
        row(qPrintable(QStringLiteral("requests: %1").arg(QString::fromStdString(endpoint))), QString::number(count), QStringLiteral("-"));
    row("minimum: association reads / object reads / setup",
        QStringLiteral("%1 / %2 / %3").arg(minimum.associationReads).arg(minimum.objectReads).arg(minimum.setup), QStringLiteral("-"));
    row("requests ÷ minimum", QStringLiteral("%1 ÷ %2 = %3").arg(counts.total).arg(minimum.total())
                                  .arg(double(counts.total) / minimum.total(), 0, 'f', 3), QStringLiteral("≤ 1.05"));
    const double floorSeconds = minimum.total() / 19.0;
    row("429 answers", QString::number(counts.tooMany), QStringLiteral("0"));
    row("wall ÷ floor (minimum ÷ 19 per s)", QStringLiteral("%1 s ÷ %2 s = %3").arg(run.wallMs / 1000.0, 0, 'f', 1)
                                                 .arg(floorSeconds, 0, 'f', 1).arg(run.wallMs / 1000.0 / floorSeconds, 0, 'f', 2),
        QStringLiteral("≤ 1.1"));
    const int baseline = 3 * minimum.therapists;
    row("baseline: one request per therapist and type", QStringLiteral("%1 requests, floor %2 s").arg(baseline).arg(baseline / 19.0, 0, 'f', 0),
        QStringLiteral("(for comparison)"));

    // Beside a competing worker spending half of the limit, the scan keeps to max_share 0.5.
    sandbox.admin("DELETE", QStringLiteral("requests"));
    Competitor competitor(sandbox, 95);
    const ClientRun shared = runClient(sandbox, {QStringLiteral("--profile"), sandbox.profileWithShare(0.5), QStringLiteral("scan"),
                                                 QStringLiteral("--format"), QStringLiteral("jsonl")}, {});
    const RequestCounts scanCounts = countRequests(sandbox.admin("GET", QStringLiteral("requests")), "/crm/v4/associations/0-1/0-1/labels");
    std::printf(" beside a competing load of 95 / 10 s, max_share 0.5 (exit %d)\n", shared.exitCode);
    row("429 answers to the scan", QString::number(scanCounts.tooMany), QStringLiteral("0"));
    row("429 answers to the competitor", QStringLiteral("%1 of %2").arg(competitor.tooMany).arg(competitor.sent), QStringLiteral("0 (neither starves)"));
    row("scan wall ÷ floor at 0.5 (minimum ÷ 9.5 per s)",
        QStringLiteral("%1 s ÷ %2 s = %3").arg(shared.wallMs / 1000.0, 0, 'f', 1).arg(minimum.total() / 9.5, 0, 'f', 1)
            .arg(shared.wallMs / 1000.0 / (minimum.total() / 9.5), 0, 'f', 2),
        QStringLiteral("scan finishes (no starvation)"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList sizes{QStringLiteral("10000"), QStringLiteral("100000")};
    int limitedSize = 20000;
    bool runUnlimited = true;
    bool runLimited = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes") && i + 1 < args.size())
            sizes = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args[i] == QLatin1String("--limited") && i + 1 < args.size())
            limitedSize = args[++i].toInt();
        else if (args[i] == QLatin1String("--no-unlimited"))
            runUnlimited = false;
        else if (args[i] == QLatin1String("--no-limited"))
            runLimited = false;
    }
    std::printf("bench_scan: credsync at %s\n", qPrintable(credsyncBinary()));
    if (runUnlimited) {
        for (const QString &size : sizes)
            unlimited(size.toInt());
    }
    if (runLimited)
        limited(limitedSize);
    return 0;
}
