#include "therapistfilterproxy.h"

#include "therapistlistmodel.h"
#include "therapistrowkeys.h"

#include <algorithm>

namespace credsync {

namespace {

constexpr size_t kRecentTexts = 16;
// A reload of up to this many rows (and the empty list a scan starts from) gets every column's order at
// once, so streamed rows are merged into each and a later sort only picks one; a larger reload builds
// the shown column's order now and the others on their first sort.
constexpr int kEagerOrderRows = 5000;
// Streamed rows that land in at most this many runs among the shown rows are announced as inserted
// rows; more runs are announced as one layout change.
constexpr size_t kMaxInsertRuns = 32;
// A change of more rows than this at once rebuilds the orders rather than moving each row.
constexpr int kMaxRowsMoved = 64;

// Roles whose change can move a row or change whether it is shown.
bool touchesSortOrFilter(const QList<int> &roles)
{
    if (roles.isEmpty())
        return true;
    for (int role : roles) {
        switch (role) {
        case TherapistListModel::SortRole:
        case TherapistListModel::KeyRole:
        case TherapistListModel::StatusRole:
        case TherapistListModel::SeverityListRole:
        case TherapistListModel::FindingCodesRole:
        case TherapistListModel::ObjectTypesRole:
        case TherapistListModel::SearchTextRole:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

TherapistFilterProxy::TherapistFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void TherapistFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    // The rows are read directly (never through QVariant): the source is the therapist list.
    m_model = qobject_cast<TherapistListModel *>(sourceModel);
    m_frozenKey.clear();
    m_frozenSourceRow = -1;
    m_frozenRow.reset();
    if (m_model) {
        m_connections << connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &TherapistFilterProxy::onAboutToReset)
                      << connect(m_model, &QAbstractItemModel::modelReset, this, &TherapistFilterProxy::onReset)
                      << connect(m_model, &QAbstractItemModel::rowsInserted, this, &TherapistFilterProxy::onRowsInserted)
                      << connect(m_model, &QAbstractItemModel::dataChanged, this, &TherapistFilterProxy::onDataChanged)
                      << connect(m_model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged)
                      // The list only appends and resets; anything else starts over.
                      << connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TherapistFilterProxy::onAboutToReset)
                      << connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TherapistFilterProxy::onReset)
                      << connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, &TherapistFilterProxy::onAboutToReset)
                      << connect(m_model, &QAbstractItemModel::rowsMoved, this, &TherapistFilterProxy::onReset)
                      << connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, &TherapistFilterProxy::onAboutToReset)
                      << connect(m_model, &QAbstractItemModel::layoutChanged, this, &TherapistFilterProxy::onReset)
                      << connect(m_model, &QObject::destroyed, this, [this] {
                             beginResetModel();
                             m_model = nullptr;
                             rebuildAll();
                             endResetModel();
                         });
    }
    rebuildAll();
    endResetModel();
}

void TherapistFilterProxy::onAboutToReset()
{
    beginResetModel();
    // A reload ends a freeze: nothing the person was looking at keeps a place.
    m_frozenKey.clear();
    m_frozenSourceRow = -1;
    m_frozenRow.reset();
}

void TherapistFilterProxy::onReset()
{
    rebuildAll();
    endResetModel();
}

void TherapistFilterProxy::rebuildAll()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    dropTextMatches();
    m_unplaced.clear();
    m_criteriaOk.assign(size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        m_criteriaOk[size_t(row)] = criteriaAccept(row);
    for (SortedOrder &order : m_orders)
        order.clear();
    if (rows <= kEagerOrderRows) {
        for (int column = 0; column < int(m_orders.size()); ++column)
            ensureOrder(column);
    } else {
        ensureOrder(m_sortColumn);
    }
    m_shown = filtered();
    remapSources();
}

void TherapistFilterProxy::remapSources()
{
    m_proxyRow.assign(m_criteriaOk.size(), -1);
    for (size_t at = 0; at < m_shown.size(); ++at)
        m_proxyRow[size_t(m_shown[at])] = int(at);
}

