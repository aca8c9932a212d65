// `credsync inspect` for 1, 4 and 20 pasted contacts with 100 ms added to every HubSpot answer: wall
// time, HubSpot requests, and the ratio to one contact (batched reads keep it near 1). Sandbox in its
// own process. Prints figures beside goals; asserts nothing.
//
//   bench_inspect [--world N]
#include "benchsupport.h"

#include <set>

using namespace bench;
using nlohmann::json;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int worldSize = 2000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--world"))
            worldSize = args[i + 1].toInt();
    }
    std::printf("bench_inspect: credsync at %s, generated world of %d therapists, 100 ms latency\n",
                qPrintable(credsyncBinary()), worldSize);
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(worldSize, {QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--latency"), QStringLiteral("100")},
                       &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Contacts to paste: the world's tagged (broken) contacts, the ones a ticket names.
    QStringList contacts;
    std::set<std::string> seen;
    for (const auto &tag : sandbox.admin("GET", QStringLiteral("scenarios"))) {
        const std::string id = tag.value("contactId", std::string());
        if (!id.empty() && seen.insert(id).second)
            contacts << QString::fromStdString(id);
    }
    if (contacts.size() < 20) {
        std::fprintf(stderr, "the world has only %lld tagged contacts; use a larger --world\n", qlonglong(contacts.size()));
        return 1;
    }
    double oneContactMs = 0;
    for (int count : {1, 4, 20}) {
        sandbox.admin("DELETE", QStringLiteral("requests"));
        QStringList arguments{QStringLiteral("--profile"), sandbox.profileWithShare(1.0), QStringLiteral("inspect"), QStringLiteral("--json")};
        arguments += contacts.mid(0, count);
        const ClientRun run = runClient(sandbox, arguments, {});
        const RequestCounts counts = countRequests(sandbox.admin("GET", QStringLiteral("requests")), "/loki/");
        if (count == 1)
            oneContactMs = double(run.wallMs);
        std::printf(" %d contact(s) (exit %d)\n", count, run.exitCode);
        row("wall time", QStringLiteral("%1 ms").arg(run.wallMs), QStringLiteral("-"));
        row("HubSpot + Sentry requests", QString::number(counts.total), QStringLiteral("batched: grows far slower than contacts"));
        row("wall ÷ 100 ms latency (sequential round trips at most)", QString::number(run.wallMs / 100.0, 'f', 1), QStringLiteral("-"));
        row("ratio to one contact", QString::number(run.wallMs / std::max(1.0, oneContactMs), 'f', 2),
            count == 1 ? QStringLiteral("1") : QStringLiteral("close to 1 (not ×%1)").arg(count));
    }
    return 0;
}
