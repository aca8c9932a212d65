#include "watchnotification.h"

#include <QCoreApplication>

namespace credsync::scans {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct WatchNotificationText
{
    Q_DECLARE_TR_FUNCTIONS(WatchNotification)
};

nlohmann::json therapistJson(const RecordedTherapist &therapist, bool showEmails)
{
    nlohmann::json codes = nlohmann::json::array();
    for (const QString &code : therapist.codes)
        codes.push_back(code.toStdString());
    return {{"therapist_id", therapist.key.toStdString()},
            {"contact_id", therapist.contactId.toStdString()},
            {"name", therapist.name.toStdString()},
            {"email", (showEmails ? therapist.email : redactEmail(therapist.email)).toStdString()},
            {"codes", codes}};
}

} // namespace

QStringList watchedCodes()
{
    return {FindingCode::DuplicateRun, FindingCode::RapidIdChanges};
}

std::optional<nlohmann::json> notificationFor(const ScanDiff &diff, const QString &profileName, bool showEmails)
{
    nlohmann::json newlyBroken = nlohmann::json::array();
    for (const TherapistChange &change : diff.newlyBroken)
        newlyBroken.push_back(therapistJson(change.now, showEmails));
    nlohmann::json appeared = nlohmann::json::object();
    QStringList lines;
    for (const QString &code : watchedCodes()) {
        const auto found = diff.appeared.find(code);
        if (found == diff.appeared.end() || found->second.empty())
            continue;
        nlohmann::json list = nlohmann::json::array();
        QStringList contacts;
        for (const RecordedTherapist &therapist : found->second) {
            list.push_back(therapistJson(therapist, showEmails));
            contacts << therapist.contactId;
        }
        appeared[code.toStdString()] = list;
        lines << WatchNotificationText::tr("%1 appeared on %n therapist(s): %2", nullptr, int(found->second.size())).arg(code, contacts.join(QStringLiteral(", ")));
    }
    if (newlyBroken.empty() && appeared.empty())
        return std::nullopt;
    QStringList text;
    if (!diff.newlyBroken.empty()) {
        QStringList who;
        for (const TherapistChange &change : diff.newlyBroken) {
            if (who.size() == 10) {
                who << WatchNotificationText::tr("and %1 more").arg(diff.newlyBroken.size() - 10);
                break;
            }
            who << WatchNotificationText::tr("%1 (%2: %3)").arg(change.now.name, change.now.contactId, change.now.codes.join(QStringLiteral(", ")));
        }
        text << WatchNotificationText::tr("CredSync (%1): %2 therapist(s) newly broken since the last scan: %3")
                    .arg(profileName)
                    .arg(diff.newlyBroken.size())
                    .arg(who.join(QStringLiteral("; ")));
    } else {
        text << WatchNotificationText::tr("CredSync (%1): findings the backend team watches for appeared.").arg(profileName);
    }
    text << lines;
    return nlohmann::json{{"text", text.join(QLatin1Char('\n')).toStdString()},
                          {"profile", profileName.toStdString()},
                          {"scan_id", diff.currentId},
                          {"previous_scan_id", diff.previousId ? nlohmann::json(diff.previousId) : nlohmann::json()},
                          {"newly_broken", newlyBroken},
                          {"appeared", appeared}};
}

} // namespace credsync::scans
