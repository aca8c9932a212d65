// The therapist list as it scales (issue 14): slim rows with their full reports in a bounded cache,
// the free-text filter (case and accent folding, narrowing within the current result, deletions), the
// sort on precomputed keys, and the selected row keeping its place when its status changes (issue 10).
// Structure is checked by QAbstractItemModelTester throughout. No timings: bench_list measures those.
#include "models/reportcache.h"
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "models/therapistrow.h"
#include "models/unresolvedmodel.h"
#include "support/reportfixtures.h"
#include "widgets/list/listpane.h"
#include "widgets/list/therapisttableview.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

using namespace credsync;
using namespace credsync::test;

namespace {

TherapistReport person(int i, const QString &name, const QString &email, const QString &contact)
{
    TherapistReport r = generatedReports(1, i).front();
    r.findings.clear();
    r.snapshot.therapist.name = name;
    r.snapshot.therapist.email = email;
    r.snapshot.therapist.contactId = contact;
    r.snapshot.target = contact;
    return r;
}

Finding error(const QString &code)
{
    Finding f;
    f.code = code;
    f.severity = Severity::Error;
    f.summary = QStringLiteral("summary of ") + code;
    f.objectType = QStringLiteral("Credentialing");
    return f;
}

std::vector<TherapistReport> people()
{
    std::vector<TherapistReport> out;
    out.push_back(person(0, QStringLiteral("María García"), QStringLiteral("maria.garcia@example.org"), QStringLiteral("161204877310")));
    out.push_back(person(1, QStringLiteral("JOSE GARCIA"), QStringLiteral("jg@example.org"), QStringLiteral("99999999999")));
    out.push_back(person(2, QStringLiteral("Ana Núñez"), QStringLiteral("ana@clinic.example"), QStringLiteral("9223372036854775807")));
    out.push_back(person(3, QStringLiteral("Jürgen Müller"), QStringLiteral("j.mueller@example.de"), QStringLiteral("100000000000")));
    out.push_back(person(4, QStringLiteral("Zoë Garciaparra"), QStringLiteral("zoe@example.org"), QStringLiteral("123456789012")));
    out.push_back(person(5, QStringLiteral("Grace Hopper"), QStringLiteral("grace@navy.example"), QStringLiteral("555000111222")));
    out[5].findings.push_back(error(QStringLiteral("MISSING_DB_ID")));
    out[5].snapshot.therapist.columns[QStringLiteral("credentialing_hubspot_id")] = QStringLiteral("31415926535");
    out[3].findings.push_back(error(QStringLiteral("STALE_DB_ID")));
    return out;
}

QStringList names(const QAbstractItemModel &proxy)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out << proxy.index(row, TherapistListModel::NameColumn).data().toString();
    return out;
}

QStringList sortedNames(const QAbstractItemModel &proxy)
{
    QStringList out = names(proxy);
    out.sort();
    return out;
}

// What the filter must show for `text`, computed from the reports without the proxy's machinery.
QStringList expected(const std::vector<TherapistReport> &reports, const QString &text)
{
    const QStringList words = searchFold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    for (const TherapistReport &r : reports) {
        const Therapist &t = r.snapshot.therapist;
        QStringList fields{t.name, t.email, t.contactId, t.id, r.snapshot.target};
        for (const Finding &f : r.findings)
            fields << f.code;
        for (const auto &[column, value] : t.columns) {
            if (value)
                fields << *value;
        }
        for (const HubSpotObject &o : r.snapshot.objects)
            fields << o.id;
        const QString haystack = searchFold(fields.join(QLatin1Char('\n')));
        if (std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w); }))
            out << t.name;
    }
    out.sort();
    return out;
}

} // namespace

class TestListScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldingDropsCaseAndAccents()
    {
        QCOMPARE(searchFold(QStringLiteral("García")), QStringLiteral("garcia"));
        QCOMPARE(searchFold(QStringLiteral("GARCÍA")), QStringLiteral("garcia"));
        QCOMPARE(searchFold(QStringLiteral("Núñez Zoë")), QStringLiteral("nunez zoe"));
        QCOMPARE(searchFold(QStringLiteral("Straße")), QStringLiteral("strasse"));
        QCOMPARE(searchFold(QStringLiteral("MISSING_DB_ID")), QStringLiteral("missing_db_id"));
    }

    void rowsAreSlimAndReportsAreCached()
    {
        TherapistListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCacheCapacity(2);
        std::vector<TherapistReport> reports = people();
        model.addReports(reports, TherapistListModel::Retention::Recent);
        QCOMPARE(model.rowCount(), 6);
        // Only the two most recent scanned reports are held in full; every row still shows and sorts.
        QVERIFY(!model.hasFullReport(0));
        QCOMPARE(model.reportAt(0), nullptr);
        QVERIFY(model.hasFullReport(5));
        QCOMPARE(model.reportAt(5)->snapshot.therapist.name, QStringLiteral("Grace Hopper"));
        QCOMPARE(model.index(0, TherapistListModel::NameColumn).data().toString(), QStringLiteral("María García"));
        QCOMPARE(model.index(0, TherapistListModel::ContactIdColumn).data(TherapistListModel::SortRole).toLongLong(), 161204877310LL);
        QCOMPARE(model.index(2, TherapistListModel::ContactIdColumn).data(TherapistListModel::SortRole).toLongLong(),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(model.index(5, TherapistListModel::FindingsColumn).data(TherapistListModel::FindingCodesRole).toStringList(),
                 QStringList{QStringLiteral("MISSING_DB_ID")});
        QCOMPARE(model.rowAt(0)->inspectTarget(), QStringLiteral("161204877310"));
        QCOMPARE(model.verdictCounts().count(verdict::Verdict::Broken), 2);
        QCOMPARE(model.rowMatching(QStringLiteral("JG@EXAMPLE.ORG")), 1);

        // A report a person asked for (a pasted target, a selected row's evidence) is kept.
        model.addReports({reports[0]}, TherapistListModel::Retention::Keep);
        model.addReports({reports[1], reports[2], reports[3]}, TherapistListModel::Retention::Recent);
        QVERIFY(model.hasFullReport(0));
        QCOMPARE(model.reportAt(0)->snapshot.therapist.email, QStringLiteral("maria.garcia@example.org"));
        QVERIFY(!model.hasFullReport(1));
        QCOMPARE(model.rowCount(), 6); // updated in place, never listed twice
    }

    void reportCacheEvictsLeastRecentlyUsed()
    {
        ReportCache cache(2);
        std::vector<TherapistReport> reports = people();
        cache.put(QStringLiteral("a"), reports[0], ReportCache::Retention::Recent);
        cache.put(QStringLiteral("b"), reports[1], ReportCache::Retention::Recent);
        QVERIFY(cache.find(QStringLiteral("a"))); // a used: b is now the least recent
        cache.put(QStringLiteral("c"), reports[2], ReportCache::Retention::Recent);
        QVERIFY(cache.contains(QStringLiteral("a")));
        QVERIFY(!cache.contains(QStringLiteral("b")));
        cache.put(QStringLiteral("k"), reports[3], ReportCache::Retention::Keep);
        cache.put(QStringLiteral("k"), reports[4], ReportCache::Retention::Recent); // stays kept
        cache.put(QStringLiteral("d"), reports[5], ReportCache::Retention::Recent);
        cache.put(QStringLiteral("e"), reports[5], ReportCache::Retention::Recent);
        QCOMPARE(cache.find(QStringLiteral("k"))->snapshot.therapist.name, QStringLiteral("Zoë Garciaparra"));
        QCOMPARE(cache.recentCount(), size_t(2));
        QCOMPARE(cache.keptCount(), size_t(1));
        // What was let go is handed out once, least recent first, for its owner to destroy off the window's thread.
        QStringList letGo;
        for (const TherapistReport &r : cache.takeLetGo())
            letGo << r.snapshot.therapist.name;
        QCOMPARE(letGo, QStringList({QStringLiteral("JOSE GARCIA"), QStringLiteral("María García"), QStringLiteral("Ana Núñez")}));
        QVERIFY(cache.takeLetGo().empty());
    }

    void filterFoldsCaseAccentsIdsEmailsAndCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("shown");
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out << QString::fromUtf8(item);
            out.sort();
            return out;
        };
        QTest::newRow("accents in the text") << QStringLiteral("garcía") << list({"María García", "JOSE GARCIA", "Zoë Garciaparra"});
        QTest::newRow("accents in the row") << QStringLiteral("nunez") << list({"Ana Núñez"});
        QTest::newRow("case") << QStringLiteral("MÜLLER") << list({"Jürgen Müller"});
        QTest::newRow("two words, both must match") << QStringLiteral("garcia maria") << list({"María García"});
        QTest::newRow("contact id, part") << QStringLiteral("9223372036") << list({"Ana Núñez"});
        QTest::newRow("email") << QStringLiteral("J.Mueller@Example.DE") << list({"Jürgen Müller"});
        QTest::newRow("code, any case") << QStringLiteral("missing_db_id") << list({"Grace Hopper"});
        QTest::newRow("db column value") << QStringLiteral("31415926535") << list({"Grace Hopper"});
        QTest::newRow("therapist uuid") << QStringLiteral("00000000-0000-4000-9000-000000000004") << list({"Zoë Garciaparra"});
        QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList();
    }

    void filterFoldsCaseAccentsIdsEmailsAndCodes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, shown);
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(people());
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        proxy.setText(text);
        QCOMPARE(sortedNames(proxy), shown);
        QCOMPARE(sortedNames(proxy), expected(people(), text));
    }

    void typingNarrowsAndDeletingRestores()
    {
        // Many rows, so that narrowing and the remembered results carry real weight.
        std::vector<TherapistReport> reports = generatedReports(300, 100); // keys apart from people()
        const std::vector<TherapistReport> named = people();
        reports.insert(reports.end(), named.begin(), named.end());
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(reports);
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        const QStringList sequence{QStringLiteral("g"), QStringLiteral("ga"), QStringLiteral("gar"), QStringLiteral("garci"),
                                   QStringLiteral("garcia"), QStringLiteral("garcia j"), QStringLiteral("garcia"), QStringLiteral("garc"),
                                   QStringLiteral("ga"), QStringLiteral("g"), QString(), QStringLiteral("1700000001"),
                                   QStringLiteral("17000000012"), QStringLiteral("1700000001"), QStringLiteral("therapist 2"),
                                   QStringLiteral("therapist 29"), QStringLiteral("therapist 2")};
        for (const QString &text : sequence) {
            proxy.setText(text);
            QVERIFY2(sortedNames(proxy) == expected(reports, text), qPrintable(text));
        }
        // A row changes between keystrokes: what the texts matched before is not trusted any more.
        proxy.setText(QStringLiteral("garcia"));
        TherapistReport renamed = reports[7];
        renamed.snapshot.therapist.name = QStringLiteral("Luis Garcés");
        model.addReports({renamed});
        reports[7] = renamed;
        QCOMPARE(sortedNames(proxy), expected(reports, QStringLiteral("garcia")));
        proxy.setText(QStringLiteral("garc"));
        QCOMPARE(sortedNames(proxy), expected(reports, QStringLiteral("garc")));
        QVERIFY(names(proxy).contains(QStringLiteral("Luis Garcés")));
        // Rows streamed in later are searched too.
        proxy.setText(QStringLiteral("garci"));
        std::vector<TherapistReport> more = generatedReports(2, 1000);
        more[1].snapshot.therapist.name = QStringLiteral("Raúl Garcia");
        model.addReports(more);
        reports.insert(reports.end(), more.begin(), more.end());
        QCOMPARE(sortedNames(proxy), expected(reports, QStringLiteral("garci")));
        proxy.setText(QStringLiteral("garcia"));
        QCOMPARE(sortedNames(proxy), expected(reports, QStringLiteral("garcia")));
    }

    void sortsOnPrecomputedKeys()
    {
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(people());
        proxy.sort(TherapistListModel::NameColumn, Qt::AscendingOrder);
        // Folded: "Ana Núñez" < "Grace" < "JOSE" < "Jürgen" < "María" < "Zoë", whatever the case or accents.
        QCOMPARE(names(proxy), QStringList({QStringLiteral("Ana Núñez"), QStringLiteral("Grace Hopper"), QStringLiteral("JOSE GARCIA"),
                                            QStringLiteral("Jürgen Müller"), QStringLiteral("María García"), QStringLiteral("Zoë Garciaparra")}));
        proxy.sort(TherapistListModel::ContactIdColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, TherapistListModel::ContactIdColumn).data().toString(), QStringLiteral("99999999999"));
        QCOMPARE(proxy.index(5, TherapistListModel::ContactIdColumn).data().toString(), QStringLiteral("9223372036854775807"));
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TherapistListModel::StatusColumn).data(TherapistListModel::StatusRole).toInt(), int(TherapistStatus::Broken));
        proxy.sort(TherapistListModel::EmailColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TherapistListModel::EmailColumn).data().toString(), QStringLiteral("zoe@example.org"));
    }

    void selectedRowKeepsItsPlaceUntilTheNextSort()
    {
        TherapistListModel model;
        UnresolvedModel unresolved;
        ListPane pane(&model, &unresolved);
        QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<TherapistReport> reports = people();
        model.setReports(reports);
        // The pane opens worst first. Select the last (healthy) row.
        TherapistTableView *view = pane.view();
        const int last = pane.proxy()->rowCount() - 1;
        const QString key = pane.proxy()->index(last, 0).data(TherapistListModel::KeyRole).toString();
        QVERIFY(pane.selectSourceRow(model.rowOfKey(key)));
        QCOMPARE(view->currentIndex().row(), last);
        QCOMPARE(pane.proxy()->frozenKey(), key);

        // Its full check finds it broken: it stays where the person is reading it.
        TherapistReport changed = reports[size_t(model.rowOfKey(key))];
        changed.findings = {error(QStringLiteral("MISSING_DB_ID")), error(QStringLiteral("NO_OBJECTS"))};
        model.addReports({changed});
        QCOMPARE(view->currentIndex().data(TherapistListModel::KeyRole).toString(), key);
        QCOMPARE(view->currentIndex().row(), last);
        QCOMPARE(view->currentIndex().siblingAtColumn(TherapistListModel::StatusColumn).data(TherapistListModel::StatusRole).toInt(),
                 int(TherapistStatus::Broken));

        // Another row changing still moves as the sort says.
        const QString otherKey = pane.proxy()->index(0, 0).data(TherapistListModel::KeyRole).toString();
        TherapistReport healed = reports[size_t(model.rowOfKey(otherKey))];
        healed.findings.clear();
        model.addReports({healed});
        QVERIFY(pane.proxy()->index(0, 0).data(TherapistListModel::KeyRole).toString() != otherKey);

        // The person sorts again: the row takes the place its new status gives it (most findings first).
        pane.proxy()->sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(pane.proxy()->index(0, 0).data(TherapistListModel::KeyRole).toString(), key);
        QCOMPARE(view->currentIndex().data(TherapistListModel::KeyRole).toString(), key);

        // A reload ends the freeze.
        model.setReports(reports);
        QVERIFY(pane.proxy()->frozenKey().isEmpty());
    }
};

QTEST_MAIN(TestListScale)
#include "tst_listscale.moc"
