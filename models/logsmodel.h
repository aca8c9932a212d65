#pragma once
// The backend's log lines that mention the contact, oldest first.
#include "core/types.h"
#include "reporttablemodel.h"

#include <vector>

namespace credsync {

class LogsModel : public ReportTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, WorkerColumn, MessageColumn, ColumnCount };
    enum Role { LineRole = FirstCustomRole }; // the verbatim line

    explicit LogsModel(QObject *parent = nullptr);

    void setReport(const TherapistReport &report);
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_lines.size()); }
    int columns() const override { return ColumnCount; }

private:
    std::vector<LogLine> m_lines;
    QString m_contactId;
};

} // namespace credsync
