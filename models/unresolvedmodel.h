#pragma once
// Targets the inspector could not turn into a therapist, with the reason. The target column is
// editable so a person can correct a typo in place and retry, instead of pasting the ticket again.
#include <QAbstractItemModel>

#include "core/types.h"

#include <vector>

namespace credsync {

class UnresolvedModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TargetColumn, ReasonColumn, ColumnCount };
    enum Role { EditedRole = Qt::UserRole }; // true once the target was changed by hand

    explicit UnresolvedModel(QObject *parent = nullptr);

    void append(const UnresolvedTarget &target);
    void clear();
    // Removes the rows whose target is in the list (they resolved on retry).
    void removeTargets(const QStringList &targets);
    QStringList targets() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        UnresolvedTarget target;
        bool edited = false;
    };
    std::vector<Row> m_rows;
};

} // namespace credsync
