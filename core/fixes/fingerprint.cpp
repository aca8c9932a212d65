#include "fingerprint.h"

#include <QCryptographicHash>

#include <algorithm>

namespace credsync::fixes {

namespace {

QString valueText(const std::optional<QString> &value)
{
    // NULL and the empty string are the same thing to every fix (HubSpot clears with "").
    return value && !value->isEmpty() ? *value : QStringLiteral("<null>");
}

QStringList canonicalLines(const FixState &state, FixKind kind, const Profile &profile)
{
    QStringList lines;
    lines << QStringLiteral("therapist %1 contact %2").arg(state.therapist.id, state.therapist.contactId);

    if (kind == FixKind::PullIds) {
        for (const QString &column : profile.idColumns()) {
            const auto it = state.therapist.columns.find(column);
            lines << QStringLiteral("column %1=%2").arg(column, it == state.therapist.columns.end() ? QStringLiteral("<null>") : valueText(it->second));
        }
    }
    if (kind == FixKind::Resync) {
        const ObjectTypeProfile *object = profile.objectByName(profile.resync.object);
        const QString idColumn = object ? object->columnForLabel(profile.resync.label) : QString();
        const auto idIt = state.therapist.columns.find(idColumn);
        lines << QStringLiteral("column %1=%2").arg(idColumn, idIt == state.therapist.columns.end() ? QStringLiteral("<null>") : valueText(idIt->second));
        for (const auto &[column, property] : profile.resync.properties) {
            const auto it = state.extraColumns.find(column);
            lines << QStringLiteral("column %1=%2").arg(column, it == state.extraColumns.end() ? QStringLiteral("<null>") : valueText(it->second));
        }
    }

    QStringList objectLines;
    for (const HubSpotObject &object : state.objects) {
        QStringList labels = object.labels;
        labels.sort();
        QString line = QStringLiteral("object %1/%2 archived=%3 labels=[%4]")
                           .arg(object.typeId, object.id, object.archived ? QStringLiteral("1") : QStringLiteral("0"),
                                labels.join(QLatin1Char(',')));
        if (kind == FixKind::Relabel)
            line += QStringLiteral(" created=%1").arg(object.createdAt.toUTC().toString(Qt::ISODateWithMs));
        if (kind == FixKind::Resync) {
            for (const auto &[column, property] : profile.resync.properties) {
                const auto it = object.properties.find(property);
                line += QStringLiteral(" %1=%2").arg(property, it == object.properties.end() ? QStringLiteral("<null>") : valueText(it->second));
            }
        }
        objectLines << line;
    }
    objectLines.sort();
    lines << objectLines;
    return lines;
}

} // namespace

QString fingerprintText(const FixState &state, FixKind kind, const Profile &profile)
{
    return canonicalLines(state, kind, profile).join(QLatin1Char('\n'));
}

QString fingerprint(const FixState &state, FixKind kind, const Profile &profile)
{
    const QByteArray digest = QCryptographicHash::hash(fingerprintText(state, kind, profile).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

QStringList fingerprintDifferences(const FixState &planned, const FixState &now, FixKind kind, const Profile &profile)
{
    const QStringList before = canonicalLines(planned, kind, profile);
    const QStringList after = canonicalLines(now, kind, profile);
    QStringList out;
    for (const QString &line : before) {
        if (!after.contains(line))
            out << QStringLiteral("- ") + line;
    }
    for (const QString &line : after) {
        if (!before.contains(line))
            out << QStringLiteral("+ ") + line;
    }
    return out;
}

} // namespace credsync::fixes
