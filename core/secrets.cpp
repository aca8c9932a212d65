#include "secrets.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <memory>
#include <mutex>

#ifdef CREDSYNC_HAVE_KEYCHAIN
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

namespace credsync {

namespace {

constexpr int KeyringWaitMs = 3000;

Error missingError(const QString &envName, const QString &keyringKey, const QString &description, const QString &detail = {})
{
    QString message = QStringLiteral("%1 not found: set %2 or store it in the keyring (service %3, key %4)")
                          .arg(description, envName.isEmpty() ? QStringLiteral("its environment variable") : envName, KeyringService, keyringKey);
    if (!detail.isEmpty())
        message += QStringLiteral("; keyring: ") + detail;
    return Error::make(Error::Kind::Config, message, QStringLiteral("secrets"));
}

// A secret goes into an HTTP header or a connection string: a line break or other control character
// in it (a token file pasted with its newline, or an attempt to inject a header) must stop it here,
// naming where it came from and never showing the value.
std::optional<Error> controlCharacterIn(const QString &value, const QString &source, const QString &description)
{
    for (const QChar c : value) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f) {
            return Error::make(Error::Kind::Config,
                               QCoreApplication::translate("Secrets", "%1 from %2 contains a control character (such as a "
                                                                      "line break); it was not used. Store the value without it.")
                                   .arg(description, source),
                               QStringLiteral("secrets"));
        }
    }
    return std::nullopt;
}

std::optional<QString> fromEnvironment(const QString &envName)
{
    if (envName.isEmpty())
        return std::nullopt;
    const QString value = qEnvironmentVariable(envName.toLocal8Bit().constData());
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

// Without a session bus there is no Secret Service to ask; libdbus would otherwise try to autolaunch one.
bool sessionBusLooksReachable(QString *why)
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty()) {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus")))
            return true;
        *why = QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
        return false;
    }
    const QString prefix = QStringLiteral("unix:path=");
    if (address.startsWith(prefix)) {
        const QString path = address.mid(prefix.size()).section(QLatin1Char(','), 0, 0);
        if (!QFileInfo::exists(path)) {
            *why = QStringLiteral("the D-Bus session bus socket %1 does not exist").arg(path);
            return false;
        }
    }
    return true;
}

// What a keyring call ends with; filled by the worker thread, read by the waiting caller.
struct KeyringOutcome
{
    enum class Kind { Value, Missing, Unavailable, Failed } kind = Kind::Unavailable;
    QString value;
    QString detail;
};

struct KeyringState
{
    QSemaphore done;
    std::mutex mutex;
    KeyringOutcome outcome;
};

#ifdef CREDSYNC_HAVE_KEYCHAIN
// Asked with short timeouts, so a bus that never answers costs at most a second per question.
bool secretServiceAvailable(QString *why)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *why = QStringLiteral("cannot connect to the D-Bus session bus");
        return false;
    }
    const QStringList services = {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd6")};
    for (const QString &service : services) {
        QDBusMessage hasOwner = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                                               QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
        hasOwner << service;
        const QDBusMessage reply = bus.call(hasOwner, QDBus::Block, 1000);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() && reply.arguments().constFirst().toBool())
            return true;
    }
    QDBusMessage activatable = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                                              QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames"));
    const QDBusMessage reply = bus.call(activatable, QDBus::Block, 1000);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
        const QStringList names = reply.arguments().constFirst().toStringList();
        for (const QString &service : services) {
            if (names.contains(service))
                return true;
        }
    }
    *why = QStringLiteral("no Secret Service (org.freedesktop.secrets) or KWallet on the D-Bus session bus");
    return false;
}

KeyringOutcome runJob(bool write, const QString &key, const QString &value)
{
    QString why;
    if (!secretServiceAvailable(&why))
        return {KeyringOutcome::Kind::Unavailable, {}, why};
    std::unique_ptr<QKeychain::Job> job;
    if (write) {
        auto *writeJob = new QKeychain::WritePasswordJob(KeyringService);
        writeJob->setTextData(value);
        job.reset(writeJob);
    } else {
        job.reset(new QKeychain::ReadPasswordJob(KeyringService));
    }
    job->setAutoDelete(false);
    job->setKey(key);
    // This worker thread's only event loop: it delivers the job's D-Bus replies. It is not nested in
    // anything, and it gives up on its own so the thread always ends.
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished)
        return {KeyringOutcome::Kind::Unavailable, {}, QStringLiteral("the keyring did not answer")};
    switch (job->error()) {
    case QKeychain::NoError:
        return {KeyringOutcome::Kind::Value, write ? QString() : static_cast<QKeychain::ReadPasswordJob *>(job.get())->textData(), {}};
    case QKeychain::EntryNotFound:
        return {KeyringOutcome::Kind::Missing, {}, QStringLiteral("no entry")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {KeyringOutcome::Kind::Unavailable, {}, job->errorString()};
    default:
        return {KeyringOutcome::Kind::Failed, {}, job->errorString()};
    }
}
#endif

