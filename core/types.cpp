#include "types.h"

namespace credsync {

bool isHubSpotId(const QString &text)
{
    if (text.isEmpty() || text.size() > 19)
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    bool ok = false;
    text.toLongLong(&ok);
    return ok;
}

QStringList AssociatedObject::labels() const
{
    QStringList out;
    for (const AssociationType &type : types) {
        if (!type.label.isEmpty() && !out.contains(type.label))
            out << type.label;
    }
    return out;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QStringList FindingCode::all()
{
    return {MissingDbId, StaleDbId, NoObjects, MultipleUniqueLabel, MissingUniqueLabel,
            ConflictingLabels, PullBeforeCreate, DuplicateRun, RapidIdChanges, SyncErrors};
}

} // namespace credsync

namespace credsync {
QString recordUrl(const AccountInfo &account, const QString &objectTypeId, const QString &objectId)
{
    if (account.portalId.isEmpty() || objectId.isEmpty())
        return {};
    const QString domain = account.uiDomain.isEmpty() ? QStringLiteral("app.hubspot.com") : account.uiDomain;
    return QStringLiteral("https://%1/contacts/%2/record/%3/%4").arg(domain, account.portalId, objectTypeId, objectId);
}
} // namespace credsync
