#pragma once
// What is wrong with one therapist, with the evidence it rests on and the fix that applies.
#include "core/types.h"
#include "reporttablemodel.h"

#include <vector>

namespace credsync {

class FindingsModel : public ReportTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, ObjectTypeColumn, SummaryColumn, FixColumn, EvidenceColumn, ColumnCount };
    enum Role { CodeRole = FirstCustomRole, FixRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setReport(const TherapistReport &report);
    void clear();

    // {"column":"x","ids":["1","2"]} → "column: x · ids: 1, 2": evidence read by people, not parsers.
    static QString evidenceText(const nlohmann::json &evidence);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_findings.size()); }
    int columns() const override { return ColumnCount; }

private:
    std::vector<Finding> m_findings;
};

} // namespace credsync
