// The sandbox's world loader, through its real entry point (loadWorldFile reads a path), then the
// loaded world is written back out as the sandbox does when it saves one.
#include "fuzzsupport.h"

#include "sandbox/world.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // One file per process, rewritten for each input; removed with the directory at exit.
    static QTemporaryDir directory(QDir::tempPath() + QStringLiteral("/credsync-fuzz-world-XXXXXX"));
    static const QString path = directory.filePath(QStringLiteral("world.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    credsync::sandbox::World world;
    std::string error;
    if (credsync::sandbox::loadWorldFile(path.toStdString(), world, &error)) {
        (void)nlohmann::json(world).dump(1);
    } else if (error.empty()) {
        std::abort(); // a refused world file must say why
    }
    return 0;
}
