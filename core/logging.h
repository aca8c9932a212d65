#pragma once
// One spdlog logger per subsystem over shared sinks. Before initLogging() every logger writes to a
// null sink, so tests and early code never crash. Secrets are redacted before any sink sees a line.
#include <QString>

#include <memory>

#include <spdlog/logger.h>

namespace credsync::logging {

enum class Level { Trace, Debug, Info, Warn, Error, Off };

// stderrLevel: what reaches the terminal; file: optional path that receives Debug and above.
void init(Level stderrLevel, const QString &file = {});
// Routes qDebug/qWarning/... into the "qt" logger.
void installQtMessageHandler();

std::shared_ptr<spdlog::logger> net();
std::shared_ptr<spdlog::logger> db();
std::shared_ptr<spdlog::logger> ui();
std::shared_ptr<spdlog::logger> fix();
std::shared_ptr<spdlog::logger> get(const char *name);

// Registers a secret value; every later log line has it replaced by "***".
void registerSecret(const QString &secret);
// Masks registered secrets, "Bearer …" tokens, basic-auth userinfo in URLs and token-like query items.
QString redact(const QString &text);

} // namespace credsync::logging
