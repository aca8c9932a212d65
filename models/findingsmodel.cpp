#include "findingsmodel.h"

#include "displaytext.h"
#include "glyphicon.h"

namespace credsync {

namespace {

QString scalarText(const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_null())
        return QStringLiteral("null");
    return QString::fromStdString(value.dump());
}

QString valueText(const nlohmann::json &value)
{
    if (value.is_array()) {
        QStringList items;
        for (const auto &item : value)
            items << (item.is_object() ? FindingsModel::evidenceText(item) : scalarText(item));
        return items.join(value.size() && value.front().is_object() ? QStringLiteral("; ") : QStringLiteral(", "));
    }
    if (value.is_object())
        return QLatin1Char('(') + FindingsModel::evidenceText(value) + QLatin1Char(')');
    return scalarText(value);
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : ReportTableModel(parent)
{
}

QString FindingsModel::evidenceText(const nlohmann::json &evidence)
{
    if (!evidence.is_object())
        return valueText(evidence);
    QStringList parts;
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        parts << QString::fromStdString(it.key()) + QStringLiteral(": ") + valueText(it.value());
    return parts.join(QStringLiteral(" · "));
}

void FindingsModel::setReport(const TherapistReport &report)
{
    beginResetModel();
    m_findings = report.findings;
    endResetModel();
}

void FindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    endResetModel();
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const Finding &finding = m_findings[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CopyRole:
        switch (index.column()) {
        case SeverityColumn: return DisplayText::severity(finding.severity);
        case CodeColumn: return finding.code;
        case ObjectTypeColumn: return finding.objectType;
        case SummaryColumn: return finding.summary;
        case FixColumn: return DisplayText::fixName(finding.fix);
        case EvidenceColumn: return evidenceText(finding.evidence);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            switch (finding.severity) {
            case Severity::Error: return glyphIcon(Glyph::Cross, Tone::Bad);
            case Severity::Warning: return glyphIcon(Glyph::Exclamation, Tone::Warn);
            case Severity::Info: return glyphIcon(Glyph::Info, Tone::Note);
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FixColumn)
            return DisplayText::fixExplanation(finding.fix);
        if (index.column() == EvidenceColumn)
            return QString::fromStdString(finding.evidence.dump(2));
        return finding.summary;
    case SortRole:
        if (index.column() == SeverityColumn)
            return int(finding.severity);
        return data(index, Qt::DisplayRole);
    case CodeRole:
        return finding.code;
    case FixRole:
        return finding.fix;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case CodeColumn: return tr("Code");
    case ObjectTypeColumn: return tr("Object type");
    case SummaryColumn: return tr("What is wrong");
    case FixColumn: return tr("Fix");
    case EvidenceColumn: return tr("Evidence");
    }
    return {};
}

} // namespace credsync
