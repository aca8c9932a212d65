#pragma once
// Sentry issues that mention the contact.
#include "core/types.h"
#include "reporttablemodel.h"

#include <vector>

namespace credsync {

class ErrorsModel : public ReportTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, CountColumn, FirstSeenColumn, LastSeenColumn, StatusColumn, ColumnCount };

    explicit ErrorsModel(QObject *parent = nullptr);

    void setReport(const TherapistReport &report);
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_issues.size()); }
    int columns() const override { return ColumnCount; }

private:
    std::vector<SentryIssue> m_issues;
};

} // namespace credsync
