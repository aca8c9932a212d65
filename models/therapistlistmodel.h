#pragma once
// One row per therapist in the current view (qBittorrent's TransferListModel shape): rows are reset
// for a new view, appended with insertRows as a job streams results, and updated in place with
// dataChanged when a therapist is inspected again.
#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <vector>

#include "core/profile.h"
#include "core/types.h"

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

    void setReports(std::vector<TherapistReport> reports);
    // Known therapists are updated in place, the others appended in one insertRows.
    void addReports(std::vector<TherapistReport> reports);
    void clear();

    // Rows whose full check (logs and Sentry) is under way: their status says so until the answer comes,
    // so that nothing changes unannounced.
    void setChecking(const QSet<QString> &keys);
    bool isChecking(const QString &key) const { return m_checking.contains(key); }

    const TherapistReport *reportAt(int row) const;
    int rowOfKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const TherapistReport &report, int column) const;
    QVariant sortData(const TherapistReport &report, int column) const;
    QString toolTip(const TherapistReport &report, int column) const;

    std::vector<TherapistReport> m_reports;
    QHash<QString, int> m_rowOfKey;
    QSet<QString> m_checking;
    AccountInfo m_account;
};

// The most recent Sentry event or issue sighting for the therapist; invalid when none.
QDateTime lastErrorTime(const TherapistReport &report);

} // namespace credsync
