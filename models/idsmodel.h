#pragma once
// The side-by-side table an engineer reads first: for every label of every object type in the
// profile, the DB column and its value beside the HubSpot object that carries the label, and a verdict.
#include <QCoreApplication>

#include "core/profile.h"
#include "core/types.h"
#include "reporttablemodel.h"

#include <vector>

namespace credsync {

class IdsModel : public ReportTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectTypeColumn, LabelColumn, DbColumnColumn, DbValueColumn, ObjectColumn, CreatedColumn, VerdictColumn, ColumnCount };
    enum class Verdict { Match, MissingInDb, Stale, Conflict, NoObject, Unknown };
    Q_ENUM(Verdict)
    enum Role { VerdictRole = FirstCustomRole };

    explicit IdsModel(QObject *parent = nullptr);

    void setReport(const TherapistReport &report, const Profile &profile, const AccountInfo &account);
    void clear();

    Verdict verdictAt(int row) const;
    static QString verdictText(Verdict verdict);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }

private:
    struct Carrier
    {
        QString id;
        QDateTime createdAt;
        QString url;
    };
    struct Row
    {
        QString objectType;
        QString label;
        QString column;
        std::optional<QString> dbValue;
        QString dbValueUrl;
        std::vector<Carrier> carriers;
        Verdict verdict = Verdict::Unknown;
        QString explanation;
    };

    static Row makeRow(const TherapistReport &report, const ObjectTypeProfile &type, const credsync::LabelColumn &label,
                       const AccountInfo &account);

    std::vector<Row> m_rows;
};

} // namespace credsync
