#include "planwording.h"

#include "../i18n/timetext.h"

#include <QCoreApplication>

namespace credsync::fixes::wording {

namespace {
const QString kContactType = QStringLiteral("0-1");
}

QString objectText(const Profile &profile, const HubSpotObject &object)
{
    QString text = objectText(profile, object.typeId, object.id);
    if (object.createdAt.isValid())
        text += QCoreApplication::translate("FixPlan", " (created %1)").arg(i18n::isoTime(object.createdAt));
    return text;
}

QString objectText(const Profile &profile, const QString &typeId, const QString &objectId)
{
    const ObjectTypeProfile *type = profile.objectByTypeId(typeId);
    return QStringLiteral("%1 %2").arg(type ? type->name : typeId, objectId);
}

QString labelsText(const QStringList &labels)
{
    return labels.isEmpty() ? QCoreApplication::translate("FixPlan", "no label") : labels.join(QStringLiteral(", "));
}

QString valueText(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? *value : QStringLiteral("NULL");
}

QString apiArchiveLabels(const QString &typeId)
{
    return QStringLiteral("POST /crm/v4/associations/%1/%2/batch/labels/archive").arg(kContactType, typeId);
}

QString apiCreateLabels(const QString &typeId)
{
    return QStringLiteral("POST /crm/v4/associations/%1/%2/batch/create").arg(kContactType, typeId);
}

QString apiPutLabels(const QString &typeId, const QString &contactId, const QString &objectId)
{
    return QStringLiteral("PUT /crm/v4/objects/%1/%2/associations/%3/%4").arg(kContactType, contactId, typeId, objectId);
}

QString apiPatchObject(const QString &typeId, const QString &objectId)
{
    return QStringLiteral("PATCH /crm/v3/objects/%1/%2").arg(typeId, objectId);
}

QString apiUpdateColumns(const Profile &profile, const QStringList &columns)
{
    return QCoreApplication::translate("FixPlan", "UPDATE %1 SET %2 WHERE %3 = ? AND (the row still holds the planned values); one transaction")
        .arg(profile.database.table, columns.join(QStringLiteral(", ")), profile.database.keyColumn);
}

} // namespace credsync::fixes::wording
