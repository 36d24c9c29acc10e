#include "forward/HttpResponseReader.h"

#include <QList>

namespace {

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// The comma-separated elements of a header value, trimmed and lower-cased.
QList<QByteArray> elements(QByteArrayView value)
{
    QList<QByteArray> result;
    for (const QByteArray& part : value.toByteArray().split(',')) {
        const QByteArray element = part.trimmed().toLower();
        if (!element.isEmpty())
            result.append(element);
    }
    return result;
}

// "HTTP/1.1 200 OK": the version, a three-digit code, then a space and a reason or nothing.
bool readStatusLine(QByteArrayView line, int* status, bool* http10)
{
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return false;
    const QByteArrayView code = line.sliced(9, 3);
    if (!isDigits(code) || code.at(0) < '1' || code.at(0) > '5' || (line.size() > 12 && line.at(12) != ' '))
        return false;
    *status = code.toInt();
    *http10 = line.at(7) == '0';
    return line.at(7) >= '0' && line.at(7) <= '9';
}

} // namespace

HttpResponseReader::HttpResponseReader(qsizetype maxBodyBytes)
    : m_maxBodyBytes(maxBodyBytes)
{ }

HttpResponseReader::State HttpResponseReader::feed(QByteArrayView data)
{
    if (!data.isEmpty() && m_state != State::Failed)
        m_started = true;
    while (!data.isEmpty() && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            if (!readHead(data))
                break;
        } else {
            readBody(data);
        }
    }
    if (m_state == State::Done && !data.isEmpty())
        m_keepAlive = false; // more than was asked for: do not trust what follows on this connection
    return m_state;
}

HttpResponseReader::State HttpResponseReader::closed()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        m_keepAlive = false;
        m_state = State::Done;
    } else if (m_state == State::Head || m_state == State::Body) {
        fail(m_started ? tr("The target closed the connection before its answer was complete.")
                       : tr("The target closed the connection without answering."));
    }
    return m_state;
}

bool HttpResponseReader::takeLine(QByteArrayView& data, QByteArray* line)
{
    const qsizetype end = data.indexOf('\n');
    const qsizetype taken = end < 0 ? data.size() : end + 1;
    m_headBytes += taken;
    if (m_headBytes > maxHeadBytes) {
        fail(tr("The target's answer has a head longer than %1 KiB.").arg(maxHeadBytes / 1024));
        return false;
    }
    m_pending.append(data.first(taken));
    data = data.sliced(taken);
    if (end < 0)
        return false;
    m_pending.chop(1);
    if (m_pending.endsWith('\r'))
        m_pending.chop(1);
    *line = std::move(m_pending);
    m_pending.clear();
    return true;
}

