#pragma once
// Turns a profile's JSON into a Profile, validating as it goes. Every error names the key path and what
// was expected, because the person reading it is editing that file by hand.
#include "profile.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace credsync {

class ProfileParser
{
public:
    // sourceName prefixes every message ("profile.json: hubspot.base_url: ...").
    static Result<Profile> parse(const QByteArray &json, const QString &sourceName);

private:
    using Json = nlohmann::ordered_json;

    explicit ProfileParser(QString sourceName) : m_sourceName(std::move(sourceName)) {}

    bool fail(const QString &path, const QString &message);
    static QString describe(const Json &value);

    // Readers: absent or null keys leave the target untouched; a wrong type records an error.
    bool readString(const Json &object, const char *key, const QString &path, QString &out, bool required = false);
    bool readBool(const Json &object, const char *key, const QString &path, bool &out);
    bool readInt(const Json &object, const char *key, const QString &path, int &out, int minimum, int maximum);
    bool readHttpUrl(const Json &object, const char *key, const QString &path, QUrl &out);
    bool readStringList(const Json &object, const char *key, const QString &path, QStringList &out);
    const Json *readObject(const Json &object, const char *key, const QString &path, bool required = false);

    bool rejectLiteralSecrets(const Json &value, const QString &path);
    bool parseHubSpot(const Json &root, Profile &profile);
    bool parseObjects(const Json &root, Profile &profile);
    bool parseObject(const Json &value, const QString &path, ObjectTypeProfile &object);
    bool parseDatabase(const Json &root, Profile &profile);
    bool parseLoki(const Json &root, Profile &profile);
    bool parseSentry(const Json &root, Profile &profile);
    bool parseResync(const Json &root, Profile &profile);
    bool parseRest(const Json &root, Profile &profile);
    bool checkColumnsDistinct(const Profile &profile);

    QString m_sourceName;
    std::optional<Error> m_error;
};

} // namespace credsync