// Runs the keyring call on a worker thread and waits at most KeyringWaitMs: the caller never spins a
// nested event loop, and a keyring that hangs (a locked wallet, a bus that never answers) costs 3 s.
KeyringOutcome callKeyring(bool write, const QString &key, const QString &value)
{
#ifndef CREDSYNC_HAVE_KEYCHAIN
    Q_UNUSED(write)
    Q_UNUSED(key)
    Q_UNUSED(value)
    return {KeyringOutcome::Kind::Unavailable, {}, QStringLiteral("this build has no keyring support (QtKeychain)")};
#else
    QString why;
    if (!QCoreApplication::instance())
        return {KeyringOutcome::Kind::Unavailable, {}, QStringLiteral("no application instance")};
    if (!sessionBusLooksReachable(&why))
        return {KeyringOutcome::Kind::Unavailable, {}, why};
    auto state = std::make_shared<KeyringState>();
    QThread *thread = QThread::create([state, write, key, value] {
        KeyringOutcome outcome = runJob(write, key, value);
        {
            std::lock_guard<std::mutex> guard(state->mutex);
            state->outcome = std::move(outcome);
        }
        state->done.release();
    });
    thread->setObjectName(QStringLiteral("credsync-keyring"));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    if (!state->done.tryAcquire(1, KeyringWaitMs))
        return {KeyringOutcome::Kind::Unavailable, {}, QStringLiteral("the keyring did not answer within %1 s").arg(KeyringWaitMs / 1000)};
    std::lock_guard<std::mutex> guard(state->mutex);
    return state->outcome;
#endif
}

Result<QString> readFromKeyring(const QString &envName, const QString &keyringKey, const QString &description)
{
    if (keyringKey.isEmpty())
        return missingError(envName, QStringLiteral("(none)"), description);
    const KeyringOutcome outcome = callKeyring(false, keyringKey, {});
    switch (outcome.kind) {
    case KeyringOutcome::Kind::Value:
        if (!outcome.value.isEmpty()) {
            if (auto bad = controlCharacterIn(outcome.value, QStringLiteral("the keyring (key %1)").arg(keyringKey), description))
                return *bad;
            logging::registerSecret(outcome.value);
            return outcome.value;
        }
        return missingError(envName, keyringKey, description, QStringLiteral("the entry is empty"));
    case KeyringOutcome::Kind::Missing:
    case KeyringOutcome::Kind::Unavailable:
        return missingError(envName, keyringKey, description, outcome.detail);
    case KeyringOutcome::Kind::Failed:
        break;
    }
    return Error::make(Error::Kind::Auth,
                       QStringLiteral("%1: the keyring refused to read service %2, key %3 (%4); set %5 instead")
                           .arg(description, KeyringService, keyringKey, outcome.detail, envName),
                       QStringLiteral("secrets"));
}

} // namespace

QString describeSecret(const QString &envName)
{
    const QString upper = envName.toUpper();
    QString system;
    if (upper.contains(QStringLiteral("HUBSPOT")))
        system = QStringLiteral("HubSpot");
    else if (upper.contains(QStringLiteral("SENTRY")))
        system = QStringLiteral("Sentry");
    else if (upper.contains(QStringLiteral("LOKI")) || upper.contains(QStringLiteral("GRAFANA")))
        system = QStringLiteral("Loki");
    else if (upper.contains(QStringLiteral("DB")) || upper.contains(QStringLiteral("DATABASE")) || upper.contains(QStringLiteral("PG")))
        system = QStringLiteral("database");
    const QString kind = upper.contains(QStringLiteral("PASSWORD")) ? QStringLiteral("password") : upper.contains(QStringLiteral("TOKEN")) ? QStringLiteral("token") : QStringLiteral("secret");
    if (system.isEmpty())
        return QStringLiteral("Secret ") + envName;
    return system + QLatin1Char(' ') + kind;
}

Result<QString> readSecret(const QString &envName, const QString &keyringKey, const QString &description)
{
    const QString what = description.isEmpty() ? describeSecret(envName) : description;
    if (const auto value = fromEnvironment(envName)) {
        logging::registerSecret(*value);
        if (auto bad = controlCharacterIn(*value, envName, what))
            return *bad;
        return *value;
    }
    return readFromKeyring(envName, keyringKey, what);
}

void readSecretAsync(const QString &envName, const QString &keyringKey, QObject *context,
                     std::function<void(const Result<QString> &)> done, const QString &description)
{
    const QString what = description.isEmpty() ? describeSecret(envName) : description;
    if (const auto value = fromEnvironment(envName)) {
        logging::registerSecret(*value);
        Result<QString> checked = *value;
        if (auto bad = controlCharacterIn(*value, envName, what))
            checked = *bad;
        QTimer::singleShot(0, context, [done, checked] { done(checked); });
        return;
    }
    // The bounded wait happens on a pool thread; the answer comes back on the context's thread.
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([envName, keyringKey, what, guard, done] {
        const Result<QString> result = readFromKeyring(envName, keyringKey, what);
        if (guard)
            QMetaObject::invokeMethod(guard.data(), [done, result] { done(result); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

Status storeSecret(const QString &keyringKey, const QString &value)
{
    if (keyringKey.isEmpty() || value.isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("a keyring key and a non-empty secret are needed"), QStringLiteral("secrets"));
    logging::registerSecret(value);
    const KeyringOutcome outcome = callKeyring(true, keyringKey, value);
    if (outcome.kind == KeyringOutcome::Kind::Value)
        return Ok{};
    return Error::make(outcome.kind == KeyringOutcome::Kind::Failed ? Error::Kind::Auth : Error::Kind::Config,
                       QStringLiteral("cannot store the secret in the keyring (service %1, key %2): %3; set the environment variable instead")
                           .arg(KeyringService, keyringKey, outcome.detail),
                       QStringLiteral("secrets"));
}

} // namespace credsync
