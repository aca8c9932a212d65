#pragma once
// One time-ordered list of what happened to a therapist across the database, HubSpot, the logs and
// Sentry, plus the gaps worth naming ("object created 52 s after the pull") for the painted axis.
#include <QCoreApplication>

#include "core/types.h"
#include "glyphicon.h"
#include "reporttablemodel.h"

#include <vector>

namespace credsync {

class TimelineModel : public ReportTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SourceColumn, SincePreviousColumn, TextColumn, ColumnCount };
    enum Role { SourceRole = FirstCustomRole, TimeRole };

    // A labelled interval between two entries that explains a finding.
    struct Span
    {
        QDateTime from;
        QDateTime to;
        QString text;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setReport(const TherapistReport &report);
    void clear();

    const std::vector<TimelineEntry> &entries() const { return m_entries; }
    const std::vector<Span> &spans() const { return m_spans; }

    static QString sourceText(const QString &source);
    static QStringList sources(); // db, hubspot, log, sentry, audit: the axis' lanes in order
    // The colour family of a source, the same in the table's markers and the painted axis.
    static Tone sourceTone(const QString &source);

    // The report's own timeline when the inspector built one, else one derived from the snapshot.
    static std::vector<TimelineEntry> entriesFor(const TherapistReport &report);
    static std::vector<Span> spansFor(const TherapistReport &report);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_entries.size()); }
    int columns() const override { return ColumnCount; }

private:
    std::vector<TimelineEntry> m_entries;
    std::vector<Span> m_spans;
};

} // namespace credsync
