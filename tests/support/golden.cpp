#include "golden.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace credsync::test {

QString compareWithGolden(const QString &relative, const QByteArray &actual)
{
    const QString path = dataPath(relative);
    if (qEnvironmentVariableIntValue("CREDSYNC_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write golden file %1").arg(path);
        file.write(actual);
        return {};
    }
    const QByteArray expected = readData(relative);
    if (expected.isNull() && !QFileInfo::exists(path))
        return QStringLiteral("golden file %1 is missing (run with CREDSYNC_UPDATE_GOLDEN=1 to create it)").arg(path);
    if (expected == actual)
        return {};
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        const QByteArray w = i < want.size() ? want[i] : QByteArray("<end of file>");
        const QByteArray g = i < got.size() ? got[i] : QByteArray("<end of file>");
        if (w != g)
            return QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                .arg(relative).arg(i + 1).arg(QString::fromUtf8(w), QString::fromUtf8(g));
    }
    return QStringLiteral("%1 differs (line endings?)").arg(relative);
}

} // namespace credsync::test