const TherapistRow *TherapistFilterProxy::rowFor(int sourceRow) const
{
    if (sourceRow == m_frozenSourceRow && m_frozenRow)
        return &*m_frozenRow;
    return m_model ? m_model->rowAt(sourceRow) : nullptr;
}

SortedOrder::Compare TherapistFilterProxy::comparer(int column) const
{
    // Made for one operation, after the source changed.
    const TherapistListModel *model = m_model;
    const TherapistRow *frozen = m_frozenRow ? &*m_frozenRow : nullptr;
    const int frozenRow = frozen ? m_frozenSourceRow : -1;
    return [model, frozen, frozenRow, column](int a, int b) {
        return compareRows(a == frozenRow ? *frozen : model->rowRef(a), b == frozenRow ? *frozen : model->rowRef(b), column);
    };
}

void TherapistFilterProxy::ensureOrder(int column)
{
    if (!m_model || column < 0 || column >= int(m_orders.size()) || m_orders[size_t(column)].isBuilt())
        return;
    const TherapistListModel *model = m_model;
    const TherapistRow *frozen = m_frozenRow ? &*m_frozenRow : nullptr;
    const int frozenRow = frozen ? m_frozenSourceRow : -1;
    m_orders[size_t(column)].build(m_model->rowCount(), comparer(column), [model, frozen, frozenRow, column](int row) {
        return sortPrefix(row == frozenRow ? *frozen : model->rowRef(row), column);
    });
}

bool TherapistFilterProxy::criteriaAccept(int sourceRow) const
{
    const TherapistRow *row = m_model ? m_model->rowAt(sourceRow) : nullptr;
    if (!row)
        return false;
    if (m_keyScope && !m_keyScope->contains(row->key))
        return false;
    if (!m_code.isEmpty() && !row->codes.contains(m_code))
        return false;
    if (!m_objectType.isEmpty() && !row->objectTypes.contains(m_objectType))
        return false;
    switch (m_severity) {
    case SeverityFilter::Any: return true;
    case SeverityFilter::Errors: return row->hasSeverity(Severity::Error);
    case SeverityFilter::Warnings: return row->hasSeverity(Severity::Warning);
    case SeverityFilter::Info: return row->hasSeverity(Severity::Info);
    case SeverityFilter::Healthy: return row->severityMask == 0;
    }
    return true;
}

bool TherapistFilterProxy::textMatches(int sourceRow) const
{
    const size_t at = size_t(sourceRow);
    if (at < m_matches.rows.size() && m_matches.rows[at] != Unknown)
        return m_matches.rows[at] == Yes;
    const QString &haystack = m_model->rowRef(sourceRow).search;
    bool all = true;
    for (const QString &word : m_words) {
        if (!containsWord(haystack, word)) {
            all = false;
            break;
        }
    }
    if (at >= m_matches.rows.size())
        m_matches.rows.resize(size_t(m_model->rowCount()), Unknown);
    m_matches.rows[at] = all ? Yes : No;
    return all;
}

void TherapistFilterProxy::forgetTextOf(int sourceRow) const
{
    const size_t at = size_t(sourceRow);
    if (at < m_matches.rows.size())
        m_matches.rows[at] = Unknown;
    for (TextMatches &earlier : m_recent) {
        if (at < earlier.rows.size())
            earlier.rows[at] = Unknown;
    }
}

void TherapistFilterProxy::dropTextMatches() const
{
    m_matches.rows.clear();
    m_recent.clear();
}

std::vector<int> TherapistFilterProxy::filtered(const std::vector<int> *within) const
{
    std::vector<int> out;
    const bool anyText = !m_words.isEmpty();
    const auto take = [&](int row) {
        if (m_criteriaOk[size_t(row)] && (!anyText || textMatches(row)))
            out.push_back(row);
    };
    if (within) {
        out.reserve(within->size());
        for (int row : *within)
            take(row);
        return out;
    }
    const int rows = int(m_criteriaOk.size());
    out.reserve(size_t(rows));
    if (m_sortColumn < 0 || !m_orders[size_t(m_sortColumn)].isBuilt()) {
        for (int row = 0; row < rows; ++row)
            take(row);
    } else {
        m_orders[size_t(m_sortColumn)].forEach(m_sortOrder == Qt::DescendingOrder, take);
    }
    return out;
}

