#pragma once
// Placeholder until the sandbox lands (its owner replaces this file).
#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace credsync::sandbox {
struct DemoOptions
{
    QDateTime now;
    quint16 port = 0;
    QString dataDir;
    QString worldFile;
};
class DemoEnvironment : public QObject
{
public:
    explicit DemoEnvironment(QObject *parent = nullptr) : QObject(parent) {}
    bool start(const DemoOptions &, QString *error)
    {
        if (error)
            *error = QStringLiteral("the sandbox is not in this build yet");
        return false;
    }
    QByteArray profileJson() const { return {}; }
    void exportSecretsToEnvironment() const {}
};
} // namespace credsync::sandbox
