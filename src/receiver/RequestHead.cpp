#include "receiver/RequestHead.h"

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || c == '(' || c == ')' || c == ',' || c == '/' || c == ':' || c == ';' || c == '<'
            || c == '=' || c == '>' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' || c == '{' || c == '}'
            || c == '"')
            return false;
    }
    return true;
}

bool hasControlCharacters(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 32 && c != '\t') || u == 127)
            return true;
    }
    return false;
}

} // namespace

QByteArray RequestHead::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qsizetype RequestHead::headEnd(QByteArrayView buffer, qsizetype searchFrom)
{
    const qsizetype at = buffer.indexOf(QByteArrayView("\r\n\r\n"), qMax<qsizetype>(0, searchFrom));
    return at < 0 ? -1 : at + 4;
}

bool RequestHead::hasBareLineFeed(QByteArrayView buffer, qsizetype searchFrom)
{
    for (qsizetype at = buffer.indexOf('\n', searchFrom); at >= 0; at = buffer.indexOf('\n', at + 1)) {
        if (at == 0 || buffer.at(at - 1) != '\r')
            return true;
    }
    return false;
}

RequestHead::Result RequestHead::parse(QByteArrayView head, int maxHeaderCount, RequestHead* out, int* status,
                                       QByteArray* reason)
{
    auto fail = [&](int code, const char* why) {
        *status = code;
        *reason = why;
        return Result::Error;
    };
    const qsizetype end = headEnd(head);
    if (end < 0)
        return Result::Incomplete;
    QByteArrayView rest = head.first(end - 2); // keep one CRLF after the last header line
    // Tolerate empty lines before the request line (RFC 9112 section 2.2).
    while (rest.startsWith("\r\n"))
        rest = rest.sliced(2);

    const qsizetype lineEnd = rest.indexOf("\r\n");
    const QByteArrayView requestLine = rest.first(lineEnd);
    rest = rest.sliced(lineEnd + 2);
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace)
        return fail(400, "malformed request line");
    out->method = requestLine.first(firstSpace).toByteArray();
    out->target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1).toByteArray();
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(out->method) || out->target.isEmpty() || out->target.contains(' ')
        || hasControlCharacters(out->target))
        return fail(400, "malformed request line");
    if (version == "HTTP/1.1")
        out->versionMinor = 1;
    else if (version == "HTTP/1.0")
        out->versionMinor = 0;
    else if (version.startsWith("HTTP/"))
        return fail(505, "only HTTP/1.0 and HTTP/1.1 are supported");
    else
        return fail(400, "malformed request line");

    QByteArray target = out->target;
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/'))
        return fail(400, "the request target must be a path");
    const qsizetype question = target.indexOf('?');
    out->path = question < 0 ? target : target.left(question);
    out->query = question < 0 ? QByteArray() : target.mid(question + 1);

    QByteArray connection;
    while (!rest.isEmpty()) {
        const qsizetype next = rest.indexOf("\r\n");
        const QByteArrayView line = rest.first(next);
        rest = rest.sliced(next + 2);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "folded header lines are not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, "malformed header line");
        if (out->headers.size() >= maxHeaderCount)
            return fail(431, "too many header fields");
        const QByteArray name = line.first(colon).toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (hasControlCharacters(value))
            return fail(400, "control characters in a header value");
        out->headers.append({name, value});

        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 length = ok ? value.toLongLong(&ok) : -1;
            if (!ok || (out->contentLength >= 0 && out->contentLength != length))
                return fail(400, "invalid Content-Length");
            out->contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            out->chunked = true;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, "only Expect: 100-continue is supported");
            out->expectContinue = true;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            connection += value.toLower() + ',';
        }
    }
    if (out->versionMinor == 0)
        out->keepAlive = connection.contains("keep-alive");
    else
        out->keepAlive = !connection.contains("close");
    return Result::Complete;
}
