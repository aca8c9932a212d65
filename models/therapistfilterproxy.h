#pragma once
// Filters the therapist list through typed setters (qBittorrent's TransferListSortModel idea): the
// filter bar never builds regular expressions, and each criterion is tested on its own role.
// At 100,000 rows (issue 14) it reads the model's slim rows directly, never through QVariant: the
// free-text filter matches precomputed folded text, remembers which rows each recent text matched (a
// longer text only searches the rows the shorter one kept; a deletion finds its earlier answer), and
// the sort compares precomputed keys.
#include <QSet>
#include <QSortFilterProxyModel>

#include <deque>
#include <optional>
#include <vector>

#include "core/types.h"
#include "therapistrow.h"

namespace credsync {

class TherapistListModel;

class TherapistFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SeverityFilter { Any, Errors, Warnings, Info, Healthy };
    Q_ENUM(SeverityFilter)

    explicit TherapistFilterProxy(QObject *parent = nullptr);

    // Case- and accent-insensitive ("garcia" finds "García"); every whitespace-separated word must
    // match (name, email, ids, codes...).
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

    // The row a person is looking at keeps its place when its content changes (its full check turns it
    // from "ids and labels OK" to "Broken"): it sorts by the values it had when frozen until the person
    // sorts again (sort()), the list is reloaded, or another row is frozen. Empty key: nothing frozen.
    void freezeSortPosition(const QString &key);
    QString frozenKey() const { return m_frozenKey; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    enum Match : quint8 { Unknown = 0, Yes, No };
    struct TextMatches
    {
        QStringList words;
        std::vector<Match> rows; // by source row; rows past the end are Unknown
    };
    bool textMatches(int sourceRow) const;
    // <0, 0, >0 as a sorts before, with, or after b by the column's key.
    static int compareRows(const TherapistRow &a, const TherapistRow &b, int column);
    void ensureRanks(int column) const;
    void dropTextMatches() const;
    const TherapistRow *rowFor(int sourceRow) const;

    TherapistListModel *m_model = nullptr;
    mutable TextMatches m_matches;              // for m_words
    mutable std::deque<TextMatches> m_recent;   // earlier texts, most recent first
    mutable quint64 m_matchesGeneration = 0;
    mutable std::vector<int> m_ranks;           // by source row: the place of its key among all keys
    mutable int m_rankColumn = -1;
    mutable quint64 m_rankGeneration = 0;
    QString m_frozenKey;
    int m_frozenSourceRow = -1;
    std::optional<TherapistRow> m_frozenRow;

    QStringList m_words;
    QString m_code;
    SeverityFilter m_severity = SeverityFilter::Any;
    QString m_objectType;
    std::optional<QSet<QString>> m_keyScope;
};

} // namespace credsync
