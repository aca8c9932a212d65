#pragma once
// How the therapist list compares and searches its slim rows (issue 14): the keys its proxy sorts and
// filters on, apart from the proxy's bookkeeping.
#include <QStringList>
#include <QStringView>

#include "therapistrow.h"

namespace credsync {

// <0, 0, >0 as a sorts before, with, or after b by the column's key (TherapistListModel::Column).
int compareRows(const TherapistRow &a, const TherapistRow &b, int column);
// An unsigned 64-bit prefix of the column's key that agrees with compareRows() where it differs
// (SortedOrder::Prefix): numbers whole, texts by their first four characters.
quint64 sortPrefix(const TherapistRow &row, int column);
// Whether the folded word occurs in the folded haystack. QString::contains() rolls a hash over every
// character; finding the word's first character with the vectorised character search and comparing
// only there is several times faster over 100,000 rows.
bool containsWord(QStringView haystack, QStringView word);
// Every row the later words match, the earlier ones matched: each earlier word is inside a later one
// (an empty earlier text narrows to anything).
bool narrows(const QStringList &earlier, const QStringList &later);

} // namespace credsync
