#include "extrasettings.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace credsync::reports {

namespace {

Error settingError(const QString &text)
{
    return Error::make(Error::Kind::Config, text, QStringLiteral("profile"));
}

Status readInt(const nlohmann::json &root, const char *section, const char *key, int low, int high, int &out)
{
    const auto object = root.find(section);
    if (object == root.end() || !object->is_object())
        return Ok{};
    const auto value = object->find(key);
    if (value == object->end() || value->is_null())
        return Ok{};
    const QString path = QStringLiteral("%1.%2").arg(QLatin1String(section), QLatin1String(key));
    if (!value->is_number_integer() || value->get<qint64>() < low || value->get<qint64>() > high)
        return settingError(QCoreApplication::translate("ExtraSettings", "%1: expected a whole number from %2 to %3, got %4")
                                .arg(path).arg(low).arg(high).arg(QString::fromStdString(value->dump())));
    out = int(value->get<qint64>());
    return Ok{};
}

Status readBool(const nlohmann::json &root, const char *section, const char *key, bool &out)
{
    const auto object = root.find(section);
    if (object == root.end() || !object->is_object())
        return Ok{};
    const auto value = object->find(key);
    if (value == object->end() || value->is_null())
        return Ok{};
    if (!value->is_boolean())
        return settingError(QCoreApplication::translate("ExtraSettings", "%1.%2: expected true or false, got %3")
                                .arg(QLatin1String(section), QLatin1String(key), QString::fromStdString(value->dump())));
    out = value->get<bool>();
    return Ok{};
}

} // namespace

Result<ExtraSettings> extraSettingsFromJson(const QByteArray &json)
{
    ExtraSettings settings;
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json.constBegin(), json.constEnd());
    } catch (const std::exception &) {
        return settings; // the profile parser already reported what is wrong with the file
    }
    if (!root.is_object())
        return settings;
    if (Status s = readInt(root, "backend", "id_pull_delay_seconds", 0, 86400, settings.idPullDelaySeconds); !s)
        return s.error();
    if (Status s = readBool(root, "notifications", "include_emails", settings.notificationEmails); !s)
        return s.error();
    if (Status s = readInt(root, "fixes", "plan_lifetime_hours", 1, 24 * 30, settings.planLifetimeHours); !s)
        return s.error();
    return settings;
}

Result<ExtraSettings> extraSettings(const Profile &profile)
{
    if (profile.path.isEmpty())
        return ExtraSettings{};
    QFile file(profile.path);
    if (!file.open(QIODevice::ReadOnly))
        return ExtraSettings{};
    return extraSettingsFromJson(file.readAll());
}

} // namespace credsync::reports
