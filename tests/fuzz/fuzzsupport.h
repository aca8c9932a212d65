#pragma once
// Small helpers shared by the fuzz targets: libFuzzer hands raw bytes; the parsers take Qt types.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace credsync::fuzz {

// A deep copy: the parsers may keep views into their input, and libFuzzer reuses its buffer.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Invalid UTF-8 becomes U+FFFD, as it does for text read from a paste or a log stream.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace credsync::fuzz
