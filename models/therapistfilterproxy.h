#pragma once
// Filters and sorts the therapist list through typed setters (qBittorrent's TransferListSortModel idea):
// the filter bar never builds regular expressions, and each criterion is tested on the slim row.
// At 100,000 rows (issue 14) it is a proxy of its own rather than a QSortFilterProxyModel: each
// column's order of the source rows is kept ready (SortedOrder: built once, appended rows merged in),
// and what is shown is that order filtered by the criteria. A keystroke is one pass over the order
// (over the rows shown when the text grows), a sort picks another order and makes one pass. The free-text
// filter matches precomputed folded text and remembers which rows each recent text matched.
// Changes reach the view as layoutChanged (persistent indexes, so the selection and the current row,
// follow their rows), or as rowsInserted when streamed rows land in a few runs.
#include <QAbstractProxyModel>
#include <QSet>

#include <array>
#include <deque>
#include <optional>
#include <vector>

#include "core/types.h"
#include "sortedorder.h"
#include "therapistrow.h"

namespace credsync {

class TherapistListModel;

class TherapistFilterProxy : public QAbstractProxyModel
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

    // -1: the source's order (nothing sorted yet).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum Match : quint8 { Unknown = 0, Yes, No };
    struct TextMatches
    {
        QStringList words;
        std::vector<Match> rows; // by source row; rows past the end are Unknown
    };

    // The source's signals.
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onAboutToReset();
    void onReset();

    void rebuildAll();
    bool criteriaAccept(int sourceRow) const; // everything but the text
    bool textMatches(int sourceRow) const;
    void forgetTextOf(int sourceRow) const;
    void dropTextMatches() const;
    void recheckCriteria();
    const TherapistRow *rowFor(int sourceRow) const;
    SortedOrder::Compare comparer(int column) const;
    void ensureOrder(int column);
    // The rows shown now, by a pass over the sort order (or over `within`, the rows shown, in their order).
    std::vector<int> filtered(const std::vector<int> *within = nullptr) const;
    // Shows `rows` (source rows in display order) as one layout change; false when nothing changed.
    bool show(std::vector<int> rows, QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void remapSources();

    TherapistListModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;
    std::vector<int> m_shown;        // by proxy row: the source row
    std::vector<int> m_proxyRow;     // by source row: the proxy row, -1 when hidden
    std::vector<quint8> m_criteriaOk; // by source row: every criterion but the text accepts it
    std::array<SortedOrder, 6> m_orders; // by column
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QSet<int> m_unplaced;            // rows whose key changed while frozen: placed again on the next sort

    mutable TextMatches m_matches;              // for m_words
    mutable std::deque<TextMatches> m_recent;   // earlier texts, most recent first
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
