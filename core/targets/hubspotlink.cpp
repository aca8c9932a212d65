#include "hubspotlink.h"

#include "types.h"

#include <QRegularExpression>
#include <QUrl>

namespace credsync::targets {

namespace {

bool isAsciiDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Ids in links are checked as strictly as bare ids: digits only, within int64, not zero.
QString idProblem(const QString &segment)
{
    if (segment.isEmpty())
        return QStringLiteral("HubSpot link has no record id");
    if (!isAsciiDigits(segment))
        return QStringLiteral("HubSpot link has an invalid record id \"%1\"").arg(segment.left(40));
    if (!isHubSpotId(segment))
        return QStringLiteral("HubSpot link's record id %1 is too large for a 64-bit id").arg(segment.left(40));
    if (segment.startsWith(QLatin1Char('0')))
        return QStringLiteral("HubSpot link's record id \"%1\" starts with 0").arg(segment.left(40));
    return {};
}

QString typeName(const QString &typeId)
{
    if (typeId == QStringLiteral("0-2") || typeId == QStringLiteral("companies"))
        return QStringLiteral("a company");
    if (typeId == QStringLiteral("0-3") || typeId == QStringLiteral("deals"))
        return QStringLiteral("a deal");
    if (typeId == QStringLiteral("0-5") || typeId == QStringLiteral("tickets"))
        return QStringLiteral("a ticket");
    return QStringLiteral("a ") + typeId.left(40);
}

} // namespace

HubSpotLink parseHubSpotLink(const QString &text)
{
    HubSpotLink link;
    QString withScheme = text;
    if (!text.contains(QStringLiteral("://")))
        withScheme = QStringLiteral("https://") + text;
    const QUrl url(withScheme, QUrl::TolerantMode);
    static const QRegularExpression appHost(QStringLiteral("^app(-[a-z0-9]+)?\\.hubspot(qa)?\\.com$"));
    const QString host = url.host().toLower();
    if (!url.isValid() || !appHost.match(host).hasMatch())
        return link; // not a HubSpot app link: somebody else's URL in the ticket
    link.isHubSpot = true;

    // The encoded path keeps invisible or odd characters visible as %XX, so they fail the digit checks.
    const QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 2 || segments[0] != QStringLiteral("contacts")) {
        link.problem = QStringLiteral("HubSpot link is not a record page");
        return link;
    }
    if (!isAsciiDigits(segments[1]) || !isHubSpotId(segments[1])) {
        link.problem = QStringLiteral("HubSpot link has no valid portal id");
        return link;
    }
    link.portalId = segments[1];
    const QString kind = segments.value(2);
    QString id;
    if (kind == QStringLiteral("contact")) {
        link.objectTypeId = QStringLiteral("0-1");
        id = segments.value(3);
    } else if (kind == QStringLiteral("record")) {
        const QString type = segments.value(3);
        static const QRegularExpression customType(QStringLiteral("^2-[1-9][0-9]{0,17}$"));
        if (type == QStringLiteral("0-1") || type == QStringLiteral("contacts")) {
            link.objectTypeId = QStringLiteral("0-1");
        } else if (customType.match(type).hasMatch()) {
            link.objectTypeId = type;
        } else if (type.isEmpty()) {
            link.problem = QStringLiteral("HubSpot link has no record type or id");
            return link;
        } else {
            link.problem = QStringLiteral("HubSpot link points to %1 record, not a contact or custom object").arg(typeName(type));
            return link;
        }
        id = segments.value(4);
    } else {
        link.problem = QStringLiteral("HubSpot link has no record id (not a contact or object record page)");
        return link;
    }
    link.problem = idProblem(id);
    if (link.problem.isEmpty())
        link.objectId = id;
    return link;
}

} // namespace credsync::targets
