#include "idsmodel.h"

#include "core/diagnosis/findingtext.h"

#include "displaytext.h"
#include "glyphicon.h"

namespace credsync {

namespace {

const HubSpotObject *findObject(const TherapistReport &report, const QString &id)
{
    for (const HubSpotObject &object : report.snapshot.objects) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

bool exclusiveWith(const ObjectTypeProfile &type, const QString &label, const QString &other)
{
    for (const QStringList &group : type.exclusiveLabels) {
        if (group.contains(label) && group.contains(other))
            return true;
    }
    return false;
}

Tone verdictTone(IdsModel::Verdict verdict)
{
    switch (verdict) {
    case IdsModel::Verdict::Match: return Tone::Good;
    case IdsModel::Verdict::MissingInDb: return Tone::Bad;
    case IdsModel::Verdict::Stale: return Tone::Warn;
    case IdsModel::Verdict::Conflict: return Tone::Bad;
    case IdsModel::Verdict::Empty: return Tone::Neutral;
    case IdsModel::Verdict::Unknown: return Tone::Neutral;
    }
    return Tone::Neutral;
}

Glyph verdictGlyph(IdsModel::Verdict verdict)
{
    switch (verdict) {
    case IdsModel::Verdict::Match: return Glyph::Check;
    case IdsModel::Verdict::MissingInDb: return Glyph::Exclamation;
    case IdsModel::Verdict::Stale: return Glyph::Clock;
    case IdsModel::Verdict::Conflict: return Glyph::Cross;
    case IdsModel::Verdict::Empty: return Glyph::Dash;
    case IdsModel::Verdict::Unknown: return Glyph::Question;
    }
    return Glyph::Question;
}

} // namespace

IdsModel::IdsModel(QObject *parent)
    : ReportTableModel(parent)
{
}

IdsModel::Row IdsModel::makeRow(const TherapistReport &report, const Profile &profile, const report::IdRow &compared,
                                const AccountInfo &account)
{
    Row row;
    row.objectType = compared.objectType;
    row.label = compared.label;
    row.column = compared.column;
    row.dbValue = compared.dbValue;
    row.verdict = compared.verdict;
    if (row.dbValue)
        row.dbValueUrl = recordUrl(account, compared.typeId, *row.dbValue);
    for (const HubSpotObject *object : compared.carriers)
        row.carriers.push_back({object->id, object->createdAt, recordUrl(account, object->typeId, object->id)});

    const QString &label = compared.label;
    const QString &column = compared.column;
    switch (row.verdict) {
    case Verdict::Unknown:
        row.explanation = tr("HubSpot could not be read for this contact, so the column cannot be checked.");
        break;
    case Verdict::Conflict: {
        QStringList ids;
        for (const Carrier &carrier : row.carriers)
            ids << carrier.id;
        row.explanation = tr("%1 objects carry the label %2 (%3); exactly one should.")
                              .arg(row.carriers.size()).arg(label, ids.join(QStringLiteral(", ")));
        break;
    }
    case Verdict::MissingInDb:
        row.explanation = tr("HubSpot object %1 carries %2 but %3 is empty.").arg(row.carriers.front().id, label, column);
        break;
    case Verdict::Match:
        row.explanation = tr("The column and HubSpot agree.");
        break;
    case Verdict::Empty:
        row.explanation = tr("No object carries %1 and the column is empty.").arg(label);
        break;
    case Verdict::Stale:
        if (!row.carriers.empty()) {
            row.explanation = tr("%1 holds %2, but the object carrying %3 is %4.")
                                  .arg(column, *row.dbValue, label, row.carriers.front().id);
        } else if (const HubSpotObject *pointed = findObject(report, *row.dbValue); !pointed) {
            row.explanation = tr("%1 holds %2, which is not associated with the contact.").arg(column, *row.dbValue);
        } else if (pointed->archived) {
            row.explanation = tr("%1 holds %2, which is archived.").arg(column, *row.dbValue);
        } else if (pointed->labels.isEmpty()) {
            row.explanation = tr("%1 holds %2, which carries no label.").arg(column, *row.dbValue);
        } else {
            row.explanation = tr("%1 holds %2, which carries %3 instead of %4.")
                                  .arg(column, *row.dbValue, pointed->labels.join(QStringLiteral(", ")), label);
        }
        break;
    }
    // compareIds looks at one label at a time; a carrier that also holds an exclusive label is worth
    // saying here, beside the verdict, because that is what CONFLICTING_LABELS is about.
    if (row.carriers.size() == 1) {
        const ObjectTypeProfile *type = nullptr;
        for (const ObjectTypeProfile &candidate : profile.objects) {
            if (candidate.typeId == compared.typeId)
                type = &candidate;
        }
        if (const HubSpotObject *object = findObject(report, row.carriers.front().id); object && type) {
            for (const QString &other : object->labels) {
                if (other != label && exclusiveWith(*type, label, other)) {
                    row.exclusiveClash = true;
                    row.explanation += QLatin1Char(' ')
                        + tr("Object %1 also carries %2, which excludes %3.").arg(object->id, other, label);
                }
            }
        }
    }
    return row;
}

void IdsModel::setReport(const TherapistReport &report, const Profile &profile, const AccountInfo &account)
{
    beginResetModel();
    m_rows.clear();
    for (const report::IdRow &compared : report::compareIds(report.snapshot, profile))
        m_rows.push_back(makeRow(report, profile, compared, account));
    endResetModel();
}

void IdsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

IdsModel::Verdict IdsModel::verdictAt(int row) const
{
    return row >= 0 && row < rows() ? m_rows[size_t(row)].verdict : Verdict::Unknown;
}

QString IdsModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    // The display words live beside the finding codes, shared with the CLI and the exports.
    case Verdict::Match: return diagnosis::verdictWord(QStringLiteral("match"));
    case Verdict::MissingInDb: return diagnosis::verdictWord(QStringLiteral("missing_in_db"));
    case Verdict::Stale: return diagnosis::verdictWord(QStringLiteral("stale"));
    case Verdict::Conflict: return diagnosis::verdictWord(QStringLiteral("conflict"));
    case Verdict::Empty: return diagnosis::verdictWord(QStringLiteral("none"));
    case Verdict::Unknown: return diagnosis::verdictWord(QStringLiteral("unknown"));
    }
    return {};
}

