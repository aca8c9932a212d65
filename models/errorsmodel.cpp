#include "errorsmodel.h"

#include "displaytext.h"
#include "glyphicon.h"

namespace credsync {

ErrorsModel::ErrorsModel(QObject *parent)
    : ReportTableModel(parent)
{
}

void ErrorsModel::setReport(const TherapistReport &report)
{
    beginResetModel();
    m_issues = report.snapshot.errors;
    endResetModel();
}

void ErrorsModel::clear()
{
    beginResetModel();
    m_issues.clear();
    endResetModel();
}

QVariant ErrorsModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const SentryIssue &issue = m_issues[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CopyRole:
        switch (index.column()) {
        case TitleColumn: return issue.title;
        case CountColumn: return QString::number(issue.count);
        case FirstSeenColumn: return DisplayText::localTime(issue.firstSeen);
        case LastSeenColumn: return DisplayText::localTime(issue.lastSeen);
        case StatusColumn: return issue.status;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return glyphIcon(Glyph::Cross, issue.status == QLatin1String("resolved") ? Tone::Neutral : Tone::Bad);
        return {};
    case Qt::ToolTipRole:
        return issue.shortId.isEmpty() ? issue.culprit : QString(issue.shortId + QStringLiteral(" · ") + issue.culprit);
    case SortRole:
        switch (index.column()) {
        case CountColumn: return issue.count;
        case FirstSeenColumn: return issue.firstSeen.toMSecsSinceEpoch();
        case LastSeenColumn: return issue.lastSeen.toMSecsSinceEpoch();
        }
        return data(index, Qt::DisplayRole);
    case UrlRole:
        return issue.permalink;
    }
    return {};
}

QVariant ErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Sentry issue");
    case CountColumn: return tr("Events");
    case FirstSeenColumn: return tr("First seen");
    case LastSeenColumn: return tr("Last seen");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace credsync
