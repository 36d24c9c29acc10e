#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Reads one HTTP/1.x answer as its bytes arrive, in pieces of any size: the status line, the headers, then the body
// framed as RFC 9112 §6.3 says for an answer to a POST: chunked transfer coding, Content-Length, or the end of the
// connection. Interim (1xx) answers are skipped. Liberal where it costs nothing (a bare LF ends a line, header
// names in any case); a head over maxHeadBytes, a bad status line, a bad Content-Length or chunk size fail it.
// Keeps the first maxBodyBytes of the body: once that is reached the answer is complete and truncated, and the
// connection cannot carry another request (the rest of the body was not read).
class HttpResponseReader
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseReader)

public:
    enum class State
    {
        Head,
        Body,
        Done,
        Failed
    };

    explicit HttpResponseReader(qsizetype maxBodyBytes);

    // Consumes what arrived. Bytes after a complete answer are an error of the peer (nothing was asked for); they
    // are ignored and the connection is not kept.
    State feed(QByteArrayView data);
    // The peer closed the connection: completes a body that runs to the close, fails anything else.
    State closed();

    State state() const { return m_state; }
    bool started() const { return m_started; } // any byte of an answer arrived
    int status() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    bool bodyTruncated() const { return m_truncated; }
    bool keepAlive() const { return m_state == State::Done && m_keepAlive && !m_truncated; }
    QString error() const { return m_error; } // translated; set when Failed

    static constexpr qsizetype maxHeadBytes = 64 * 1024;

private:
    enum class Framing
    {
        None,
        Length,
        Chunked,
        UntilClose
    };
    enum class ChunkPart
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };

    bool readHead(QByteArrayView& data);
    bool startBody();
    void readBody(QByteArrayView& data);
    bool readChunked(QByteArrayView& data);
    void keep(QByteArrayView bytes);
    bool takeLine(QByteArrayView& data, QByteArray* line);
    void fail(const QString& error);

    qsizetype m_maxBodyBytes;
    State m_state = State::Head;
    Framing m_framing = Framing::None;
    ChunkPart m_chunkPart = ChunkPart::Size;
    QByteArray m_pending; // a line not complete yet (head or chunk framing)
    qsizetype m_headBytes = 0;
    bool m_statusRead = false;
    bool m_started = false;
    bool m_http10 = false;
    bool m_keepAlive = true;
    bool m_chunked = false;
    bool m_otherCoding = false; // a transfer coding other than chunked last: the body runs to the close
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // of the Content-Length body or of the current chunk
    int m_status = 0;
    QByteArray m_body;
    bool m_truncated = false;
    QString m_error;
};
