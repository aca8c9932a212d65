// The therapist list's own proxy (issue 14): each column's order kept ready and merged on appends,
// what is shown = that order filtered. Every case is checked against a brute-force answer (a stable
// sort of the rows by the column's key, then the criteria) and by QAbstractItemModelTester. Covers:
// equal keys keep arrival order in both directions, filtering and sorting combined, rows appended
// while sorted and filtered landing in their place (in a few runs and in many), the selection, the
// current row and persistent indexes following their rows through filter and sort changes, and the
// frozen row keeping its place through appends. No timings: bench_list measures those.
#include "models/therapistfilterproxy.h"
#include "models/therapistlistmodel.h"
#include "models/therapistrow.h"
#include "support/reportfixtures.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace credsync;
using namespace credsync::test;

namespace {

const char *const kNames[] = {"García", "Núñez", "Adams", "Zhou", "Müller", "Brown", "García", "Adams"};

// A mix with many equal keys: names repeat, most rows are healthy, some broken with one or two findings.
std::vector<TherapistReport> mixed(int count, int first)
{
    std::vector<TherapistReport> out = generatedReports(count, first);
    for (int i = 0; i < count; ++i) {
        TherapistReport &r = out[size_t(i)];
        const int n = first + i;
        r.snapshot.therapist.name = QString::fromUtf8(kNames[(n * 5 + 3) % 8]) + QStringLiteral(" %1").arg(n % 3);
        r.findings.clear();
        if (n % 5 == 0) {
            Finding f;
            f.code = n % 10 == 0 ? QStringLiteral("STALE_DB_ID") : QStringLiteral("MISSING_DB_ID");
            f.severity = Severity::Error;
            f.summary = QStringLiteral("broken");
            f.objectType = QStringLiteral("Credentialing");
            r.findings.push_back(f);
            if (n % 15 == 0)
                r.findings.push_back(f);
        }
    }
    return out;
}

int compareBy(const TherapistRow &a, const TherapistRow &b, int column)
{
    const auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : y < x ? 1 : 0; };
    switch (column) {
    case TherapistListModel::StatusColumn:
        return a.status != b.status ? cmp(int(a.status), int(b.status)) : cmp(a.findingCount, b.findingCount);
    case TherapistListModel::NameColumn: return a.nameKey != b.nameKey ? cmp(a.nameKey, b.nameKey) : cmp(a.name, b.name);
    case TherapistListModel::EmailColumn: return cmp(a.emailKey, b.emailKey);
    case TherapistListModel::ContactIdColumn: return cmp(a.contactIdNumber, b.contactIdNumber);
    case TherapistListModel::FindingsColumn: return cmp(a.codes.join(QLatin1Char(' ')), b.codes.join(QLatin1Char(' ')));
    case TherapistListModel::LastErrorColumn: return cmp(a.lastErrorMs, b.lastErrorMs);
    }
    return 0;
}

struct Criteria
{
    QString text;
    bool errorsOnly = false;
    QString code;
};

