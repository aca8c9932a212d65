#include "therapistfilterproxy.h"

#include "therapistlistmodel.h"

#include <algorithm>

namespace credsync {

TherapistFilterProxy::TherapistFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TherapistListModel::SortRole);
    // Streaming appends during a scan must land in sorted position without a manual re-sort.
    setDynamicSortFilter(true);
}

namespace {

// Every row the longer text matches, the shorter one matched: each earlier word is inside a new word.
bool narrows(const QStringList &earlier, const QStringList &later)
{
    for (const QString &word : earlier) {
        bool inside = false;
        for (const QString &longer : later) {
            if (longer.contains(word)) {
                inside = true;
                break;
            }
        }
        if (!inside)
            return false;
    }
    return true;
}

constexpr size_t kRecentTexts = 16;

} // namespace

void TherapistFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_model = qobject_cast<TherapistListModel *>(sourceModel);
    dropTextMatches();
    m_frozenKey.clear();
    m_frozenSourceRow = -1;
    m_frozenRow.reset();
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (sourceModel) {
        // A reload ends a freeze: nothing the person was looking at keeps a place.
        connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_frozenKey.clear();
            m_frozenSourceRow = -1;
            m_frozenRow.reset();
        });
    }
}

void TherapistFilterProxy::setText(const QString &text)
{
    const QStringList words = searchFold(text.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    if (m_model && m_matchesGeneration != m_model->generation())
        dropTextMatches();
    // The rows this text matched stay known for a while: deleting back to it costs nothing.
    TextMatches next;
    next.words = words;
    auto earlier = std::find_if(m_recent.begin(), m_recent.end(), [&](const TextMatches &m) { return m.words == words; });
    if (earlier != m_recent.end()) {
        next = std::move(*earlier);
        m_recent.erase(earlier);
    } else if (!m_words.isEmpty() && narrows(m_words, words)) {
        // Typing on: only the rows the shorter text kept can match.
        next.rows.resize(m_matches.rows.size(), Unknown);
        for (size_t row = 0; row < m_matches.rows.size(); ++row) {
            if (m_matches.rows[row] == No)
                next.rows[row] = No;
        }
    }
    const bool allBefore = m_words.isEmpty();
    if (!allBefore) {
        m_recent.push_front(std::move(m_matches));
        if (m_recent.size() > kRecentTexts)
            m_recent.pop_back();
    }
    const std::vector<Match> *before = allBefore ? nullptr : &m_recent.front().rows;
    m_matches = std::move(next);
    m_words = words;
    // The same rows as before ("" → "g" when every row has a "g"): nothing comes or goes, so nothing
    // is rebuilt. A row the earlier text never looked at (another criterion hid it) cannot be told, so
    // it means a rebuild.
    bool same = m_model != nullptr;
    for (int row = 0; same && row < (m_model ? m_model->rowCount() : 0); ++row) {
        const bool now = m_words.isEmpty() || textMatches(row);
        if (before && (size_t(row) >= before->size() || (*before)[size_t(row)] == Unknown))
            same = false;
        else
            same = now == (!before || (*before)[size_t(row)] == Yes);
    }
    if (same)
        return;
    // Rebuilt rather than patched: Qt's incremental path removes (or inserts) the rows one interval at a
    // time, and a typed letter scatters thousands of intervals over a sorted list of 100,000 rows.
    ensureRanks(sortColumn());
    invalidate();
}

void TherapistFilterProxy::setFindingCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    invalidateRowsFilter();
}

void TherapistFilterProxy::setSeverity(SeverityFilter severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateRowsFilter();
}

void TherapistFilterProxy::setObjectType(const QString &objectType)
{
    if (objectType == m_objectType)
        return;
    m_objectType = objectType;
    invalidateRowsFilter();
}

void TherapistFilterProxy::setKeyScope(const std::optional<QSet<QString>> &keys)
{
    m_keyScope = keys;
    // invalidate(), which rebuilds the mapping from scratch: the incremental invalidateRowsFilter()
    // crashed (Qt 6.4) and invalidateFilter() left a negative row count when a scanned list was scoped
    // to a ticket (tst_ticketview, credsync --demo --screenshot --select).
    invalidate();
}

