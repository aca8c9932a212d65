#include "testsupport.h"

#include <QFile>

namespace credsync::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(CREDSYNC_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace credsync::test
