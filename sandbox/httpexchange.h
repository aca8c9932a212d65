#pragma once
// What the vendor handlers see and produce: a request stripped of the server's types and a response
// that the server writes (or delays, or drops). Keeping them plain lets each vendor's handler be a
// pure function of (request, world), testable without sockets.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace credsync::sandbox {

struct HttpRequest
{
    QByteArray method;   // "GET", "POST", …
    QString path;        // decoded path, no query
    QByteArray rawQuery; // as sent, still percent-encoded
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // A query item decoded as servers do for forms: "+" is a space, then percent-decoding.
    QString queryValue(const QString &key) const;
    // Every value of a repeated query item (`?properties=a&properties=b`), in order.
    QStringList queryValues(const QString &key) const;
    bool hasQuery(const QString &key) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json;charset=utf-8";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    bool dropConnection = false; // close the socket without answering
    int delayMs = 0;

    static HttpResponse json(int status, const nlohmann::json &body);
    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse empty(int status);
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.emplace_back(name, value); }
};

} // namespace credsync::sandbox
