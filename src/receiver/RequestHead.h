#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// The request line and headers of one HTTP/1.x request, parsed by the guard before Qt HTTP Server
// sees the request. Only what the checks need; the body is never part of it.
struct RequestHead
{
    enum class Result
    {
        Incomplete,
        Complete,
        Error
    };

    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray path; // target without the query
    QByteArray query; // without '?'
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1; // -1: no Content-Length header
    bool chunked = false; // any Transfer-Encoding
    bool expectContinue = false;
    bool keepAlive = true; // false for HTTP/1.0 without keep-alive and for Connection: close

    QByteArray header(QByteArrayView name) const; // first value, case-insensitive name

    // Parses a complete head (ending with CRLF CRLF). On Error, *status and *reason say why.
    static Result parse(QByteArrayView head, int maxHeaderCount, RequestHead* out, int* status, QByteArray* reason);
    // Position just past the blank line ending the head, or -1 when not there yet.
    static qsizetype headEnd(QByteArrayView buffer, qsizetype searchFrom = 0);
    // Whether a line in the buffer ends with LF alone (looked for from searchFrom on).
    static bool hasBareLineFeed(QByteArrayView buffer, qsizetype searchFrom = 0);
};
