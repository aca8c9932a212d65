#include "therapistfilterproxy.h"

#include "therapistlistmodel.h"

namespace credsync {

TherapistFilterProxy::TherapistFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TherapistListModel::SortRole);
    // Streaming appends during a scan must land in sorted position without a manual re-sort.
    setDynamicSortFilter(true);
}

void TherapistFilterProxy::setText(const QString &text)
{
    const QStringList words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
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

bool TherapistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
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
        const QString haystack = index.data(TherapistListModel::SearchTextRole).toString().toCaseFolded();
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace credsync