// What the proxy must show, by key, from the model's rows alone: std::stable_sort (equal keys keep
// arrival order, whichever direction), then the criteria.
QStringList expectedKeys(const TherapistListModel &model, int column, Qt::SortOrder order, const Criteria &criteria = {})
{
    std::vector<int> rows(size_t(model.rowCount()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    if (column >= 0) {
        std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) {
            const int c = compareBy(*model.rowAt(l), *model.rowAt(r), column);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    }
    const QStringList words = searchFold(criteria.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList keys;
    for (int row : rows) {
        const TherapistRow &r = *model.rowAt(row);
        if (criteria.errorsOnly && !r.hasSeverity(Severity::Error))
            continue;
        if (!criteria.code.isEmpty() && !r.codes.contains(criteria.code))
            continue;
        if (!std::all_of(words.begin(), words.end(), [&](const QString &w) { return r.search.contains(w); }))
            continue;
        keys << r.key;
    }
    return keys;
}

QStringList shownKeys(const QAbstractItemModel &proxy)
{
    QStringList keys;
    for (int row = 0; row < proxy.rowCount(); ++row)
        keys << proxy.index(row, 0).data(TherapistListModel::KeyRole).toString();
    return keys;
}

} // namespace

class TestListProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalKeysKeepArrivalOrderBothWays()
    {
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(mixed(60, 0));
        for (int column = 0; column < TherapistListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QCOMPARE(shownKeys(proxy), expectedKeys(model, column, order));
            }
        }
        // Descending is not ascending reversed: the 40 healthy rows stay in arrival order at the bottom.
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        const QStringList shown = shownKeys(proxy);
        QStringList healthy;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.rowAt(row)->status == TherapistStatus::Healthy)
                healthy << model.rowAt(row)->key;
        }
        QCOMPARE(healthy.size(), 48);
        QCOMPARE(shown.mid(shown.size() - healthy.size()), healthy);
    }

    void filteringAndSortingCombine()
    {
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(mixed(200, 0));
        Criteria criteria;
        proxy.sort(TherapistListModel::NameColumn, Qt::DescendingOrder);
        proxy.setSeverity(TherapistFilterProxy::SeverityFilter::Errors);
        criteria.errorsOnly = true;
        QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::NameColumn, Qt::DescendingOrder, criteria));
        // Typing narrows, deleting widens, each in the sort order of the moment.
        for (const char *text : {"g", "ga", "garcia", "garcia 1", "garcia", "", "nu", "nunez 2", "t1", "t12"}) {
            criteria.text = QString::fromUtf8(text);
            proxy.setText(criteria.text);
            QVERIFY2(shownKeys(proxy) == expectedKeys(model, TherapistListModel::NameColumn, Qt::DescendingOrder, criteria), text);
        }
        criteria.text = QStringLiteral("t1");
        proxy.setText(criteria.text);
        for (int column : {int(TherapistListModel::StatusColumn), int(TherapistListModel::EmailColumn), int(TherapistListModel::ContactIdColumn)}) {
            proxy.sort(column, Qt::AscendingOrder);
            QCOMPARE(shownKeys(proxy), expectedKeys(model, column, Qt::AscendingOrder, criteria));
        }
        proxy.setFindingCode(QStringLiteral("STALE_DB_ID"));
        criteria.code = QStringLiteral("STALE_DB_ID");
        QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::ContactIdColumn, Qt::AscendingOrder, criteria));
        QVERIFY(proxy.rowCount() > 0);
        proxy.setSeverity(TherapistFilterProxy::SeverityFilter::Any);
        proxy.setFindingCode({});
        proxy.setText({});
        QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::ContactIdColumn, Qt::AscendingOrder));
        QVERIFY(!proxy.isFiltering());
    }

    void appendedRowsLandInTheirPlace()
    {
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(TherapistListModel::NameColumn, Qt::AscendingOrder);
        const Criteria criteria{QStringLiteral("a"), false, {}};
        proxy.setText(criteria.text);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy relaid(&proxy, &QAbstractItemModel::layoutChanged);
        // A scan streams in: batches whose names fall all over the list.
        for (int batch = 0; batch < 6; ++batch) {
            model.addReports(mixed(50, batch * 50));
            QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::NameColumn, Qt::AscendingOrder, criteria));
        }
        // Every order is kept, not only the shown one: sorting by another column after the stream.
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::StatusColumn, Qt::DescendingOrder, criteria));

        // A batch landing in a few runs is announced as inserted rows, many runs as one layout change.
        proxy.setText({});
        proxy.sort(TherapistListModel::ContactIdColumn, Qt::AscendingOrder);
        inserted.clear();
        relaid.clear();
        model.addReports(mixed(3, 1000)); // contact ids above every other: one run at the end
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(relaid.count(), 0);
        QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::ContactIdColumn, Qt::AscendingOrder));
        std::vector<TherapistReport> scattered = mixed(80, 2000);
        for (size_t i = 0; i < scattered.size(); ++i)
            scattered[i].snapshot.therapist.contactId = QString::number(170000000000LL + qint64(i) * 4 + 1); // between the others
        inserted.clear();
        model.addReports(scattered);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(relaid.count(), 1);
        QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::ContactIdColumn, Qt::AscendingOrder));
        proxy.sort(TherapistListModel::ContactIdColumn, Qt::DescendingOrder);
        QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::ContactIdColumn, Qt::DescendingOrder));
    }

    void selectionAndCurrentFollowTheirRows()
    {
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        model.setReports(mixed(120, 0));
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        const int garcia = model.rowMatching(QStringLiteral("t37@example.org"));
        QVERIFY(garcia >= 0);
        const QString key = model.rowAt(garcia)->key;
        const QString otherKey = model.rowAt(model.rowMatching(QStringLiteral("t42@example.org")))->key;
        QModelIndex at = proxy.mapFromSource(model.index(garcia, 0));
        selection.setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QPersistentModelIndex other(proxy.mapFromSource(model.index(model.rowOfKey(otherKey), TherapistListModel::NameColumn)));
        const auto check = [&](bool otherShown) {
            QCOMPARE(selection.currentIndex().data(TherapistListModel::KeyRole).toString(), key);
            QCOMPARE(selection.currentIndex(), proxy.mapFromSource(model.index(garcia, 0)));
            const QModelIndexList rows = selection.selectedRows();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.front().data(TherapistListModel::KeyRole).toString(), key);
            QCOMPARE(other.isValid(), otherShown);
            if (otherShown) {
                QCOMPARE(other.data(TherapistListModel::KeyRole).toString(), otherKey);
                QCOMPARE(other.column(), int(TherapistListModel::NameColumn));
            }
        };
        check(true);
        proxy.sort(TherapistListModel::NameColumn, Qt::AscendingOrder);
        check(true);
        proxy.sort(TherapistListModel::NameColumn, Qt::DescendingOrder);
        check(true);
        proxy.setText(QStringLiteral("t3")); // keeps t37, hides t42
        check(false);
        proxy.setText(QStringLiteral("t37"));
        QCOMPARE(proxy.rowCount(), 1);
        check(false);
        proxy.setText({});
        check(false); // a hidden row's index does not come back
        model.addReports(mixed(40, 500)); // appended rows move the current one down or not, it stays current
        check(false);
        proxy.setSeverity(TherapistFilterProxy::SeverityFilter::Errors); // hides the (healthy) current row
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(selection.selectedRows().isEmpty());
    }

    void frozenRowKeepsItsPlaceThroughAppends()
    {
        TherapistListModel model;
        TherapistFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<TherapistReport> reports = mixed(60, 0);
        model.setReports(reports);
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        // A healthy row near the bottom is being read; its full check finds it broken.
        const int place = proxy.rowCount() - 5;
        const QString key = proxy.index(place, 0).data(TherapistListModel::KeyRole).toString();
        const QString above = proxy.index(place - 1, 0).data(TherapistListModel::KeyRole).toString();
        proxy.freezeSortPosition(key);
        TherapistReport changed = reports[size_t(model.rowOfKey(key))];
        Finding f;
        f.code = QStringLiteral("MISSING_DB_ID");
        f.severity = Severity::Error;
        changed.findings = {f, f, f};
        model.addReports({changed});
        QCOMPARE(proxy.index(place, 0).data(TherapistListModel::KeyRole).toString(), key);
        QCOMPARE(proxy.index(place, 0).data(TherapistListModel::StatusRole).toInt(), int(TherapistStatus::Broken));
        // Rows streamed in after it are placed around it without moving it from its neighbour.
        model.addReports(mixed(30, 300));
        const int now = proxy.mapFromSource(model.index(model.rowOfKey(key), 0)).row();
        QCOMPARE(proxy.index(now - 1, 0).data(TherapistListModel::KeyRole).toString(), above);
        // The person sorts: it takes the place its three errors give it, the top.
        proxy.sort(TherapistListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TherapistListModel::KeyRole).toString(), key);
        QCOMPARE(shownKeys(proxy), expectedKeys(model, TherapistListModel::StatusColumn, Qt::DescendingOrder));
    }
};

QTEST_MAIN(TestListProxy)
#include "tst_listproxy.moc"