void TherapistFilterProxy::addToKeyScope(const QStringList &keys)
{
    if (!m_keyScope)
        return; // every therapist is shown already
    const qsizetype before = m_keyScope->size();
    for (const QString &key : keys)
        m_keyScope->insert(key);
    if (m_keyScope->size() != before)
        invalidate();
}

bool TherapistFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || !m_code.isEmpty() || m_severity != SeverityFilter::Any || !m_objectType.isEmpty();
}

void TherapistFilterProxy::dropTextMatches() const
{
    m_matches.rows.clear();
    m_recent.clear();
    m_matchesGeneration = m_model ? m_model->generation() : 0;
}

const TherapistRow *TherapistFilterProxy::rowFor(int sourceRow) const
{
    if (sourceRow == m_frozenSourceRow && m_frozenRow)
        return &*m_frozenRow;
    return m_model ? m_model->rowAt(sourceRow) : nullptr;
}

bool TherapistFilterProxy::textMatches(int sourceRow) const
{
    if (m_matchesGeneration != m_model->generation()) {
        // A row changed or the rows were reset: what earlier texts matched is not known any more.
        const QStringList words = m_matches.words;
        dropTextMatches();
        m_matches.words = words;
    }
    const size_t at = size_t(sourceRow);
    if (at < m_matches.rows.size() && m_matches.rows[at] != Unknown)
        return m_matches.rows[at] == Yes;
    const QString &haystack = m_model->rowAt(sourceRow)->search;
    bool all = true;
    for (const QString &word : m_words) {
        if (!haystack.contains(word)) {
            all = false;
            break;
        }
    }
    if (at >= m_matches.rows.size())
        m_matches.rows.resize(size_t(m_model->rowCount()), Unknown);
    m_matches.rows[at] = all ? Yes : No;
    return all;
}

void TherapistFilterProxy::freezeSortPosition(const QString &key)
{
    if (key == m_frozenKey)
        return;
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
    // The person sorts: every row, the frozen one included, takes its place by what it says now.
    if (m_model && m_frozenSourceRow >= 0) {
        if (const TherapistRow *row = m_model->rowAt(m_frozenSourceRow))
            m_frozenRow = *row;
    }
    // Qt skips a sort by the column and order already in effect; the person asked for one, so the
    // frozen row must find its new place all the same.
    ensureRanks(column);
    if (column == sortColumn() && order == sortOrder() && dynamicSortFilter())
        invalidate();
    else
        QSortFilterProxyModel::sort(column, order);
}

namespace {

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

} // namespace

int TherapistFilterProxy::compareRows(const TherapistRow &a, const TherapistRow &b, int column)
{
    switch (column) {
    case TherapistListModel::StatusColumn:
        return a.status != b.status ? threeWay(a.status, b.status) : threeWay(a.findingCount, b.findingCount);
    case TherapistListModel::NameColumn: {
        const int folded = a.nameKey.compare(b.nameKey);
        return folded != 0 ? folded : a.name.compare(b.name);
    }
    case TherapistListModel::EmailColumn: return a.emailKey.compare(b.emailKey);
    case TherapistListModel::ContactIdColumn: return threeWay(a.contactIdNumber, b.contactIdNumber);
    case TherapistListModel::FindingsColumn:
        return std::lexicographical_compare(a.codes.begin(), a.codes.end(), b.codes.begin(), b.codes.end()) ? -1
             : std::lexicographical_compare(b.codes.begin(), b.codes.end(), a.codes.begin(), a.codes.end()) ? 1 : 0;
    case TherapistListModel::LastErrorColumn: return threeWay(a.lastErrorMs, b.lastErrorMs);
    }
    return 0;
}

