#pragma once
// Secrets (API tokens, database passwords) come from an environment variable, else from the OS keyring
// (QtKeychain, service "credsync"), never from the profile file. Every secret read is registered with
// logging so that no log line can carry it.
#include "result.h"

#include <QString>

#include <functional>

class QObject;

namespace credsync {

inline const QString KeyringService = QStringLiteral("credsync");

// Environment first; then the keyring, waiting at most 3 s on a worker thread (never a nested event
// loop, never a hang when there is no D-Bus session bus or no Secret Service on it). Missing →
// Error::Kind::Config "HubSpot token not found: set CREDSYNC_HUBSPOT_TOKEN or store it in the keyring
// (service credsync, key hubspot-token)". `description` names the secret in that message; empty means
// derived from the variable's name ("HubSpot token", "database password", ...).
Result<QString> readSecret(const QString &envName, const QString &keyringKey, const QString &description = {});

// The same without blocking, for the GUI: `done` runs on `context`'s thread (not before this returns).
void readSecretAsync(const QString &envName, const QString &keyringKey, QObject *context,
                     std::function<void(const Result<QString> &)> done, const QString &description = {});

// Stores a secret in the keyring (the GUI's profile editor). A clear Config error when no keyring is
// available, telling the user to set the environment variable instead.
Status storeSecret(const QString &keyringKey, const QString &value);

// "HubSpot token" for CREDSYNC_HUBSPOT_TOKEN, "database password" for CREDSYNC_DB_PASSWORD, ...
QString describeSecret(const QString &envName);

} // namespace credsync
