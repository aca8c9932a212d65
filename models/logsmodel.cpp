#include "logsmodel.h"

#include "displaytext.h"
#include "glyphicon.h"

#include <algorithm>

namespace credsync {

namespace {

std::optional<Tone> levelTone(const QString &level)
{
    if (level == QLatin1String("ERROR") || level == QLatin1String("FATAL"))
        return Tone::Bad;
    if (level == QLatin1String("WARN"))
        return Tone::Warn;
    return std::nullopt;
}

} // namespace

LogsModel::LogsModel(QObject *parent)
    : ReportTableModel(parent)
{
}

void LogsModel::setReport(const TherapistReport &report)
{
    beginResetModel();
    m_lines = report.snapshot.logs;
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const LogLine &a, const LogLine &b) {
        return a.timestampNs != b.timestampNs ? a.timestampNs < b.timestampNs : a.time < b.time;
    });
    m_contactId = report.snapshot.therapist.contactId;
    endResetModel();
}

void LogsModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_contactId.clear();
    endResetModel();
}

QVariant LogsModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const LogLine &line = m_lines[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CopyRole:
        switch (index.column()) {
        case TimeColumn: return DisplayText::localTime(line.time);
        case LevelColumn: return line.level;
        case WorkerColumn: return line.worker;
        case MessageColumn: return line.message.isEmpty() ? line.line : line.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == LevelColumn) {
            if (auto tone = levelTone(line.level))
                return glyphIcon(*tone == Tone::Bad ? Glyph::Cross : Glyph::Exclamation, *tone);
            return glyphIcon(Glyph::Info, Tone::Note);
        }
        return {};
    case Qt::ToolTipRole:
        return QString(line.line + QLatin1Char('\n') + line.stream);
    case SortRole:
        if (index.column() == TimeColumn)
            return line.timestampNs ? line.timestampNs : line.time.toMSecsSinceEpoch() * 1000000;
        return data(index, Qt::DisplayRole);
    case ToneRole:
        if (auto tone = levelTone(line.level))
            return int(*tone);
        return {};
    case HighlightRole:
        return index.column() == MessageColumn ? m_contactId : QString();
    case LineRole:
        return line.line;
    }
    return {};
}

QVariant LogsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case WorkerColumn: return tr("Worker");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace credsync
