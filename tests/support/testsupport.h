#pragma once
// Shared helpers for the QtTest executables.
#include <QString>

namespace credsync::test {
// A fixture file under tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);
} // namespace credsync::test
