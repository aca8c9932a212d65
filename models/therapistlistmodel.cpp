#include "therapistlistmodel.h"

#include "displaytext.h"
#include "therapiststatus.h"

#include <QThreadPool>

#include <memory>

namespace credsync {

QDateTime lastErrorTime(const TherapistReport &report)
{
    QDateTime last;
    for (const SentryIssue &issue : report.snapshot.errors) {
        if (issue.lastSeen.isValid() && (!last.isValid() || issue.lastSeen > last))
            last = issue.lastSeen;
        for (const QDateTime &event : issue.eventTimes) {
            if (event.isValid() && (!last.isValid() || event > last))
                last = event;
        }
    }
    return last;
}

TherapistListModel::TherapistListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    // Scans of up to 5,000 therapists stay whole (every row's report held, "Record the loaded scan"
    // offered); beyond that the rows are slim and about 15 MB of recent reports is what is held.
    m_cache.setCapacity(5000);
}

void TherapistListModel::setAccount(const AccountInfo &account)
{
    m_account = account;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {UrlRole});
}

void TherapistListModel::setReports(std::vector<TherapistReport> reports, Retention retention)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    m_cache.clear();
    ++m_generation;
    // A view may list one therapist twice (pasted by email and by id): keep the newest.
    for (TherapistReport &report : reports) {
        TherapistRow row = TherapistRow::fromReport(report);
        const QString key = row.key;
        auto it = m_rowOfKey.find(key);
        if (it != m_rowOfKey.end()) {
            m_rows[size_t(it->second)] = std::move(row);
        } else {
            m_rowOfKey.emplace(key, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        m_cache.put(key, std::move(report), retention);
    }
    endResetModel();
}

void TherapistListModel::addReports(std::vector<TherapistReport> reports, Retention retention)
{
    std::vector<ListedReport> listed;
    listed.reserve(reports.size());
    for (TherapistReport &report : reports)
        listed.push_back(ListedReport::of(std::move(report)));
    addRows(std::move(listed), retention);
}

void TherapistListModel::addRows(std::vector<ListedReport> reports, Retention retention)
{
    std::vector<TherapistRow> fresh;
    QHash<QString, int> freshRow;
    for (ListedReport &listed : reports) {
        TherapistRow row = std::move(listed.row);
        const QString key = row.key;
        m_cache.put(key, std::move(listed.report), retention);
        auto known = m_rowOfKey.find(key);
        if (known != m_rowOfKey.end()) {
            const int at = known->second;
            m_rows[size_t(at)] = std::move(row);
            ++m_generation;
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, SortRole, StatusRole,
                                SeverityListRole, FindingCodesRole, ObjectTypesRole, SearchTextRole, UrlRole});
            continue;
        }
        auto pending = freshRow.constFind(key);
        if (pending != freshRow.constEnd()) {
            fresh[size_t(*pending)] = std::move(row);
            continue;
        }
        freshRow.insert(key, int(fresh.size()));
        fresh.push_back(std::move(row));
    }
    disposeLetGo();
    if (fresh.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    // No reserve() to the exact size here: it reallocated (and moved) every row on every batch, the
    // largest cost of listing a slice at 100k rows (perf on bench_list); push_back grows geometrically.
    for (TherapistRow &row : fresh) {
        m_rowOfKey.emplace(row.key, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void TherapistListModel::disposeLetGo()
{
    std::vector<TherapistReport> letGo = m_cache.takeLetGo();
    if (letGo.empty())
        return;
    // Destroyed on a pool thread: freeing 1,000 reports' strings and maps was a tenth of the window's
    // time while a 100k scan streamed in (perf on bench_list).
    auto doomed = std::make_shared<std::vector<TherapistReport>>(std::move(letGo));
    QThreadPool::globalInstance()->start([doomed = std::move(doomed)]() mutable { doomed.reset(); });
}

void TherapistListModel::clear()
{
    m_checking.clear();
    setReports({});
}

void TherapistListModel::setChecking(const QSet<QString> &keys)
{
    const QSet<QString> changed = (m_checking - keys) + (keys - m_checking);
    m_checking = keys;
    for (const QString &key : changed) {
        const int row = rowOfKey(key);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn),
                               {Qt::DisplayRole, Qt::AccessibleTextRole, CheckingRole});
    }
}

const TherapistReport *TherapistListModel::reportAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_cache.find(m_rows[size_t(row)].key);
}

