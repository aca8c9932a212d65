// Reports cross from the inspector's thread to the window in batches (issue 14: one queued signal per
// report let a scan's backlog stall the event loop for over a second). The batcher keeps their order,
// never mixes two jobs in one batch, coalesces progress, and the session lists a batch exactly as it
// lists the same reports one by one, dropping a superseded job's batch. No timings here.
#include "models/therapistlistmodel.h"
#include "models/therapiststatus.h"
#include "support/fakeinspectionservice.h"
#include "support/reportfixtures.h"
#include "widgets/session/reportbatcher.h"
#include "widgets/session/triagesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace credsync;
using namespace credsync::test;

namespace {

struct Batch
{
    quint64 job;
    QStringList ids;
    std::optional<ReportBatcher::Progress> progress;
};

QStringList idsOf(const std::vector<ListedReport> &reports)
{
    QStringList ids;
    for (const ListedReport &r : reports) {
        // The row travels with its report, made from it on the producing thread.
        if (r.row.key != TherapistStatus::key(r.report) || r.row.search.isEmpty())
            ids << QStringLiteral("row does not match its report");
        ids << r.report.snapshot.therapist.id;
    }
    return ids;
}

QStringList idsOf(const std::vector<TherapistReport> &reports)
{
    QStringList ids;
    for (const TherapistReport &r : reports)
        ids << r.snapshot.therapist.id;
    return ids;
}

constexpr qint64 kNever = 3600 * 1000; // no batch leaves by age in these tests: only size and flushes

} // namespace

class TstReportBatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesBySizeInOrder()
    {
        std::vector<Batch> batches;
        ReportBatcher batcher([&](quint64 job, std::vector<ListedReport> r, std::optional<ReportBatcher::Progress> p) {
            batches.push_back({job, idsOf(r), p});
        }, 3, kNever);
        const std::vector<TherapistReport> reports = generatedReports(7);
        for (const TherapistReport &r : reports)
            batcher.add(5, r);
        QCOMPARE(batches.size(), size_t(2)); // 3 + 3; the seventh waits
        QVERIFY(!batcher.isEmpty());
        batcher.flush();
        QCOMPARE(batches.size(), size_t(3));
        QVERIFY(batcher.isEmpty());
        QStringList all;
        for (const Batch &b : batches) {
            QCOMPARE(b.job, quint64(5));
            QVERIFY(b.ids.size() <= 3);
            all += b.ids;
        }
        QCOMPARE(all, idsOf(reports));
        batcher.flush(); // nothing waiting: nothing sent
        QCOMPARE(batches.size(), size_t(3));
    }

    void anotherJobFlushesTheFirst()
    {
        std::vector<Batch> batches;
        ReportBatcher batcher([&](quint64 job, std::vector<ListedReport> r, std::optional<ReportBatcher::Progress> p) {
            batches.push_back({job, idsOf(r), p});
        }, 100, kNever);
        const std::vector<TherapistReport> reports = generatedReports(3);
        batcher.add(1, reports[0]);
        batcher.add(1, reports[1]);
        batcher.add(2, reports[2]);
        batcher.flush();
        QCOMPARE(batches.size(), size_t(2));
        QCOMPARE(batches[0].job, quint64(1));
        QCOMPARE(batches[0].ids, (QStringList{reports[0].snapshot.therapist.id, reports[1].snapshot.therapist.id}));
        QCOMPARE(batches[1].job, quint64(2));
        QCOMPARE(batches[1].ids, QStringList{reports[2].snapshot.therapist.id});
    }

    void progressIsCoalescedBehindItsReports()
    {
        std::vector<Batch> batches;
        ReportBatcher batcher([&](quint64 job, std::vector<ListedReport> r, std::optional<ReportBatcher::Progress> p) {
            batches.push_back({job, idsOf(r), p});
        }, 100, kNever);
        const std::vector<TherapistReport> reports = generatedReports(2);
        batcher.add(4, reports[0]);
        batcher.setProgress(4, 1, 10);
        batcher.add(4, reports[1]);
        batcher.setProgress(4, 2, 10);
        batcher.flush();
        QCOMPARE(batches.size(), size_t(1));
        QCOMPARE(batches[0].ids.size(), 2);
        QVERIFY(batches[0].progress);
        QCOMPARE(batches[0].progress->done, 2);
        QCOMPARE(batches[0].progress->total, 10);
        batcher.setProgress(4, 2, 10); // progress alone still goes
        batcher.flush();
        QCOMPARE(batches.size(), size_t(2));
        QVERIFY(batches[1].ids.isEmpty());
        QVERIFY(batches[1].progress);
    }

    // The session lists a batch like the same reports one by one, and drops a superseded job's batch.
    void sessionListsBatchesAndDropsSupersededJobs()
    {
        FakeInspectionService service;
        TriageSession session;
        session.setService(&service);
        session.scan();
        const quint64 first = service.lastJob;
        const std::vector<TherapistReport> reports = generatedReports(2500);
        session.scan(); // supersedes the first scan
        const quint64 second = service.lastJob;
        QVERIFY(second != first);
        Q_EMIT service.reportsReady(first, std::vector<TherapistReport>(reports.begin(), reports.begin() + 10));
        Q_EMIT service.reportsReady(second, std::vector<TherapistReport>(reports.begin(), reports.begin() + 1500));
        Q_EMIT service.reportReady(second, reports[1500]);
        // The rest as the threaded service sends them: rows made on the producing thread, taken not copied.
        auto listed = std::make_shared<std::vector<ListedReport>>();
        for (auto it = reports.begin() + 1501; it != reports.end(); ++it)
            listed->push_back(ListedReport::of(*it));
        Q_EMIT service.listedReportsReady(second, listed);
        QVERIFY(listed->empty());
        QSignalSpy finished(&session, &TriageSession::jobFinished);
        Q_EMIT service.finished(second, {});
        QCOMPARE(finished.size(), 1);
        TherapistListModel *model = session.therapists();
        QCOMPARE(model->rowCount(), int(reports.size()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->rowAt(row)->key, TherapistRow::fromReport(reports[size_t(row)]).key);
        Q_EMIT service.reportsReady(first, std::vector<TherapistReport>(reports.begin(), reports.begin() + 5));
        auto late = std::make_shared<std::vector<ListedReport>>();
        late->push_back(ListedReport::of(generatedReports(1, 9000).front()));
        Q_EMIT service.listedReportsReady(first, late);
        QCoreApplication::processEvents();
        QCOMPARE(model->rowCount(), int(reports.size()));
    }
};

QTEST_MAIN(TstReportBatcher)
#include "tst_reportbatcher.moc"