void TherapistFilterProxy::ensureRanks(int column) const
{
    if (!m_model || column < 0 || column >= TherapistListModel::ColumnCount)
        return;
    const size_t rows = size_t(m_model->rowCount());
    if (m_rankColumn == column && m_rankGeneration == m_model->generation() && m_ranks.size() == rows)
        return;
    // Sort a slim index vector once with direct comparisons; Qt's sort then compares two integers.
    // Equal keys share a rank, so the tie-break stays lessThan()'s (arrival order in either direction).
    std::vector<int> order(rows);
    for (size_t i = 0; i < rows; ++i)
        order[i] = int(i);
    const TherapistListModel *model = m_model;
    std::sort(order.begin(), order.end(), [&](int l, int r) {
        const int c = compareRows(*model->rowAt(l), *model->rowAt(r), column);
        return c != 0 ? c < 0 : l < r;
    });
    m_ranks.assign(rows, 0);
    int rank = 0;
    for (size_t i = 0; i < rows; ++i) {
        if (i > 0 && compareRows(*model->rowAt(order[i - 1]), *model->rowAt(order[i]), column) != 0)
            ++rank;
        m_ranks[size_t(order[i])] = rank;
    }
    m_rankColumn = column;
    m_rankGeneration = m_model->generation();
}

bool TherapistFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.row();
    const int r = right.row();
    int order = 0;
    if (m_model && left.column() == m_rankColumn && m_rankGeneration == m_model->generation() && l != m_frozenSourceRow
        && r != m_frozenSourceRow && size_t(l) < m_ranks.size() && size_t(r) < m_ranks.size()) {
        order = threeWay(m_ranks[size_t(l)], m_ranks[size_t(r)]);
    } else {
        // Rows streamed in since the ranks were made, a changed row, or the frozen row: their keys.
        const TherapistRow *a = rowFor(l);
        const TherapistRow *b = rowFor(r);
        if (!a || !b)
            return QSortFilterProxyModel::lessThan(left, right);
        order = compareRows(*a, *b, left.column());
    }
    if (order != 0)
        return order < 0;
    // Equal keys keep the order the rows arrived in, in either direction: a total order, so that a row
    // whose content changes is put back exactly where it was when its sort key did not change.
    return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
}

bool TherapistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_model && !sourceParent.isValid()) {
        const TherapistRow *row = m_model->rowAt(sourceRow);
        if (!row)
            return false;
        if (m_keyScope && !m_keyScope->contains(row->key))
            return false;
        if (!m_code.isEmpty() && !row->codes.contains(m_code))
            return false;
        if (!m_objectType.isEmpty() && !row->objectTypes.contains(m_objectType))
            return false;
        switch (m_severity) {
        case SeverityFilter::Any: break;
        case SeverityFilter::Errors: if (!row->hasSeverity(Severity::Error)) return false; break;
        case SeverityFilter::Warnings: if (!row->hasSeverity(Severity::Warning)) return false; break;
        case SeverityFilter::Info: if (!row->hasSeverity(Severity::Info)) return false; break;
        case SeverityFilter::Healthy: if (row->severityMask != 0) return false; break;
        }
        return m_words.isEmpty() || textMatches(sourceRow);
    }
    // Another source model (tests, the baseline in bench_list): through the roles.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_keyScope && !m_keyScope->contains(index.data(TherapistListModel::KeyRole).toString()))
        return false;
    if (!m_code.isEmpty()
        && !index.data(TherapistListModel::FindingCodesRole).toStringList().contains(m_code))
        return false;
    if (!m_objectType.isEmpty()
        && !index.data(TherapistListModel::ObjectTypesRole).toStringList().contains(m_objectType))
        return false;
    if (m_severity != SeverityFilter::Any) {
        const auto severities = index.data(TherapistListModel::SeverityListRole).value<QList<int>>();
        switch (m_severity) {
        case SeverityFilter::Any: break;
        case SeverityFilter::Errors:
            if (!severities.contains(int(Severity::Error)))
                return false;
            break;
        case SeverityFilter::Warnings:
            if (!severities.contains(int(Severity::Warning)))
                return false;
            break;
        case SeverityFilter::Info:
            if (!severities.contains(int(Severity::Info)))
                return false;
            break;
        case SeverityFilter::Healthy:
            if (!severities.isEmpty())
                return false;
            break;
        }
    }
    if (!m_words.isEmpty()) {
        const QString haystack = searchFold(index.data(TherapistListModel::SearchTextRole).toString());
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace credsync
