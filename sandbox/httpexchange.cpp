#include "sandbox/httpexchange.h"

#include <nlohmann/json.hpp>

namespace credsync::sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {
QString decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

QString HttpRequest::queryValue(const QString &key) const
{
    for (const QByteArray &item : rawQuery.split('&')) {
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        if (decodeComponent(name) == key)
            return equals < 0 ? QString() : decodeComponent(item.mid(equals + 1));
    }
    return {};
}

QStringList HttpRequest::queryValues(const QString &key) const
{
    QStringList values;
    for (const QByteArray &item : rawQuery.split('&')) {
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        if (!item.isEmpty() && decodeComponent(name) == key)
            values << (equals < 0 ? QString() : decodeComponent(item.mid(equals + 1)));
    }
    return values;
}

bool HttpRequest::hasQuery(const QString &key) const
{
    for (const QByteArray &item : rawQuery.split('&')) {
        const qsizetype equals = item.indexOf('=');
        if (decodeComponent(equals < 0 ? item : item.left(equals)) == key)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, const nlohmann::json &body)
{
    HttpResponse response;
    response.status = status;
    response.body = QByteArray::fromStdString(body.dump());
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8";
    response.body = body;
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

} // namespace credsync::sandbox
