#pragma once
// One row per therapist in the current view (qBittorrent's TransferListModel shape): rows are reset
// for a new view, appended with insertRows as a job streams results, and updated in place with
// dataChanged when a therapist is inspected again. Each row is a slim TherapistRow (what the columns,
// chips, filter and sort need); full reports live in a ReportCache (issue 14).
#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <vector>

#include "core/profile.h"
#include "core/report/verdict.h"
#include "core/types.h"
#include "listedreport.h"
#include "reportcache.h"
#include "therapistrow.h"

namespace credsync {

class TherapistListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, NameColumn, EmailColumn, ContactIdColumn, FindingsColumn, LastErrorColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw value per column: status rank, ids as numbers, times as ms
        KeyRole,                 // TherapistStatus::key
        StatusRole,              // TherapistStatus::Value as int
        SeverityListRole,        // QList<int> of the findings' severities
        FindingCodesRole,        // QStringList, de-duplicated, in finding order
        ObjectTypesRole,         // QStringList: object types the findings are about
        SearchTextRole,          // everything the free-text filter matches against
        UrlRole,                 // the contact's HubSpot record, when known
        CheckingRole,            // bool: logs and Sentry are being read for this row right now
    };
    Q_ENUM(Role)

    explicit TherapistListModel(QObject *parent = nullptr);

    // The portal for record links; rows already shown keep their text, only links change.
    void setAccount(const AccountInfo &account);

    using Retention = ReportCache::Retention;
    void setReports(std::vector<TherapistReport> reports, Retention retention = Retention::Keep);
    // Known therapists are updated in place, the others appended in one insertRows. A scan streams its
    // reports in with Retention::Recent: its rows keep only their slim part once the cache lets go.
    void addReports(std::vector<TherapistReport> reports, Retention retention = Retention::Keep);
    // The same with each report's row already made (on the thread that made the report).
    void addRows(std::vector<ListedReport> reports, Retention retention = Retention::Keep);
    void clear();
    // Room for this many rows' keys (a scan that knows its size): the key index never grows, and so
    // never rehashes, while the rows stream in.
    void reserve(int rows) { m_rowOfKey.reserve(size_t(std::max(rows, 0))); }
    // How many scanned reports are held in full besides the kept ones.
    void setCacheCapacity(size_t reports)
    {
        m_cache.setCapacity(reports);
        disposeLetGo();
    }

    // Rows whose full check (logs and Sentry) is under way: their status says so until the answer comes,
    // so that nothing changes unannounced.
    void setChecking(const QSet<QString> &keys);
    bool isChecking(const QString &key) const { return m_checking.contains(key); }
    const QSet<QString> &checking() const { return m_checking; }

    // The full report, or nullptr when the row is out of range or its report is not held (a scanned row
    // the cache let go: select it, and TriageSession fetches it again).
    const TherapistReport *reportAt(int row) const;
    bool hasFullReport(int row) const;
    // The slim row; nullptr when out of range.
    const TherapistRow *rowAt(int row) const;
    // The same without the range check, for the proxy's hot loops (0 <= row < rowCount()).
    const TherapistRow &rowRef(int row) const { return m_rows[size_t(row)]; }
    int rowOfKey(const QString &key) const;
    // The first row whose contact id, email, name, therapist id or pasted target equals target (case folded); -1 when none.
    int rowMatching(const QString &target) const;
    verdict::Counts verdictCounts() const;
    // Bumped whenever a row's content changes or the rows are reset (not on appends): caches keyed by
    // source row (the proxy's filter results) compare it.
    quint64 generation() const { return m_generation; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void disposeLetGo();
    QVariant displayData(const TherapistRow &row, int column) const;
    QVariant sortData(const TherapistRow &row, int column) const;
    QString toolTip(const TherapistRow &row, int column) const;

    // A deque, not a vector: a vector of 65,536 rows growing moved every row at once (a 100 ms stall
    // while a 100k scan streamed in, at each power of two); a deque never moves the rows it holds.
    std::deque<TherapistRow> m_rows;
    mutable ReportCache m_cache;
    quint64 m_generation = 0;
    // std::unordered_map, not QHash: it keeps each key's hash, so growing past 32,768 or 65,536 keys
    // relinks nodes instead of hashing every key again (a 30 ms stall each time at 100k rows).
    std::unordered_map<QString, int> m_rowOfKey;
    QSet<QString> m_checking;
    AccountInfo m_account;
};

// The most recent Sentry event or issue sighting for the therapist; invalid when none.
QDateTime lastErrorTime(const TherapistReport &report);

} // namespace credsync