bool TherapistListModel::hasFullReport(int row) const
{
    return row >= 0 && row < rowCount() && m_cache.contains(m_rows[size_t(row)].key);
}

const TherapistRow *TherapistListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[size_t(row)];
}

int TherapistListModel::rowOfKey(const QString &key) const
{
    const auto it = m_rowOfKey.find(key);
    return it != m_rowOfKey.end() ? it->second : -1;
}

int TherapistListModel::rowMatching(const QString &target) const
{
    const QString wanted = target.trimmed().toCaseFolded();
    if (wanted.isEmpty())
        return -1;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const TherapistRow &r = m_rows[row];
        for (const QString *candidate : {&r.contactId, &r.email, &r.name, &r.therapistId, &r.target}) {
            if (!candidate->isEmpty() && candidate->toCaseFolded() == wanted)
                return int(row);
        }
    }
    return -1;
}

verdict::Counts TherapistListModel::verdictCounts() const
{
    verdict::Counts counts;
    for (const TherapistRow &row : m_rows)
        counts.add(row.assessment);
    return counts;
}

QModelIndex TherapistListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex TherapistListModel::parent(const QModelIndex &) const
{
    return {};
}

int TherapistListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TherapistListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TherapistListModel::displayData(const TherapistRow &row, int column) const
{
    switch (column) {
    case StatusColumn:
        if (m_checking.contains(row.key))
            return tr("%1 · checking logs and Sentry…").arg(TherapistStatus::text(row.status, row.assessment));
        return TherapistStatus::text(row.status, row.assessment);
    case NameColumn: return row.name;
    case EmailColumn: return row.email;
    case ContactIdColumn: return row.contactId;
    case FindingsColumn: return row.codes.join(QStringLiteral(", "));
    case LastErrorColumn:
        return DisplayText::localTime(row.lastErrorMs ? QDateTime::fromMSecsSinceEpoch(row.lastErrorMs, Qt::UTC) : QDateTime());
    }
    return {};
}

QVariant TherapistListModel::sortData(const TherapistRow &row, int column) const
{
    switch (column) {
    // Worst first within a status by the number of findings: the most broken sort to the top.
    case StatusColumn: return int(row.status) * 1000 + int(row.findingCount);
    case NameColumn: return row.nameKey;
    case EmailColumn: return row.emailKey;
    // Contact ids are 64-bit: sorted as numbers, never through int or double.
    case ContactIdColumn: return QVariant(qlonglong(row.contactIdNumber));
    case FindingsColumn: return row.codes.join(QLatin1Char(' '));
    case LastErrorColumn: return row.lastErrorMs;
    }
    return {};
}

QString TherapistListModel::toolTip(const TherapistRow &row, int column) const
{
    if (column == FindingsColumn || column == StatusColumn) {
        if (row.toolTipLines.isEmpty())
            return tr("No findings: the database and HubSpot agree.");
        return row.toolTipLines;
    }
    if (column == NameColumn)
        return tr("Therapist %1\nPasted as: %2").arg(row.therapistId, row.target);
    return {};
}

QVariant TherapistListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TherapistRow &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return TherapistStatus::icon(row.status);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::AccessibleTextRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case KeyRole:
        return row.key;
    case StatusRole:
        return int(row.status);
    case CheckingRole:
        return m_checking.contains(row.key);
    case SeverityListRole: {
        // One entry per severity present (the filters and chips ask "is there an error?", not how many).
        QList<int> severities;
        for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
            if (row.hasSeverity(severity))
                severities << int(severity);
        }
        return QVariant::fromValue(severities);
    }
    case FindingCodesRole:
        return row.codes;
    case ObjectTypesRole:
        return row.objectTypes;
    case SearchTextRole:
        return row.search;
    case UrlRole:
        return recordUrl(m_account, QStringLiteral("0-1"), row.contactId);
    }
    return {};
}

QVariant TherapistListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case ContactIdColumn: return tr("Contact id");
    case FindingsColumn: return tr("Findings");
    case LastErrorColumn: return tr("Last error");
    }
    return {};
}

QHash<int, QByteArray> TherapistListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(KeyRole, "key");
    names.insert(StatusRole, "status");
    names.insert(FindingCodesRole, "findingCodes");
    names.insert(ObjectTypesRole, "objectTypes");
    return names;
}

} // namespace credsync
