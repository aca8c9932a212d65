#pragma once
// Converting between QtSql values and the console's exact strings: ids must survive BIGINT, INTEGER,
// NUMERIC and TEXT columns without passing through double, and times come back as UTC.
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace credsync::db {

// How a column stores its values, which decides how values are bound when writing.
enum class ColumnStorage { Integer, Text, Other };

// A database value as exact text; std::nullopt for NULL. Integers never go through double.
std::optional<QString> textFromVariant(const QVariant &value);

// PostgreSQL timestamp/timestamptz text (the session runs in UTC), SQLite ISO text with or without a
// zone and with any number of fractional digits, or Unix seconds. A time without a zone is UTC.
QDateTime utcFromDatabaseText(const QString &text);

// The value to bind for `text` in a column of this storage; a Validation error when an integer column
// is given something that is not an exact 64-bit integer.
Result<QVariant> bindableValue(ColumnStorage storage, const std::optional<QString> &text, const QString &column);

} // namespace credsync::db
