#pragma once
// Small checks the profile parser applies, kept apart so the parser reads as the file's structure.
#include "profile.h"

#include <QString>

#include <optional>
#include <string>
#include <utility>

namespace credsync::profilechecks {

QString keyPath(const QString &parent, const char *key);   // "hubspot" + "base_url" → "hubspot.base_url"
QString indexPath(const QString &parent, std::size_t index); // "objects" + 0 → "objects[0]"
bool isEnvName(const QString &name);
bool isPlausibleColumn(const QString &name);
bool isSecretKey(const std::string &key);
// The first column used twice (key path, message), if any.
std::optional<std::pair<QString, QString>> findDuplicateColumn(const Profile &profile);

} // namespace credsync::profilechecks
