#include "sqlvalue.h"

#include "jsonio.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace credsync::db {

std::optional<QString> textFromVariant(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
        return QString::number(value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        // Only a REAL that holds an integer exactly can be an id; anything else is shown as it is.
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QMetaType::QByteArray:
        return QString::fromUtf8(value.toByteArray());
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces);
    case QMetaType::QDateTime:
        return isoUtc(value.toDateTime());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

QDateTime utcFromDatabaseText(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression epoch(QStringLiteral("^[0-9]{9,12}(\\.[0-9]+)?$"));
    if (epoch.match(text).hasMatch())
        return QDateTime::fromMSecsSinceEpoch(qint64(text.toDouble() * 1000.0), QTimeZone::utc());

    // 2025-09-14 17:42:51.318204+00 → 2025-09-14T17:42:51.318+00:00
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return parseIsoTime(text);
    QString normalized = match.captured(1) + QLatin1Char('T') + (match.captured(2).isEmpty() ? QStringLiteral("00:00:00") : match.captured(2));
    if (match.captured(2).size() == 5)
        normalized += QStringLiteral(":00");
    if (!match.captured(3).isEmpty())
        normalized += QLatin1Char('.') + match.captured(3).left(3).leftJustified(3, QLatin1Char('0'));
    QString zone = match.captured(4).toUpper();
    if (zone.size() == 3)
        zone += QStringLiteral(":00");
    else if (zone.size() == 5)
        zone.insert(3, QLatin1Char(':'));
    normalized += zone.isEmpty() ? QStringLiteral("Z") : zone;
    return parseIsoTime(normalized);
}

Result<QVariant> bindableValue(ColumnStorage storage, const std::optional<QString> &text, const QString &column)
{
    if (storage == ColumnStorage::Integer) {
        if (!text)
            return QVariant(QMetaType::fromType<qlonglong>());
        bool ok = false;
        const QString trimmed = text->trimmed();
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,19}$"));
        const qlonglong number = trimmed.toLongLong(&ok);
        if (!ok || !integer.match(trimmed).hasMatch()) {
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("column %1 holds integers; \"%2\" is not an exact 64-bit integer").arg(column, text->left(40)),
                               QStringLiteral("db"));
        }
        return QVariant(number);
    }
    if (!text)
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(*text);
}

} // namespace credsync::db
