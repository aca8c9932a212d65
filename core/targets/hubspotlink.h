#pragma once
// HubSpot record page links, as people copy them from the browser's address bar.
#include <QString>

#include <optional>

namespace credsync::targets {

struct HubSpotLink
{
    bool isHubSpot = false;  // false: some other site's link, not ours to judge
    QString portalId;
    QString objectTypeId;    // "0-1" for contacts, "2-N" for custom objects
    QString objectId;
    QString problem;         // non-empty: a HubSpot link that does not name a usable record
};

// Parses https://app[-eu1].hubspot.com/contacts/{portal}/record/{type}/{id}[/...] and the legacy
// /contacts/{portal}/contact/{id}; the scheme may be missing.
HubSpotLink parseHubSpotLink(const QString &url);

} // namespace credsync::targets
