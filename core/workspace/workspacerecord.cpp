#include "workspacerecord.h"

#include "../clock.h"

#include <QSqlError>

namespace credsync::workspace::record {

QString nowText()
{
    return clock::nowUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

Error databaseError(const QString &store, const QString &what, const QSqlError &error)
{
    return Error::make(Error::Kind::Database, QStringLiteral("%1: %2: %3").arg(store, what, error.text()), QStringLiteral("workspace"));
}

} // namespace credsync::workspace::record
