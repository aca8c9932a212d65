#include "objectsmodel.h"

#include "displaytext.h"
#include "glyphicon.h"

#include <algorithm>

namespace credsync {

ObjectsModel::ObjectsModel(QObject *parent)
    : ReportTableModel(parent)
{
}

void ObjectsModel::setReport(const TherapistReport &report, const Profile &profile, const AccountInfo &account)
{
    // Only the properties resync would push matter when comparing objects; the rest is noise here.
    QStringList relevant;
    for (const auto &[column, property] : profile.resync.properties)
        relevant << property;

    beginResetModel();
    m_rows.clear();
    for (const HubSpotObject &object : report.snapshot.objects) {
        Row row;
        row.object = object;
        row.typeName = object.typeId;
        for (const ObjectTypeProfile &type : profile.objects) {
            if (type.typeId == object.typeId)
                row.typeName = type.name;
        }
        row.url = recordUrl(account, object.typeId, object.id);
        QStringList properties;
        for (const auto &[name, value] : object.properties) {
            if (relevant.isEmpty() || relevant.contains(name))
                properties << name + QLatin1Char('=') + value.value_or(tr("(empty)"));
        }
        row.properties = properties.join(QStringLiteral("  ·  "));
        m_rows.push_back(std::move(row));
    }
    // Grouped by type, oldest first: the order in which the worker created them.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.typeName != b.typeName)
            return a.typeName < b.typeName;
        return a.object.createdAt < b.object.createdAt;
    });
    endResetModel();
}

void ObjectsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QVariant ObjectsModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const HubSpotObject &object = row.object;
    switch (role) {
    case Qt::DisplayRole:
    case CopyRole:
        switch (index.column()) {
        case ObjectTypeColumn: return row.typeName;
        case IdColumn: return object.id;
        case LabelsColumn:
            if (object.labels.isEmpty() && role == Qt::DisplayRole)
                return tr("(no label)");
            return object.labels.join(QStringLiteral(", "));
        case CreatedColumn: return DisplayText::localTime(object.createdAt);
        case UpdatedColumn: return DisplayText::localTime(object.updatedAt);
        case ArchivedColumn: return object.archived ? tr("archived") : tr("active");
        case PropertiesColumn: return row.properties;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ArchivedColumn && object.archived)
            return glyphIcon(Glyph::Dash, Tone::Neutral);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == IdColumn)
            return row.url;
        return {};
    case SortRole:
        switch (index.column()) {
        case IdColumn: return object.id.toLongLong();
        case CreatedColumn: return object.createdAt.toMSecsSinceEpoch();
        case UpdatedColumn: return object.updatedAt.toMSecsSinceEpoch();
        case ArchivedColumn: return object.archived;
        }
        return data(index, Qt::DisplayRole);
    case UrlRole:
        return row.url;
    case ToneRole:
        return object.archived ? QVariant(int(Tone::Neutral)) : QVariant();
    case LabelsRole:
        return object.labels;
    }
    return {};
}

QVariant ObjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectTypeColumn: return tr("Object type");
    case IdColumn: return tr("Object id");
    case LabelsColumn: return tr("Labels");
    case CreatedColumn: return tr("Created");
    case UpdatedColumn: return tr("Updated");
    case ArchivedColumn: return tr("State");
    case PropertiesColumn: return tr("Properties resync compares");
    }
    return {};
}

} // namespace credsync
