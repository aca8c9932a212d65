#include "unresolvedmodel.h"

#include "glyphicon.h"

namespace credsync {

UnresolvedModel::UnresolvedModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void UnresolvedModel::append(const UnresolvedTarget &target)
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].target.target == target.target) {
            m_rows[i] = {target, false};
            const int row = int(i);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole, Qt::EditRole, EditedRole});
            return;
        }
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back({target, false});
    endInsertRows();
}

void UnresolvedModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void UnresolvedModel::removeTargets(const QStringList &targets)
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (targets.contains(m_rows[size_t(row)].target.target)) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
}

QStringList UnresolvedModel::targets() const
{
    QStringList out;
    for (const Row &row : m_rows)
        out << row.target.target;
    return out;
}

QModelIndex UnresolvedModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex UnresolvedModel::parent(const QModelIndex &) const
{
    return {};
}

int UnresolvedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnresolvedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnresolvedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == TargetColumn ? row.target.target : row.target.reason;
    case Qt::DecorationRole:
        if (index.column() == TargetColumn)
            return glyphIcon(row.edited ? Glyph::Clock : Glyph::Question, row.edited ? Tone::Note : Tone::Warn);
        return {};
    case Qt::ToolTipRole:
        return index.column() == TargetColumn ? tr("Double-click to correct, then press Retry") : row.target.reason;
    case EditedRole:
        return row.edited;
    }
    return {};
}

bool UnresolvedModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TargetColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().trimmed();
    Row &row = m_rows[size_t(index.row())];
    if (text.isEmpty() || text == row.target.target)
        return false;
    row.target.target = text;
    row.target.reason = tr("edited: not tried yet");
    row.edited = true;
    Q_EMIT dataChanged(index, index.siblingAtColumn(ReasonColumn),
                       {Qt::DisplayRole, Qt::EditRole, Qt::DecorationRole, Qt::ToolTipRole, EditedRole});
    return true;
}

Qt::ItemFlags UnresolvedModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() == TargetColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant UnresolvedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TargetColumn ? tr("Not found") : tr("Why");
}

} // namespace credsync