bool TherapistFilterProxy::show(std::vector<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    if (rows == m_shown)
        return false;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // After the signal: the selection model turns its ranges into persistent indexes in its handler.
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sources.push_back(index.row() >= 0 && size_t(index.row()) < m_shown.size() ? m_shown[size_t(index.row())] : -1);
    m_shown = std::move(rows);
    remapSources();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int source = sources[size_t(i)];
        const int row = source >= 0 ? m_proxyRow[size_t(source)] : -1;
        to << (row >= 0 ? createIndex(row, from[i].column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
    return true;
}

void TherapistFilterProxy::setText(const QString &text)
{
    const QStringList words = searchFold(text.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Typing on: only the rows shown now can match, in the order they are shown.
    const bool narrowing = narrows(m_words, words);
    // The rows this text matched stay known for a while: deleting back to it costs one pass that
    // compares no text.
    TextMatches next;
    next.words = words;
    auto earlier = std::find_if(m_recent.begin(), m_recent.end(), [&](const TextMatches &m) { return m.words == words; });
    if (earlier != m_recent.end()) {
        next = std::move(*earlier);
        m_recent.erase(earlier);
    } else if (!m_words.isEmpty() && narrowing) {
        next.rows.resize(m_matches.rows.size(), Unknown);
        for (size_t row = 0; row < m_matches.rows.size(); ++row) {
            if (m_matches.rows[row] == No)
                next.rows[row] = No;
        }
    }
    if (!m_words.isEmpty()) {
        m_recent.push_front(std::move(m_matches));
        if (m_recent.size() > kRecentTexts)
            m_recent.pop_back();
    }
    m_matches = std::move(next);
    m_words = words;
    show(filtered(narrowing ? &m_shown : nullptr));
}

void TherapistFilterProxy::recheckCriteria()
{
    for (size_t row = 0; row < m_criteriaOk.size(); ++row)
        m_criteriaOk[row] = criteriaAccept(int(row));
    show(filtered());
}

void TherapistFilterProxy::setFindingCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    recheckCriteria();
}

void TherapistFilterProxy::setSeverity(SeverityFilter severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    recheckCriteria();
}

void TherapistFilterProxy::setObjectType(const QString &objectType)
{
    if (objectType == m_objectType)
        return;
    m_objectType = objectType;
    recheckCriteria();
}

void TherapistFilterProxy::setKeyScope(const std::optional<QSet<QString>> &keys)
{
    m_keyScope = keys;
    recheckCriteria();
}

void TherapistFilterProxy::addToKeyScope(const QStringList &keys)
{
    if (!m_keyScope)
        return; // every therapist is shown already
    const qsizetype before = m_keyScope->size();
    for (const QString &key : keys)
        m_keyScope->insert(key);
    if (m_keyScope->size() != before)
        recheckCriteria();
}

bool TherapistFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || !m_code.isEmpty() || m_severity != SeverityFilter::Any || !m_objectType.isEmpty();
}

void TherapistFilterProxy::freezeSortPosition(const QString &key)
{
    if (key == m_frozenKey)
        return;
    // The row let go keeps its place until it changes or the person sorts (it must not jump from under
    // the row just clicked).
    m_frozenKey = key;
    m_frozenSourceRow = -1;
    m_frozenRow.reset();
    if (!m_model || key.isEmpty())
        return;
    m_frozenSourceRow = m_model->rowOfKey(key);
    if (const TherapistRow *row = m_model->rowAt(m_frozenSourceRow))
        m_frozenRow = *row;
}

void TherapistFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(m_orders.size()))
        column = -1;
    // The person sorts: every row, the frozen one included, takes its place by what it says now.
    if (m_model && m_frozenSourceRow >= 0) {
        if (const TherapistRow *row = m_model->rowAt(m_frozenSourceRow))
            m_frozenRow = *row;
    }
    for (int row : std::as_const(m_unplaced)) {
        for (int c = 0; c < int(m_orders.size()); ++c)
            m_orders[size_t(c)].reposition(row, comparer(c));
    }
    m_unplaced.clear();
    m_sortColumn = column;
    m_sortOrder = order;
    ensureOrder(column);
    show(filtered(), QAbstractItemModel::VerticalSortHint);
}

void TherapistFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_model)
        return;
    if (size_t(first) != m_criteriaOk.size()) {
        // Not an append: start over.
        beginResetModel();
        rebuildAll();
        endResetModel();
        return;
    }
    m_criteriaOk.resize(size_t(last) + 1, 0);
    m_proxyRow.resize(size_t(last) + 1, -1);
    std::vector<int> fresh;
    for (int row = first; row <= last; ++row) {
        m_criteriaOk[size_t(row)] = criteriaAccept(row);
        if (m_criteriaOk[size_t(row)] && (m_words.isEmpty() || textMatches(row)))
            fresh.push_back(row);
    }
    // Every order kept is kept whole: the new rows merged in, nothing sorted again.
    for (int column = 0; column < int(m_orders.size()); ++column)
        m_orders[size_t(column)].append(first, last, comparer(column));
    if (fresh.empty())
        return;
    if (m_sortColumn < 0) {
        const int at = int(m_shown.size());
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        for (int row : fresh) {
            m_proxyRow[size_t(row)] = int(m_shown.size());
            m_shown.push_back(row);
        }
        endInsertRows();
        return;
    }
    // The rows shown keep their order; the new ones fall between them in runs.
    const std::vector<int> next = filtered();
    std::vector<std::pair<size_t, size_t>> runs; // place in next, length
    for (size_t at = 0; at < next.size(); ++at) {
        if (next[at] < first)
            continue;
        if (!runs.empty() && runs.back().first + runs.back().second == at)
            ++runs.back().second;
        else
            runs.emplace_back(at, 1);
    }
    if (runs.size() > kMaxInsertRuns) {
        show(next);
        return;
    }
    for (const auto &[at, length] : runs) {
        beginInsertRows({}, int(at), int(at + length) - 1);
        m_shown.insert(m_shown.begin() + std::ptrdiff_t(at), next.begin() + std::ptrdiff_t(at),
                       next.begin() + std::ptrdiff_t(at + length));
        for (size_t place = at; place < m_shown.size(); ++place)
            m_proxyRow[size_t(m_shown[place])] = int(place);
        endInsertRows();
    }
}

void TherapistFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_model || !topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (touchesSortOrFilter(roles)) {
        for (int row = first; row <= last; ++row) {
            forgetTextOf(row);
            if (size_t(row) < m_criteriaOk.size())
                m_criteriaOk[size_t(row)] = criteriaAccept(row);
        }
        if (last - first + 1 > kMaxRowsMoved) {
            for (SortedOrder &order : m_orders)
                order.clear();
            ensureOrder(m_sortColumn);
        } else {
            for (int row = first; row <= last; ++row) {
                if (row == m_frozenSourceRow) {
                    m_unplaced.insert(row); // keeps its place until the person sorts
                    continue;
                }
                m_unplaced.remove(row);
                for (int column = 0; column < int(m_orders.size()); ++column)
                    m_orders[size_t(column)].reposition(row, comparer(column));
            }
        }
        show(filtered());
    }
    if (m_shown.empty())
        return;
    if (first == last) {
        const int row = size_t(first) < m_proxyRow.size() ? m_proxyRow[size_t(first)] : -1;
        if (row >= 0)
            Q_EMIT dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
        return;
    }
    Q_EMIT dataChanged(index(0, topLeft.column()), index(int(m_shown.size()) - 1, bottomRight.column()), roles);
}

QModelIndex TherapistFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_model || proxyIndex.model() != this || size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return m_model->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TherapistFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_model || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

QModelIndex TherapistFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_shown.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TherapistFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TherapistFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TherapistFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TherapistFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool TherapistFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QVariant TherapistFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's whatever is shown (QAbstractProxyModel's maps through row 0, which an
    // empty result does not have).
    if (orientation == Qt::Horizontal && m_model)
        return m_model->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace credsync
