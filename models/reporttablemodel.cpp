#include "reporttablemodel.h"

namespace credsync {

QModelIndex ReportTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rows() || column < 0 || column >= columns())
        return {};
    return createIndex(row, column);
}

QModelIndex ReportTableModel::parent(const QModelIndex &) const
{
    return {};
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

bool ReportTableModel::isRowIndex(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

} // namespace credsync
