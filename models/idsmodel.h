#pragma once
// The side-by-side table an engineer reads first: for every label of every object type in the
// profile, the DB column and its value beside the HubSpot object that carries the label, and a verdict.
// Verdicts come from core's compareIds so that this tab, `credsync inspect` and the export agree; the
// model adds what a table needs on top: links, tones and a sentence explaining each verdict.
#include <QCoreApplication>

#include "core/profile.h"
#include "core/report/idcomparison.h"
#include "core/types.h"
#include "reporttablemodel.h"

#include <vector>

namespace credsync {

class IdsModel : public ReportTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectTypeColumn, LabelColumn, DbColumnColumn, DbValueColumn, ObjectColumn, CreatedColumn, VerdictColumn, ColumnCount };
    using Verdict = report::IdVerdict;
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
        bool exclusiveClash = false; // the carrier also holds a label the profile says excludes this one
        QString explanation;
    };

    static Row makeRow(const TherapistReport &report, const Profile &profile, const report::IdRow &compared,
                       const AccountInfo &account);

    std::vector<Row> m_rows;
};

} // namespace credsync
