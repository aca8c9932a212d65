#include "therapistrowkeys.h"

#include "therapistlistmodel.h"

#include <algorithm>

namespace credsync {

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

namespace {

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

} // namespace

int compareRows(const TherapistRow &a, const TherapistRow &b, int column)
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

bool containsWord(QStringView haystack, QStringView word)
{
    const qsizetype length = word.size();
    if (length == 0)
        return true;
    const QChar first = word.front();
    const QStringView rest = word.mid(1);
    const qsizetype lastStart = haystack.size() - length;
    for (qsizetype from = 0; from <= lastStart;) {
        const qsizetype at = haystack.indexOf(first, from);
        if (at < 0 || at > lastStart)
            return false;
        if (haystack.mid(at + 1, length - 1) == rest)
            return true;
        from = at + 1;
    }
    return false;
}

namespace {

// The first four UTF-16 units of a text, for an order that agrees with QString::compare().
quint64 textPrefix(const QString &text)
{
    quint64 prefix = 0;
    for (qsizetype i = 0; i < 4; ++i)
        prefix = (prefix << 16) | (i < text.size() ? text.at(i).unicode() : 0u);
    return prefix;
}

} // namespace

quint64 sortPrefix(const TherapistRow &row, int column)
{
    switch (column) {
    case TherapistListModel::StatusColumn: return (quint64(row.status) << 16) | row.findingCount;
    case TherapistListModel::NameColumn: return textPrefix(row.nameKey);
    case TherapistListModel::EmailColumn: return textPrefix(row.emailKey);
    case TherapistListModel::ContactIdColumn: return quint64(row.contactIdNumber) ^ (quint64(1) << 63);
    case TherapistListModel::FindingsColumn: return textPrefix(row.codes.isEmpty() ? QString() : row.codes.front());
    case TherapistListModel::LastErrorColumn: return quint64(row.lastErrorMs) ^ (quint64(1) << 63);
    }
    return 0;
}

} // namespace credsync
