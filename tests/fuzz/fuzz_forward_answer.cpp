// Fuzz target: the answer of a user's endpoint to a forward as the plain HTTP client reads it
// (forward/HttpResponseReader). The bytes arrive in chunks as a socket would deliver them; the same bytes fed
// whole must give the same answer, the body never exceeds the cap, and a failure always has a reason.
// Input: the first byte sets the chunk size (1-256 bytes), the second whether the connection closes at the end,
// the rest is the stream.
#include "FuzzInput.h"
#include "forward/HttpResponseReader.h"

namespace {

constexpr qsizetype cap = 512;

HttpResponseReader readAll(const QByteArray& stream, qsizetype chunkSize, bool close)
{
    HttpResponseReader reader(cap);
    for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
        reader.feed(QByteArrayView(stream).sliced(at, qMin(chunkSize, stream.size() - at)));
        if (reader.state() == HttpResponseReader::State::Done || reader.state() == HttpResponseReader::State::Failed)
            break; // the client stops reading here too
    }
    if (close)
        reader.closed();
    return reader;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype chunkSize = qsizetype(data[0]) + 1;
    const bool close = (data[1] & 1) != 0;
    const QByteArray stream = fuzzBytes(data + 2, size - 2);

    const HttpResponseReader pieces = readAll(stream, chunkSize, close);
    const HttpResponseReader whole = readAll(stream, qMax<qsizetype>(1, stream.size()), close);
    if (pieces.body().size() > cap || (pieces.bodyTruncated() && pieces.body().size() != cap))
        __builtin_trap();
    if (pieces.state() == HttpResponseReader::State::Failed && (pieces.error().isEmpty() || pieces.keepAlive()))
        __builtin_trap();
    if (pieces.state() == HttpResponseReader::State::Done && (pieces.status() < 100 || pieces.status() > 999))
        __builtin_trap();
    // Whole or in pieces: the same answer (bytes after a complete answer only spoil the connection).
    if (pieces.state() != whole.state() || pieces.status() != whole.status() || pieces.body() != whole.body()
        || pieces.bodyTruncated() != whole.bodyTruncated())
        __builtin_trap();
    return 0;
}
