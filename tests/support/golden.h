#pragma once
// Golden-file comparison for text outputs. CREDSYNC_UPDATE_GOLDEN=1 rewrites the files instead of
// comparing (review the diff before committing); otherwise the first differing line is reported.
#include <QString>

namespace credsync::test {

// Returns an empty string when actual equals tests/data/<relative>, else a message naming the first
// differing line.
QString compareWithGolden(const QString &relative, const QByteArray &actual);

} // namespace credsync::test

#define CREDSYNC_COMPARE_GOLDEN(relative, actual)                                                              \
    do {                                                                                                       \
        const QString goldenMessage = credsync::test::compareWithGolden(relative, actual);                    \
        if (!goldenMessage.isEmpty())                                                                          \
            QFAIL(qPrintable(goldenMessage));                                                                  \
    } while (false)
