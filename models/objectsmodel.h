#pragma once
// Every object associated with the contact, of every object type in the profile, with its labels.
#include "core/profile.h"
#include "core/types.h"
#include "reporttablemodel.h"

#include <vector>

namespace credsync {

class ObjectsModel : public ReportTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectTypeColumn, IdColumn, LabelsColumn, CreatedColumn, UpdatedColumn, ArchivedColumn, PropertiesColumn, ColumnCount };
    enum Role { LabelsRole = FirstCustomRole }; // QStringList, for the chip delegate

    explicit ObjectsModel(QObject *parent = nullptr);

    void setReport(const TherapistReport &report, const Profile &profile, const AccountInfo &account);
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }

private:
    struct Row
    {
        HubSpotObject object;
        QString typeName;
        QString url;
        QString properties;
    };
    std::vector<Row> m_rows;
};

} // namespace credsync