// One line of the head at a time; true when the head is complete or failed (the state says which).
bool HttpResponseReader::readHead(QByteArrayView& data)
{
    QByteArray line;
    while (takeLine(data, &line)) {
        if (!m_statusRead) {
            if (!readStatusLine(line, &m_status, &m_http10)) {
                fail(tr("The target did not answer in HTTP/1.1."));
                return true;
            }
            m_keepAlive = !m_http10;
            m_statusRead = true;
            continue;
        }
        if (line.isEmpty()) {
            if (m_status >= 100 && m_status < 200 && m_status != 101) {
                // An interim answer (100 Continue, 103 Early Hints): the real one follows.
                m_statusRead = false; // the head limit counts the interim heads too
                m_status = 0;
                m_contentLength = -1;
                m_chunked = m_otherCoding = false;
                continue;
            }
            return startBody();
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header: ignored, as browsers do
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue; // a folded line (obsolete): it names nothing
        const QByteArray name = line.first(colon).toLower(); // "Content-Length :" is not Content-Length
        const QByteArrayView value = QByteArrayView(line).sliced(colon + 1).trimmed();
        if (name == "content-length") {
            const QByteArray text = value.toByteArray();
            if (!isDigits(text) || text.size() > 15 || (m_contentLength >= 0 && m_contentLength != text.toLongLong())) {
                fail(tr("The target's answer has an invalid Content-Length."));
                return true;
            }
            m_contentLength = text.toLongLong();
        } else if (name == "transfer-encoding") {
            const QList<QByteArray> codings = elements(value);
            if (!codings.isEmpty()) {
                m_chunked = codings.last() == "chunked";
                m_otherCoding = !m_chunked;
            }
        } else if (name == "connection") {
            const QList<QByteArray> options = elements(value);
            if (options.contains("close"))
                m_keepAlive = false;
            else if (m_http10 && options.contains("keep-alive"))
                m_keepAlive = true;
        }
    }
    return m_state != State::Head;
}

bool HttpResponseReader::startBody()
{
    m_headBytes = 0;
    if (m_status == 101 || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        m_keepAlive = m_keepAlive && m_status != 101;
        m_state = State::Done;
    } else if (m_chunked) {
        m_framing = Framing::Chunked;
        if (m_contentLength >= 0)
            m_keepAlive = false; // both framings (RFC 9112 §6.3): read as chunked, but the connection is suspect
        m_chunkPart = ChunkPart::Size;
        m_state = State::Body;
    } else if (m_otherCoding) {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
        m_state = State::Body;
    } else if (m_contentLength >= 0) {
        m_framing = Framing::Length;
        m_remaining = m_contentLength;
        m_state = m_remaining == 0 ? State::Done : State::Body;
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
        m_state = State::Body;
    }
    return true;
}

void HttpResponseReader::keep(QByteArrayView bytes)
{
    const qsizetype room = m_maxBodyBytes - m_body.size();
    m_body.append(bytes.first(qMin(room, bytes.size())));
    if (bytes.size() > room) {
        m_truncated = true; // the rest is not read: the answer is as complete as it will be
        m_state = State::Done;
    }
}

void HttpResponseReader::readBody(QByteArrayView& data)
{
    switch (m_framing) {
    case Framing::None:
        m_state = State::Done;
        return;
    case Framing::UntilClose:
        keep(data);
        data = {};
        return;
    case Framing::Length: {
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, data.size()));
        keep(data.first(take));
        data = data.sliced(take);
        m_remaining -= take;
        if (m_remaining == 0 && m_state == State::Body)
            m_state = State::Done;
        return;
    }
    case Framing::Chunked:
        while (!data.isEmpty() && m_state == State::Body && readChunked(data)) { }
        return;
    }
}

// One step of a chunked body; false when it needs more bytes.
bool HttpResponseReader::readChunked(QByteArrayView& data)
{
    QByteArray line;
    switch (m_chunkPart) {
    case ChunkPart::Size: {
        if (!takeLine(data, &line))
            return false;
        const qsizetype extension = line.indexOf(';');
        const QByteArray digits = (extension < 0 ? line : line.first(extension)).trimmed();
        bool ok = false;
        const qint64 size = digits.toLongLong(&ok, 16);
        if (!ok || digits.size() > 15 || digits.startsWith('-') || digits.startsWith('+') || digits.startsWith("0x")
            || digits.startsWith("0X")) {
            fail(tr("The target's answer has an invalid chunk size."));
            return false;
        }
        m_remaining = size;
        m_headBytes = 0; // each framing line and the trailers have the head's limit
        m_chunkPart = size == 0 ? ChunkPart::Trailer : ChunkPart::Data;
        return true;
    }
    case ChunkPart::Data: {
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, data.size()));
        keep(data.first(take));
        data = data.sliced(take);
        m_remaining -= take;
        if (m_remaining == 0)
            m_chunkPart = ChunkPart::DataEnd;
        return m_state == State::Body;
    }
    case ChunkPart::DataEnd:
        if (!takeLine(data, &line))
            return false;
        if (!line.isEmpty()) {
            fail(tr("The target's answer has an invalid chunk size."));
            return false;
        }
        m_chunkPart = ChunkPart::Size;
        return true;
    case ChunkPart::Trailer:
        if (!takeLine(data, &line))
            return false;
        if (line.isEmpty())
            m_state = State::Done;
        return true;
    }
    return false;
}

void HttpResponseReader::fail(const QString& error)
{
    m_state = State::Failed;
    m_keepAlive = false;
    m_error = error;
}
