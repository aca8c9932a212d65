#pragma once
// The source rows of one list column in the order of the column's key (issue 14): built once with
// one std::sort, then kept: appended rows are placed by binary search and merged in one pass, a changed
// row is taken out and put back. Equal keys keep arrival order (the source row), in both directions:
// each place also records whether its key equals the one before, so the descending order is the
// ascending one read backwards a run of equals at a time, without comparing keys again.
#include <functional>
#include <vector>

namespace credsync {

class SortedOrder
{
public:
    // <0, 0 or >0 as source row a's key sorts before, with or after b's.
    using Compare = std::function<int(int a, int b)>;
    // An unsigned 64-bit prefix of a source row's key: a < b between two rows' prefixes means the
    // same between their keys (equal prefixes say nothing). Lets a build sort on numbers held side by
    // side instead of reaching into each row for every comparison.
    using Prefix = std::function<unsigned long long(int row)>;

    bool isBuilt() const { return m_built; }
    void clear();
    // Every source row 0 … rows-1.
    void build(int rows, const Compare &compare, const Prefix &prefix = {});
    // Source rows first … last, each larger than every row held (rows appended to the model).
    void append(int first, int last, const Compare &compare);
    // A row whose key changed: taken out and put back where its key (and arrival) places it.
    void reposition(int sourceRow, const Compare &compare);
    size_t size() const { return m_rows.size(); }

    // Calls take(sourceRow) for every row in the order; descending keeps equal keys in arrival order.
    template<typename Take>
    void forEach(bool descending, Take &&take) const
    {
        if (!descending) {
            for (int row : m_rows)
                take(row);
            return;
        }
        for (size_t end = m_rows.size(); end > 0;) {
            size_t begin = end - 1;
            while (begin > 0 && m_tieWithPrevious[begin])
                --begin;
            for (size_t i = begin; i < end; ++i)
                take(m_rows[i]);
            end = begin;
        }
    }

private:
    size_t placeOf(int sourceRow, const Compare &compare) const;
    void markTies(size_t at, const Compare &compare);

    std::vector<int> m_rows;
    std::vector<unsigned char> m_tieWithPrevious; // by place: the key equals the previous place's
    bool m_built = false;
};

} // namespace credsync