QVariant IdsModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    QStringList carrierIds;
    QStringList created;
    for (const Carrier &carrier : row.carriers) {
        carrierIds << carrier.id;
        created << DisplayText::localTime(carrier.createdAt);
    }
    switch (role) {
    case Qt::DisplayRole:
    case CopyRole:
        switch (index.column()) {
        case ObjectTypeColumn: return row.objectType;
        case LabelColumn: return row.label;
        case DbColumnColumn: return row.column;
        case DbValueColumn:
            if (role == CopyRole)
                return row.dbValue.value_or(QString());
            return row.dbValue ? *row.dbValue : tr("NULL");
        case ObjectColumn: return carrierIds.isEmpty() && role == Qt::DisplayRole ? tr("—") : carrierIds.join(QStringLiteral(", "));
        case CreatedColumn: return created.join(QStringLiteral(", "));
        case VerdictColumn:
            if (row.exclusiveClash)
                return QString(verdictText(row.verdict) + QStringLiteral(" · ") + tr("label conflict"));
            return verdictText(row.verdict);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn) {
            if (row.exclusiveClash)
                return glyphIcon(Glyph::Cross, Tone::Bad);
            return glyphIcon(verdictGlyph(row.verdict), verdictTone(row.verdict));
        }
        return {};
    case Qt::ToolTipRole:
        return row.explanation;
    case SortRole:
        if (index.column() == VerdictColumn)
            return int(row.verdict);
        if (index.column() == CreatedColumn)
            return row.carriers.empty() ? qint64(0) : row.carriers.front().createdAt.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    case UrlRole:
        if (index.column() == DbValueColumn)
            return row.dbValueUrl;
        return row.carriers.size() == 1 ? row.carriers.front().url : QString();
    case ToneRole:
        if (row.exclusiveClash)
            return int(Tone::Bad);
        if (!report::verdictIsProblem(row.verdict))
            return {};
        return int(verdictTone(row.verdict));
    case VerdictRole:
        return int(row.verdict);
    }
    return {};
}

QVariant IdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectTypeColumn: return tr("Object type");
    case LabelColumn: return tr("Label");
    case DbColumnColumn: return tr("DB column");
    case DbValueColumn: return tr("DB value");
    case ObjectColumn: return tr("HubSpot object carrying it");
    case CreatedColumn: return tr("Created");
    case VerdictColumn: return tr("Verdict");
    }
    return {};
}

} // namespace credsync
