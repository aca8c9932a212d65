#pragma once
// The shared shape of the detail-pane models: flat tables over one therapist's report, reset whenever
// the selection changes. The roles every detail view relies on (sort, link, copy, highlight) are
// declared once here so the views can open links, copy ids and tint rows without knowing the model.
#include <QAbstractItemModel>

namespace credsync {

class ReportTableModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole, // raw value (numbers, ms since epoch) for sorting
        UrlRole,                 // a link the row or cell points at (HubSpot record, Sentry issue)
        CopyRole,                // what Ctrl+C copies for this cell: the bare id rather than decorated text
        ToneRole,                // credsync::Tone as int when the row must stand out, else invalid
        HighlightRole,           // a substring of the cell the view should emphasise (the contact id)
        FirstCustomRole,         // models add their own roles from here
    };
    Q_ENUM(Role)

    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    // True for a valid index of this model with no parent: what data() may dereference.
    bool isRowIndex(const QModelIndex &index) const;
};

} // namespace credsync
