#include "sortedorder.h"

#include <algorithm>

namespace credsync {

namespace {

// The total order: by key, then by arrival (source row).
bool before(int a, int b, const SortedOrder::Compare &compare)
{
    const int c = compare(a, b);
    return c != 0 ? c < 0 : a < b;
}

} // namespace

void SortedOrder::clear()
{
    m_rows.clear();
    m_tieWithPrevious.clear();
    m_built = false;
}

void SortedOrder::build(int rows, const Compare &compare, const Prefix &prefix)
{
    m_rows.resize(size_t(std::max(rows, 0)));
    if (prefix) {
        std::vector<std::pair<unsigned long long, int>> keyed(m_rows.size());
        for (size_t i = 0; i < keyed.size(); ++i)
            keyed[i] = {prefix(int(i)), int(i)};
        std::sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first < b.first;
            return before(a.second, b.second, compare);
        });
        for (size_t i = 0; i < keyed.size(); ++i)
            m_rows[i] = keyed[i].second;
    } else {
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_rows[i] = int(i);
        std::sort(m_rows.begin(), m_rows.end(), [&](int a, int b) { return before(a, b, compare); });
    }
    m_tieWithPrevious.assign(m_rows.size(), 0);
    for (size_t i = 1; i < m_rows.size(); ++i)
        m_tieWithPrevious[i] = compare(m_rows[i - 1], m_rows[i]) == 0;
    m_built = true;
}

size_t SortedOrder::placeOf(int sourceRow, const Compare &compare) const
{
    return size_t(std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow,
                                   [&](int held, int row) { return before(held, row, compare); })
                  - m_rows.begin());
}

void SortedOrder::markTies(size_t at, const Compare &compare)
{
    m_tieWithPrevious[at] = at > 0 && compare(m_rows[at - 1], m_rows[at]) == 0;
    if (at + 1 < m_rows.size())
        m_tieWithPrevious[at + 1] = compare(m_rows[at], m_rows[at + 1]) == 0;
}

void SortedOrder::append(int first, int last, const Compare &compare)
{
    if (!m_built || last < first)
        return;
    // The new rows in order among themselves, each one's place among the old found by binary search
    // (a few comparisons each), then one pass that moves every row once.
    std::vector<int> fresh(size_t(last - first + 1));
    for (size_t i = 0; i < fresh.size(); ++i)
        fresh[i] = first + int(i);
    std::sort(fresh.begin(), fresh.end(), [&](int a, int b) { return before(a, b, compare); });
    std::vector<size_t> places(fresh.size());
    for (size_t i = 0; i < fresh.size(); ++i)
        places[i] = placeOf(fresh[i], compare);

    // Merged from the back in place: no second vector, every row moved once.
    const size_t held = m_rows.size();
    m_rows.resize(held + fresh.size());
    m_tieWithPrevious.resize(m_rows.size());
    std::vector<size_t> inserted(fresh.size());
    size_t old = held;
    size_t out = m_rows.size();
    for (size_t i = fresh.size(); i > 0; --i) {
        while (old > places[i - 1]) {
            --old;
            --out;
            m_rows[out] = m_rows[old];
            m_tieWithPrevious[out] = m_tieWithPrevious[old];
        }
        --out;
        m_rows[out] = fresh[i - 1];
        m_tieWithPrevious[out] = 0;
        inserted[i - 1] = out;
    }
    for (size_t at : inserted)
        markTies(at, compare);
}

void SortedOrder::reposition(int sourceRow, const Compare &compare)
{
    if (!m_built)
        return;
    const auto found = std::find(m_rows.begin(), m_rows.end(), sourceRow);
    if (found == m_rows.end())
        return;
    const size_t at = size_t(found - m_rows.begin());
    // The next place's tie held with the row taken out; it holds with the one before only if both did.
    if (at + 1 < m_rows.size())
        m_tieWithPrevious[at + 1] = m_tieWithPrevious[at] && m_tieWithPrevious[at + 1];
    m_rows.erase(found);
    m_tieWithPrevious.erase(m_tieWithPrevious.begin() + std::ptrdiff_t(at));
    const size_t place = placeOf(sourceRow, compare);
    m_rows.insert(m_rows.begin() + std::ptrdiff_t(place), sourceRow);
    m_tieWithPrevious.insert(m_tieWithPrevious.begin() + std::ptrdiff_t(place), 0);
    markTies(place, compare);
}

} // namespace credsync
