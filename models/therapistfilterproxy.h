#pragma once
// Filters the therapist list through typed setters (qBittorrent's TransferListSortModel idea): the
// filter bar never builds regular expressions, and each criterion is tested on its own role.
#include <QSortFilterProxyModel>

#include "core/types.h"

namespace credsync {

class TherapistFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SeverityFilter { Any, Errors, Warnings, Info, Healthy };
    Q_ENUM(SeverityFilter)

    explicit TherapistFilterProxy(QObject *parent = nullptr);

    // Case-insensitive; every whitespace-separated word must match (name, email, ids, codes...).
    void setText(const QString &text);
    // Empty: any code.
    void setFindingCode(const QString &code);
    void setSeverity(SeverityFilter severity);
    // Only therapists with a finding on this object type ("Credentialing"); empty: any.
    void setObjectType(const QString &objectType);

    QString text() const { return m_words.join(QLatin1Char(' ')); }
    QString findingCode() const { return m_code; }
    SeverityFilter severity() const { return m_severity; }
    QString objectType() const { return m_objectType; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_code;
    SeverityFilter m_severity = SeverityFilter::Any;
    QString m_objectType;
};

} // namespace credsync
