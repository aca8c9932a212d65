#pragma once
// `credsync lock list|release`: the therapist locks of the profile's database, for the operator.
#include <QStringList>

namespace credsync::app {
int runLockCommand(const QStringList &arguments);
} // namespace credsync::app
