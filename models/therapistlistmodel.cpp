#include "therapistlistmodel.h"

#include "displaytext.h"
#include "therapiststatus.h"

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

namespace {

QStringList findingCodes(const TherapistReport &report)
{
    QStringList codes;
    for (const Finding &finding : report.findings) {
        if (!codes.contains(finding.code))
            codes << finding.code;
    }
    return codes;
}

// Contact ids are 64-bit: sort them as numbers, never through int or double.
QVariant idSortValue(const QString &id)
{
    bool ok = false;
    const qlonglong value = id.toLongLong(&ok);
    return ok ? QVariant(value) : QVariant(-1LL);
}

} // namespace

TherapistListModel::TherapistListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TherapistListModel::setAccount(const AccountInfo &account)
{
    m_account = account;
    if (!m_reports.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {UrlRole});
}

void TherapistListModel::setReports(std::vector<TherapistReport> reports)
{
    beginResetModel();
    m_reports.clear();
    m_rowOfKey.clear();
    // A view may list one therapist twice (pasted by email and by id): keep the newest.
    for (TherapistReport &report : reports) {
        const QString key = TherapistStatus::key(report);
        auto it = m_rowOfKey.constFind(key);
        if (it != m_rowOfKey.constEnd()) {
            m_reports[size_t(*it)] = std::move(report);
        } else {
            m_rowOfKey.insert(key, int(m_reports.size()));
            m_reports.push_back(std::move(report));
        }
    }
    endResetModel();
}

void TherapistListModel::addReports(std::vector<TherapistReport> reports)
{
    std::vector<TherapistReport> fresh;
    QHash<QString, int> freshRow;
    for (TherapistReport &report : reports) {
        const QString key = TherapistStatus::key(report);
        auto known = m_rowOfKey.constFind(key);
        if (known != m_rowOfKey.constEnd()) {
            const int row = *known;
            m_reports[size_t(row)] = std::move(report);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, SortRole, StatusRole,
                                SeverityListRole, FindingCodesRole, ObjectTypesRole, SearchTextRole, UrlRole});
            continue;
        }
        auto pending = freshRow.constFind(key);
        if (pending != freshRow.constEnd()) {
            fresh[size_t(*pending)] = std::move(report);
            continue;
        }
        freshRow.insert(key, int(fresh.size()));
        fresh.push_back(std::move(report));
    }
    if (fresh.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (TherapistReport &report : fresh) {
        m_rowOfKey.insert(TherapistStatus::key(report), int(m_reports.size()));
        m_reports.push_back(std::move(report));
    }
    endInsertRows();
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
    return &m_reports[size_t(row)];
}

int TherapistListModel::rowOfKey(const QString &key) const
{
    return m_rowOfKey.value(key, -1);
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
    return parent.isValid() ? 0 : int(m_reports.size());
}

int TherapistListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TherapistListModel::displayData(const TherapistReport &report, int column) const
{
    const Therapist &t = report.snapshot.therapist;
    switch (column) {
    case StatusColumn:
        if (m_checking.contains(TherapistStatus::key(report)))
            return tr("%1 · checking logs and Sentry…").arg(TherapistStatus::text(report));
        return TherapistStatus::text(report);
    case NameColumn: return t.name.isEmpty() ? report.snapshot.target : t.name;
    case EmailColumn: return t.email;
    case ContactIdColumn: return t.contactId;
    case FindingsColumn: return findingCodes(report).join(QStringLiteral(", "));
    case LastErrorColumn: return DisplayText::localTime(lastErrorTime(report));
    }
    return {};
}

QVariant TherapistListModel::sortData(const TherapistReport &report, int column) const
{
    const Therapist &t = report.snapshot.therapist;
    switch (column) {
    // Worst first within a status by the number of findings: the most broken sort to the top.
    case StatusColumn: return int(TherapistStatus::of(report)) * 1000 + int(report.findings.size());
    case NameColumn: return (t.name.isEmpty() ? report.snapshot.target : t.name).toCaseFolded();
    case EmailColumn: return t.email.toCaseFolded();
    case ContactIdColumn: return idSortValue(t.contactId);
    case FindingsColumn: return findingCodes(report).join(QLatin1Char(' '));
    case LastErrorColumn: {
        const QDateTime last = lastErrorTime(report);
        return last.isValid() ? last.toMSecsSinceEpoch() : qint64(0);
    }
    }
    return {};
}

QString TherapistListModel::toolTip(const TherapistReport &report, int column) const
{
    if (column == FindingsColumn || column == StatusColumn) {
        QStringList lines;
        for (const Finding &finding : report.findings)
            lines << finding.code + QStringLiteral(": ") + finding.summary;
        for (const SourceProblem &problem : report.snapshot.problems)
            lines << problem.message;
        if (lines.isEmpty())
            return tr("No findings: the database and HubSpot agree.");
        return lines.join(QLatin1Char('\n'));
    }
    if (column == NameColumn)
        return tr("Therapist %1\nPasted as: %2").arg(report.snapshot.therapist.id, report.snapshot.target);
    return {};
}

QVariant TherapistListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TherapistReport &report = m_reports[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(report, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return TherapistStatus::icon(TherapistStatus::of(report));
        return {};
    case Qt::ToolTipRole:
        return toolTip(report, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return displayData(report, StatusColumn);
        return displayData(report, index.column());
    case SortRole:
        return sortData(report, index.column());
    case KeyRole:
        return TherapistStatus::key(report);
    case StatusRole:
        return int(TherapistStatus::of(report));
    case CheckingRole:
        return m_checking.contains(TherapistStatus::key(report));
    case SeverityListRole: {
        QList<int> severities;
        for (const Finding &finding : report.findings)
            severities << int(finding.severity);
        return QVariant::fromValue(severities);
    }
    case FindingCodesRole:
        return findingCodes(report);
    case ObjectTypesRole: {
        QStringList types;
        for (const Finding &finding : report.findings) {
            if (!finding.objectType.isEmpty() && !types.contains(finding.objectType))
                types << finding.objectType;
        }
        return types;
    }
    case SearchTextRole: {
        const Therapist &t = report.snapshot.therapist;
        QStringList parts{t.name, t.email, t.contactId, t.id, report.snapshot.target};
        parts << findingCodes(report);
        for (const auto &[column, value] : t.columns) {
            if (value)
                parts << *value;
        }
        for (const HubSpotObject &object : report.snapshot.objects)
            parts << object.id;
        return parts.join(QLatin1Char('\n'));
    }
    case UrlRole:
        return recordUrl(m_account, QStringLiteral("0-1"), report.snapshot.therapist.contactId);
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
