#pragma once
// Filters the therapist list through typed setters (qBittorrent's TransferListSortModel idea): the
// filter bar never builds regular expressions, and each criterion is tested on its own role.
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

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

    // The ticket view (issue 13): only the therapists with these keys; std::nullopt shows every one.
    // Orthogonal to the other criteria, which still apply within the scope.
    void setKeyScope(const std::optional<QSet<QString>> &keys);
    void addToKeyScope(const QStringList &keys);
    const std::optional<QSet<QString>> &keyScope() const { return m_keyScope; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_code;
    SeverityFilter m_severity = SeverityFilter::Any;
    QString m_objectType;
    std::optional<QSet<QString>> m_keyScope;
};

} // namespace credsync
