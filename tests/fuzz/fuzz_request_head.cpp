// Fuzz target: the request-head framing of the receiver's connection guard (receiver/ConnectionGuard), the
// first code that reads what a stranger sends. The bytes arrive in chunks as a socket would deliver them; each
// chunk is appended to the head buffer and the end of the head searched from where the previous search stopped
// (RequestHead::headEnd), the complete head is parsed (RequestHead::parse) and checked (RequestValidator), and
// its Content-Length body is skipped to find the next request on the connection, as the guard does.
// Input: the first byte sets the chunk size (1-256 bytes), the rest is the stream.
#include "FuzzInput.h"
#include "receiver/ReceiverSettings.h"
#include "receiver/RequestHead.h"
#include "receiver/RequestValidator.h"

namespace {

const RequestValidator& validator()
{
    static const RequestValidator instance([] {
        ReceiverSettings settings;
        settings.secret = QStringLiteral("fuzz-secret");
        return settings;
    }());
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const ReceiverSettings limits;
    const qsizetype chunkSize = qsizetype(data[0]) + 1;
    const QByteArray stream = fuzzBytes(data + 1, size - 1);

    QByteArray headBuffer;
    qint64 bodyRemaining = 0;
    bool readingBody = false;
    for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
        QByteArray chunk = stream.mid(at, chunkSize);
        while (!chunk.isEmpty()) {
            if (!readingBody) {
                const qsizetype searchFrom = headBuffer.size() - 3;
                headBuffer.append(chunk);
                chunk.clear();
                const qsizetype end = RequestHead::headEnd(headBuffer, searchFrom);
                // Searching only the new bytes (and the three before them) finds what a search of everything would.
                if (end != RequestHead::headEnd(headBuffer))
                    __builtin_trap();
                if (end < 0) {
                    if (headBuffer.size() > limits.maxHeaderBytes)
                        return 0; // 431
                    break;
                }
                if (end > limits.maxHeaderBytes)
                    return 0; // 431
                chunk = headBuffer.mid(end);
                headBuffer.truncate(end);
                RequestHead head;
                int status = 0;
                QByteArray why;
                const RequestHead::Result result
                    = RequestHead::parse(headBuffer, limits.maxHeaderCount, &head, &status, &why);
                headBuffer.clear();
                if (result == RequestHead::Result::Incomplete)
                    __builtin_trap(); // the head ends at `end`
                if (result == RequestHead::Result::Error) {
                    if (status < 400 || status > 599 || why.isEmpty())
                        __builtin_trap();
                    return 0;
                }
                if (!head.path.startsWith('/') || head.contentLength < -1
                    || head.headers.size() > limits.maxHeaderCount)
                    __builtin_trap();
                head.header("Content-Type");
                const RequestValidator::Verdict verdict = validator().checkHead(head);
                if (!verdict.ok()) {
                    if (verdict.status < 400 || verdict.reason.isEmpty())
                        __builtin_trap();
                    return 0;
                }
                if (head.contentLength < 0 || head.contentLength > limits.maxBodyBytes)
                    __builtin_trap(); // the validator lets no unframed or oversized body through
                bodyRemaining = head.contentLength;
                readingBody = true;
            }
            const qint64 take = qMin<qint64>(chunk.size(), bodyRemaining);
            bodyRemaining -= take;
            chunk.remove(0, take);
            if (bodyRemaining == 0)
                readingBody = false; // the next bytes are the next request's head
        }
    }
    return 0;
}
