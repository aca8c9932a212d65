#include "logging.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <map>
#include <string>
#include <vector>

namespace credsync::logging {
namespace {

struct Registry
{
    QMutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    std::map<std::string, std::shared_ptr<spdlog::logger>> loggers;
    QStringList secrets;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// Redacts every formatted line before it reaches the wrapped sink.
class RedactingSink : public spdlog::sinks::sink
{
public:
    explicit RedactingSink(spdlog::sink_ptr inner) : m_inner(std::move(inner)) {}
    void log(const spdlog::details::log_msg &msg) override
    {
        const QString original = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
        const std::string clean = redact(original).toStdString();
        spdlog::details::log_msg copy = msg;
        copy.payload = clean;
        m_inner->log(copy);
    }
    void flush() override { m_inner->flush(); }
    void set_pattern(const std::string &pattern) override { m_inner->set_pattern(pattern); }
    void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override
    {
        m_inner->set_formatter(std::move(formatter));
    }

private:
    spdlog::sink_ptr m_inner;
};

std::shared_ptr<spdlog::logger> loggerFor(const std::string &name)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto it = r.loggers.find(name);
    if (it != r.loggers.end())
        return it->second;
    std::shared_ptr<spdlog::logger> logger;
    if (r.sinks.empty())
        logger = std::make_shared<spdlog::logger>(name, std::make_shared<spdlog::sinks::null_sink_mt>());
    else
        logger = std::make_shared<spdlog::logger>(name, r.sinks.begin(), r.sinks.end());
    logger->set_level(spdlog::level::trace);
    r.loggers.emplace(name, logger);
    return logger;
}

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Trace: return spdlog::level::trace;
    case Level::Debug: return spdlog::level::debug;
    case Level::Info: return spdlog::level::info;
    case Level::Warn: return spdlog::level::warn;
    case Level::Error: return spdlog::level::err;
    case Level::Off: return spdlog::level::off;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    auto logger = get("qt");
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: logger->debug(text); break;
    case QtInfoMsg: logger->info(text); break;
    case QtWarningMsg: logger->warn(text); break;
    case QtCriticalMsg:
    case QtFatalMsg: logger->error(text); break;
    }
}

} // namespace

void init(Level stderrLevel, const QString &file)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.sinks.clear();
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(toSpd(stderrLevel));
    console->set_pattern("%^%l%$ [%n] %v");
    r.sinks.push_back(std::make_shared<RedactingSink>(console));
    r.sinks.back()->set_level(toSpd(stderrLevel));
    if (!file.isEmpty()) {
        // The command line checks the file first (exit 2 with a clear message); should it still fail
        // here (removed in between), the console goes on without the file rather than aborting.
        try {
            auto fileSink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(file.toStdString());
            fileSink->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l [%n] %v");
            auto redacting = std::make_shared<RedactingSink>(fileSink);
            redacting->set_level(spdlog::level::debug);
            r.sinks.push_back(redacting);
        } catch (const std::exception &error) {
            r.sinks.front()->log(spdlog::details::log_msg("log", spdlog::level::err,
                                                          std::string("cannot write the log file: ") + error.what()));
        }
    }
    for (auto &[name, logger] : r.loggers) {
        logger->sinks().assign(r.sinks.begin(), r.sinks.end());
    }
}

void installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

std::shared_ptr<spdlog::logger> net() { return loggerFor("net"); }
std::shared_ptr<spdlog::logger> db() { return loggerFor("db"); }
std::shared_ptr<spdlog::logger> ui() { return loggerFor("ui"); }
std::shared_ptr<spdlog::logger> fix() { return loggerFor("fix"); }
std::shared_ptr<spdlog::logger> get(const char *name) { return loggerFor(name); }

void registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return; // too short to mask without mangling ordinary text
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (!r.secrets.contains(secret))
        r.secrets << secret;
}

QString redact(const QString &text)
{
    QString out = text;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        for (const QString &secret : std::as_const(r.secrets))
            out.replace(secret, QStringLiteral("***"));
    }
    static const QRegularExpression bearer(QStringLiteral(R"((Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1 ***"));
    static const QRegularExpression userinfo(QStringLiteral(R"(([a-z][a-z0-9+.-]*://)([^/@\s:]+):([^/@\s]+)@)"),
                                             QRegularExpression::CaseInsensitiveOption);
    out.replace(userinfo, QStringLiteral("\\1\\2:***@"));
    static const QRegularExpression tokenQuery(
        QStringLiteral(R"(([?&](?:token|access_token|hapikey|password|api_key)=)[^&\s]+)"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(tokenQuery, QStringLiteral("\\1***"));
    return out;
}

} // namespace credsync::logging
